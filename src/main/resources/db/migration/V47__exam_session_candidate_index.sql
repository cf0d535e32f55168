-- The items a candidate was given in earlier sessions of a role (ExamSessionStore.itemCodesSeen), read at
-- every start to avoid them in the new form: the only index on candidate covered running sessions, so
-- each start scanned exam_session (found by the exam-session benchmark, docs/benchmarks.md).
CREATE INDEX exam_session_candidate_role_idx ON exam_session (candidate, role_code);
