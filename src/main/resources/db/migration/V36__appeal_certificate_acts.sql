-- Issue 15, what an upheld appeal does on a certificate. Owner: certificate.CertificateStore (certificate) and
-- certificate.renewal.RenewalStore (certificate_renewal_excluded).

-- a reduction of scope reversed on appeal: the successor with the unit again
ALTER TABLE certificate DROP CONSTRAINT IF EXISTS certificate_succession_check;
ALTER TABLE certificate ADD CONSTRAINT certificate_succession_check
    CHECK (succession IN ('RENEWAL', 'RECERTIFICATION', 'SCOPE_REDUCTION', 'SCOPE_RESTORATION'));

-- who may not check a renewal reopened on an upheld appeal (the reviewer who refused it)
CREATE TABLE certificate_renewal_excluded (
    renewal_id    UUID         NOT NULL REFERENCES certificate_renewal (id),
    username      VARCHAR(100) NOT NULL,
    appeal_number VARCHAR(20)  NOT NULL,
    PRIMARY KEY (renewal_id, username)
);
