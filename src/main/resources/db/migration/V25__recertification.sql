-- Recertification (issue 14, docs/architecture.md "Recertification").
-- Owners: application.ApplicationRepository (application) and certificate.lifecycle.LifecycleStore
-- (certificate_recertification_notice).

-- the role certificate an application recertifies; null for a first application or a retake
ALTER TABLE application ADD COLUMN recertification_of UUID REFERENCES certificate (id);
CREATE INDEX application_recertification_of_idx ON application (recertification_of);

-- the holder was told once that the certificate's chain is due for recertification: a retried job mails once
CREATE TABLE certificate_recertification_notice
(
    certificate UUID PRIMARY KEY REFERENCES certificate (id),
    due_on      DATE        NOT NULL,
    sent_at     TIMESTAMPTZ NOT NULL
);
