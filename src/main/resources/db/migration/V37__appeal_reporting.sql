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

-- Renewals and recertifications for the period figures (docs/architecture.md "Reports"), each through its
-- owner's view. certificate.renewal.RenewalStore (certificate_renewal): each renewal, when it was made and
-- decided, and the role of the renewed certificate; no holder, no reasons.
CREATE VIEW report_renewal AS
SELECT r.id AS renewal, r.status, r.submitted_at, r.decided_at, c.role_code
FROM certificate_renewal r JOIN certificate c ON c.id = r.certificate;

CREATE INDEX certificate_renewal_submitted_at_idx ON certificate_renewal (submitted_at);
CREATE INDEX certificate_renewal_decided_at_idx ON certificate_renewal (decided_at);

-- application (ApplicationRepository): report_application keeps its columns and says whether the
-- application recertifies a certificate (V25)
CREATE OR REPLACE VIEW report_application AS
SELECT a.id AS application, a.role_code, a.retake_of IS NOT NULL AS retake, a.status, a.process_instance_id,
       a.recertification_of IS NOT NULL AS recertification
FROM application a
WHERE a.status <> 'DRAFT';
