-- The complaints as the reports read them (issue 15, docs/architecture.md "Reports" and "Complaints"): one row
-- per complaint that counts, with when it was received and closed, and the role of the certificate it names
-- (null for a complaint about the body). No complainant, no words. Owner of complaint: complaint.ComplaintStore.
CREATE VIEW report_complaint AS
SELECT k.id AS complaint, k.subject, k.triage, k.outcome, k.confirmed_at AS received_at,
       coalesce(k.decided_at, CASE WHEN k.triage = 'NOT_A_COMPLAINT' THEN k.triaged_at END) AS closed_at,
       c.role_code
FROM complaint k LEFT JOIN certificate c ON c.number = k.certificate_number
WHERE k.confirmed_at IS NOT NULL;

CREATE INDEX complaint_confirmed_at_idx ON complaint (confirmed_at);
