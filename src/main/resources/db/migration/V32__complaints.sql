-- Complaints (issue 15, docs/architecture.md "Complaints"). Owner: complaint.ComplaintStore.

-- the complaint numbers: CP-<year>-<six digits>, drawn when a complaint counts (confirmed)
CREATE SEQUENCE complaint_number_seq;

CREATE TABLE complaint
(
    id                     UUID PRIMARY KEY,
    -- null until the complainant's address is confirmed (or at once for a signed-in complainant)
    number                 VARCHAR(20) UNIQUE,
    status                 VARCHAR(30)  NOT NULL CHECK (status IN ('AWAITING_CONFIRMATION', 'RECEIVED',
                                                                    'INVESTIGATING', 'CLOSED')),
    -- the signed-in complainant; null for a complaint made through the public form without an account
    complainant_username   VARCHAR(100),
    complainant_name       VARCHAR(200) NOT NULL,
    complainant_email      VARCHAR(320) NOT NULL,
    subject                VARCHAR(20)  NOT NULL CHECK (subject IN ('HOLDER', 'BODY')),
    certificate_number     VARCHAR(40),
    description            TEXT         NOT NULL,
    -- SHA-256 of the link's secret; the secret itself is only in the mail
    confirmation_sha256    CHAR(64) UNIQUE,
    confirm_by             TIMESTAMPTZ,
    submitted_at           TIMESTAMPTZ  NOT NULL,
    confirmed_at           TIMESTAMPTZ,
    due_at                 TIMESTAMPTZ,
    triage                 VARCHAR(30) CHECK (triage IN ('NOT_A_COMPLAINT', 'ABOUT_THE_BODY', 'ABOUT_A_HOLDER')),
    -- the reason (not a complaint) or what the holder is told (about a holder)
    triage_reason          TEXT,
    triaged_by             VARCHAR(100),
    triaged_at             TIMESTAMPTZ,
    outcome                VARCHAR(30) CHECK (outcome IN ('NO_ACTION', 'WARNING', 'SUSPEND', 'WITHDRAW',
                                                          'UPHELD', 'REJECTED')),
    outcome_reason         TEXT,
    decided_by             VARCHAR(100),
    decided_at             TIMESTAMPTZ,
    no_conflict_declared   BOOLEAN,
    process_instance       VARCHAR(64),
    CHECK (subject = 'BODY' OR certificate_number IS NOT NULL)
);
CREATE INDEX complaint_certificate_idx ON complaint (certificate_number);
CREATE INDEX complaint_complainant_idx ON complaint (complainant_username);

-- the holder's responses to a complaint about their certificate
CREATE TABLE complaint_response
(
    id           UUID PRIMARY KEY,
    complaint    UUID         NOT NULL REFERENCES complaint (id),
    author       VARCHAR(100) NOT NULL,
    text         TEXT         NOT NULL,
    submitted_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX complaint_response_complaint_idx ON complaint_response (complaint, submitted_at);

-- documents: the complainant's evidence (response null) and those of the holder's responses
CREATE TABLE complaint_document
(
    id           UUID PRIMARY KEY,
    complaint    UUID         NOT NULL REFERENCES complaint (id),
    response     UUID REFERENCES complaint_response (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX complaint_document_complaint_idx ON complaint_document (complaint);
