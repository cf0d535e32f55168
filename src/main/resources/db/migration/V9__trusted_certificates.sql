-- Issue 6: certificates anyone can trust (signed PDF/A, Open Badges credential, public register).

-- What the certification body has done to a certificate after issuing it. "Expired" and
-- "superseded" are not stored: they follow from valid_until and superseded_by.
ALTER TABLE certificate ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE'
    CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN'));
-- a unit certificate is superseded by the role certificate that later covers its unit
ALTER TABLE certificate ADD COLUMN superseded_by UUID REFERENCES certificate (id);
-- SHA-256 (hex) of the signed PDF as issued: an uploaded PDF matches the register when its hash is this one
ALTER TABLE certificate ADD COLUMN pdf_sha256 VARCHAR(64);
-- SHA-256 (hex) of the DER X.509 certificate of the key that signed the PDF and the badge
ALTER TABLE certificate ADD COLUMN signed_with VARCHAR(64);
-- the Open Badges 3.0 credential, signed (VC-JWT), and the salt of the holder's email hash in it
ALTER TABLE certificate ADD COLUMN badge_jwt TEXT;
ALTER TABLE certificate ADD COLUMN badge_salt VARCHAR(64);

-- the units the certificate covers, as [{"code": ..., "title": ...}] in the framework's order:
-- a unit certificate its one unit, a role certificate every unit the holder passed for the role
ALTER TABLE certificate ADD COLUMN units JSONB NOT NULL DEFAULT '[]';
UPDATE certificate SET units = jsonb_build_array(jsonb_build_object('code', unit_code, 'title', unit_title))
 WHERE unit_code IS NOT NULL;

-- every change of status, with who made it and why (the audit trail of the register)
CREATE TABLE certificate_status_change (
    id          UUID PRIMARY KEY,
    certificate UUID         NOT NULL REFERENCES certificate (id),
    status      VARCHAR(20)  NOT NULL,
    reason      TEXT         NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_status_change_certificate_idx ON certificate_status_change (certificate, changed_at);

-- register search
CREATE INDEX certificate_issued_on_idx ON certificate (issued_on DESC, number);
CREATE INDEX certificate_role_idx ON certificate (role_code);
CREATE INDEX certificate_holder_name_idx ON certificate (lower(holder_name) text_pattern_ops);
CREATE INDEX certificate_superseded_by_idx ON certificate (superseded_by) WHERE superseded_by IS NOT NULL;
