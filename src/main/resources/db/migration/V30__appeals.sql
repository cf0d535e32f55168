-- Appeals (issue 15, docs/architecture.md "Appeals"). Owner: appeal.AppealStore.

CREATE SEQUENCE appeal_number_seq;

-- one appeal against one decision about the appellant's own certification
CREATE TABLE appeal
(
    id                  UUID PRIMARY KEY,
    number              VARCHAR(20)  NOT NULL UNIQUE,
    appellant           VARCHAR(100) NOT NULL,
    -- what is contested: an application's closing decision, a decision recorded on a certificate, or
    -- a refused renewal
    contested_kind      VARCHAR(30)  NOT NULL CHECK (contested_kind IN ('NOT_ELIGIBLE', 'REJECTED',
                                                      'PARTIALLY_CERTIFIED', 'SUSPENDED', 'WITHDRAWN',
                                                      'SCOPE_REDUCED', 'RENEWAL_REFUSED')),
    -- identifies the decision, so that it has one open appeal at most: the application id and its
    -- status, or the certificate number and the time the decision was recorded
    contested_key       VARCHAR(200) NOT NULL,
    application_id      UUID         NOT NULL,
    certificate_number  VARCHAR(20),
    decided_at          TIMESTAMPTZ  NOT NULL,
    grounds             TEXT         NOT NULL,
    status              VARCHAR(30)  NOT NULL CHECK (status IN ('OPEN', 'AWAITING_APPELLANT', 'UPHELD',
                                                                'REJECTED', 'LAPSED')),
    submitted_at        TIMESTAMPTZ  NOT NULL,
    due_at              TIMESTAMPTZ  NOT NULL,
    process_instance_id VARCHAR(64),
    outcome_reason      TEXT,
    decided_by          VARCHAR(100),
    outcome_at          TIMESTAMPTZ,
    no_conflict_declared BOOLEAN
);
CREATE INDEX appeal_appellant_idx ON appeal (appellant, submitted_at);
CREATE INDEX appeal_application_idx ON appeal (application_id);
-- one open appeal per decision
CREATE UNIQUE INDEX appeal_one_open_per_decision ON appeal (contested_key)
    WHERE status IN ('OPEN', 'AWAITING_APPELLANT');

-- who took part in the contested decision: none of them may claim, be handed or complete the panel's task
CREATE TABLE appeal_excluded
(
    appeal   UUID         NOT NULL REFERENCES appeal (id),
    username VARCHAR(100) NOT NULL,
    part     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (appeal, username)
);

-- the appellant's documents (with the appeal, or in answer to the panel's request)
CREATE TABLE appeal_document
(
    id           UUID PRIMARY KEY,
    appeal       UUID         NOT NULL REFERENCES appeal (id),
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(120) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    added_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX appeal_document_appeal_idx ON appeal_document (appeal, added_at);

-- the panel's notes, its requests for more, and the appellant's answers, oldest first
CREATE TABLE appeal_note
(
    id         UUID PRIMARY KEY,
    appeal     UUID         NOT NULL REFERENCES appeal (id),
    kind       VARCHAR(30)  NOT NULL CHECK (kind IN ('NOTE', 'REQUEST', 'ANSWER')),
    author     VARCHAR(100) NOT NULL,
    text       TEXT         NOT NULL,
    due_at     TIMESTAMPTZ,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX appeal_note_appeal_idx ON appeal_note (appeal, created_at);
