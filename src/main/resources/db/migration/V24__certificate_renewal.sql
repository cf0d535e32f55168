-- Renewal with continuing professional development (issue 14, docs/architecture.md "Renewal").
-- Owner: certificate.renewal.RenewalStore (every table created here).

-- the holder's renewal of a certificate, checked by a reviewer in the certificate's lifecycle process
CREATE TABLE certificate_renewal
(
    id                   UUID PRIMARY KEY,
    certificate          UUID         NOT NULL REFERENCES certificate (id),
    holder               VARCHAR(100) NOT NULL,
    submitted_at         TIMESTAMPTZ  NOT NULL,
    -- the holder declared that they practised the role through the cycle
    continued_practice   BOOLEAN      NOT NULL CHECK (continued_practice),
    status               VARCHAR(20)  NOT NULL
        CHECK (status IN ('SUBMITTED', 'MORE_NEEDED', 'ACCEPTED', 'REFUSED', 'LAPSED')),
    reviewer             VARCHAR(100),
    decided_at           TIMESTAMPTZ,
    reason               TEXT,
    -- the certificate issued when the renewal was accepted
    successor            UUID REFERENCES certificate (id)
);
CREATE INDEX certificate_renewal_certificate_idx ON certificate_renewal (certificate, submitted_at);
-- one open renewal per certificate at a time
CREATE UNIQUE INDEX certificate_renewal_open_idx ON certificate_renewal (certificate)
    WHERE status IN ('SUBMITTED', 'MORE_NEEDED');

-- its CPD activities, and the role's units each keeps current (unit codes, comma-separated)
CREATE TABLE certificate_renewal_activity
(
    id         UUID PRIMARY KEY,
    renewal    UUID          NOT NULL REFERENCES certificate_renewal (id),
    position   INT           NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    from_date  DATE          NOT NULL,
    to_date    DATE          NOT NULL CHECK (to_date >= from_date),
    hours      NUMERIC(6, 1) NOT NULL CHECK (hours > 0),
    units      TEXT          NOT NULL
);
CREATE INDEX certificate_renewal_activity_renewal_idx ON certificate_renewal_activity (renewal, position);

-- the documents the holder gives with the renewal or with an answer to a request for more
CREATE TABLE certificate_renewal_document
(
    id           UUID PRIMARY KEY,
    renewal      UUID         NOT NULL REFERENCES certificate_renewal (id),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX certificate_renewal_document_renewal_idx ON certificate_renewal_document (renewal);

-- the reviewer's requests for more, with their deadline and the holder's answer
CREATE TABLE certificate_renewal_request
(
    id           UUID PRIMARY KEY,
    renewal      UUID         NOT NULL REFERENCES certificate_renewal (id),
    requested_by VARCHAR(100) NOT NULL,
    text         TEXT         NOT NULL,
    requested_at TIMESTAMPTZ  NOT NULL,
    deadline     TIMESTAMPTZ  NOT NULL,
    answer       TEXT,
    answered_at  TIMESTAMPTZ
);
CREATE INDEX certificate_renewal_request_renewal_idx ON certificate_renewal_request (renewal, requested_at);
