-- The exams as the reports read them (issue 20, docs/architecture.md "Reports"): how each unit score was found,
-- the exam sessions, and each item of each submitted session with whether it was answered and answered right.
-- No stem, no options, no correct options, no candidate: the reports count, they do not show items.

-- assessment (UnitJudgementStore): report_unit_score keeps its columns and says how the score was found (V42:
-- PORTFOLIO or EXAM)
CREATE OR REPLACE VIEW report_unit_score AS
SELECT s.application, s.unit_code, s.score, s.passed, s.assessor, s.assessed_at, s.method
FROM unit_assessment s;

-- exam (ExamSessionStore): each exam session, its application and role, where it stands and when it was submitted
CREATE VIEW report_exam_session AS
SELECT e.id AS session, e.application_id AS application, e.role_code, e.status, e.submitted_at
FROM exam_session e;

-- exam (ItemStore): each item version by its codes and element; no stem, options or key
CREATE VIEW report_exam_item AS
SELECT i.id AS item, i.code AS item_code, i.version AS item_version, i.role_code, i.unit_code, i.element_code
FROM exam_item i;

-- exam (ExamSessionStore, ItemStore): each item of each submitted (not voided) session, by the item version's
-- code and its element; answered when an option was chosen, right when the options chosen are exactly the
-- item's correct ones (ExamScoring's rule: no part credit, an unanswered item is not right). The correct options
-- are worked out once per item version and query (keys, materialised: inlined, PostgreSQL would unpack the
-- options once per answer), as integers and as text in order; an answer equal to that text is right at once,
-- one of several options chosen in another order compares with the key as a set (each contains the other)
CREATE VIEW report_exam_item_answer AS
WITH keys AS MATERIALIZED (
    SELECT c.id, c.key, array_to_string(c.key, ',') AS key_text
    FROM (SELECT x.id, ARRAY(SELECT (o.n - 1)::integer
                             FROM jsonb_array_elements(x.options) WITH ORDINALITY AS o(opt, n)
                             WHERE (o.opt ->> 'correct')::boolean ORDER BY o.n) AS key
          FROM exam_item x) c
)
SELECT si.session_id AS session, e.role_code, e.submitted_at, i.id AS item, i.code AS item_code,
       i.version AS item_version, i.unit_code, i.element_code,
       coalesce(si.chosen, '') <> '' AS answered,
       coalesce(si.chosen = k.key_text
           OR (cardinality(k.key) > 1 AND strpos(si.chosen, ',') > 0
               AND string_to_array(si.chosen, ',')::integer[] @> k.key
               AND string_to_array(si.chosen, ',')::integer[] <@ k.key), FALSE) AS answered_right
FROM exam_session_item si
         JOIN exam_session e ON e.id = si.session_id
         JOIN exam_item i ON i.id = si.item_id
         JOIN keys k ON k.id = i.id
WHERE e.status = 'SUBMITTED';

-- the item statistics read the submitted sessions by period
CREATE INDEX exam_session_submitted_at_idx ON exam_session (submitted_at) WHERE status = 'SUBMITTED';
