-- A lifecycle process per certificate (issue 14, docs/architecture.md "Certificate lifecycle").
-- Owners: certificate.CertificateStore (certificate, certificate_status_change) and
-- certificate.lifecycle.LifecycleStore (the tables created here).

-- expiry is now recorded by the lifecycle process at the end of the last valid day
ALTER TABLE certificate DROP CONSTRAINT IF EXISTS certificate_status_check;
ALTER TABLE certificate ADD CONSTRAINT certificate_status_check
    CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'EXPIRED'));
-- the certificate's lifecycle process instance; null for certificates issued before it existed
-- until the start-up step (LifecycleStartup) gives them one
ALTER TABLE certificate ADD COLUMN lifecycle_process VARCHAR(64);

-- an officer's decision declares no conflict of interest; null for changes the process records
-- itself (expiry) and for decisions recorded before the declaration was asked for
ALTER TABLE certificate_status_change ADD COLUMN no_conflict_declared BOOLEAN;

-- one reminder per certificate and rung of the ladder (days before expiry): a retried job mails once
CREATE TABLE certificate_reminder
(
    certificate UUID        NOT NULL REFERENCES certificate (id),
    days_before INT         NOT NULL CHECK (days_before > 0),
    sent_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (certificate, days_before)
);

-- the holder's response to a suspension, and the documents with it
CREATE TABLE certificate_statement
(
    id           UUID PRIMARY KEY,
    certificate  UUID         NOT NULL REFERENCES certificate (id),
    author       VARCHAR(100) NOT NULL,
    text         TEXT         NOT NULL,
    submitted_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX certificate_statement_certificate_idx ON certificate_statement (certificate, submitted_at);

CREATE TABLE certificate_statement_document
(
    id           UUID PRIMARY KEY,
    statement    UUID         NOT NULL REFERENCES certificate_statement (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL
);
CREATE INDEX certificate_statement_document_statement_idx ON certificate_statement_document (statement);

-- a suspension that outlived its maximum period without a decision: when, and who was told
CREATE TABLE certificate_escalation
(
    id           UUID PRIMARY KEY,
    certificate  UUID        NOT NULL REFERENCES certificate (id),
    task_id      VARCHAR(64) NOT NULL,
    escalated_at TIMESTAMPTZ NOT NULL,
    notified     TEXT        NOT NULL
);
CREATE INDEX certificate_escalation_certificate_idx ON certificate_escalation (certificate, escalated_at);
