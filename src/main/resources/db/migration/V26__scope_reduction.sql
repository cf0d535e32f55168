-- Reduction of scope (issue 14, docs/credentials.md "Successors"): a certification officer withdraws one
-- unit from a role certificate. Owners: certificate.CertificateStore (certificate_status_change) and
-- assessment.UnitJudgementStore (passed_unit).

-- the unit a decision concerns (a reduction of scope); null for decisions on the whole certificate
ALTER TABLE certificate_status_change ADD COLUMN unit_code VARCHAR(60);

-- a passed unit whose certification was withdrawn no longer counts as held
ALTER TABLE passed_unit ADD COLUMN withdrawn_at TIMESTAMPTZ;
