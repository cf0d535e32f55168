-- The appeals as the reports read them (issue 15, docs/architecture.md "Reports" and "Appeals"): one row per
-- appeal, with what it contests, where it stands, when it was received and when it closed (upheld, rejected or
-- lapsed), and the role of the application it is about. No appellant, no grounds, no reasons.
-- Owner of appeal: appeal.AppealStore; the role comes through the application module's report_application.
CREATE VIEW report_appeal AS
SELECT p.id AS appeal, p.contested_kind, p.status, p.submitted_at AS received_at,
       CASE WHEN p.status IN ('UPHELD', 'REJECTED', 'LAPSED') THEN p.outcome_at END AS closed_at,
       a.role_code
FROM appeal p JOIN report_application a ON a.application = p.application_id;

CREATE INDEX appeal_submitted_at_idx ON appeal (submitted_at);
CREATE INDEX appeal_outcome_at_idx ON appeal (outcome_at);
