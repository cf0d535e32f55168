-- Issue 13, reports: read-only views through which the report module reads other modules' tables.
-- Each view is a published read interface of the module that owns the table under it (named in
-- the comment): that module keeps the view's columns when it changes its table, and no class
-- outside it names the table itself. The views are plain (not materialised), so PostgreSQL plans
-- the report's query against the tables and their indexes directly.

-- application (ApplicationRepository): every submitted application, with what reports group by
CREATE VIEW report_application AS
SELECT a.id AS application, a.role_code, a.retake_of IS NOT NULL AS retake, a.status, a.process_instance_id
FROM application a
WHERE a.status <> 'DRAFT';

-- application (ApplicationTimeline): every step an application took (SUBMITTED, ELIGIBLE, IN_REVIEW, ...)
CREATE VIEW report_application_step AS
SELECT e.application, e.status AS step, e.occurred_at
FROM application_event e;

-- assessment (UnitJudgementStore): each assessed unit's score, who scored it and whether it passed
CREATE VIEW report_unit_score AS
SELECT s.application, s.unit_code, s.score, s.passed, s.assessor, s.assessed_at
FROM unit_assessment s;

-- inbox (TaskOutcomeStore): each completed staff task's stage and verdict
CREATE VIEW report_task_outcome AS
SELECT o.application, o.stage, o.verdict, o.actor, o.completed_at
FROM task_outcome o;

-- inbox (TaskEscalationStore): each task that waited too long
CREATE VIEW report_task_escalation AS
SELECT x.application, x.stage, x.task_id, x.escalated_at
FROM task_escalation x;

-- certificate (CertificateStore): each certificate issued; a role certificate has no unit
CREATE VIEW report_certificate AS
SELECT c.id AS certificate, c.application, c.role_code, c.unit_code IS NULL AS role_certificate, c.issued_on
FROM certificate c;

-- certificate (CertificateStore): each suspension, reinstatement and withdrawal
CREATE VIEW report_certificate_status_change AS
SELECT h.certificate, h.status, h.changed_at
FROM certificate_status_change h;

-- The reports read by period (docs/benchmarks.md, "The reports page").
CREATE INDEX application_event_step_idx ON application_event (status, occurred_at) INCLUDE (application);
CREATE INDEX application_role_idx ON application (role_code);
CREATE INDEX application_process_instance_idx ON application (process_instance_id);
CREATE INDEX unit_assessment_assessed_at_idx ON unit_assessment (assessed_at);
CREATE INDEX task_outcome_stage_idx ON task_outcome (stage, completed_at);
CREATE INDEX task_escalation_escalated_at_idx ON task_escalation (escalated_at);
CREATE INDEX certificate_status_change_changed_at_idx ON certificate_status_change (changed_at);
