-- Successor certificates (issue 14, docs/credentials.md "Successors"): a renewal, a recertification or a
-- reduction of scope issues a new certificate that supersedes the one before it. Owner:
-- certificate.CertificateStore; the chain is read by certificate.CertificateChains.

-- the certificate this one succeeds, and why; both null for a first issue
ALTER TABLE certificate ADD COLUMN predecessor UUID REFERENCES certificate (id);
ALTER TABLE certificate ADD COLUMN succession VARCHAR(20)
    CHECK (succession IN ('RENEWAL', 'RECERTIFICATION', 'SCOPE_REDUCTION'));
ALTER TABLE certificate ADD CONSTRAINT certificate_succession_named
    CHECK ((predecessor IS NULL) = (succession IS NULL));

-- one certificate per application and scope (role or unit) as before, and per predecessor: a renewal's
-- successor belongs to the certified application too, and a retried issue of it stores nothing twice
DROP INDEX certificate_one_per_scope;
CREATE UNIQUE INDEX certificate_one_per_scope ON certificate (application, (coalesce(unit_code, '')),
    (coalesce(predecessor, '00000000-0000-0000-0000-000000000000'::uuid)));
CREATE INDEX certificate_predecessor_idx ON certificate (predecessor) WHERE predecessor IS NOT NULL;
