-- CityCert's own tables. The process engine manages its ACT_* tables itself.

CREATE TABLE user_account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(100) NOT NULL UNIQUE,
    password_hash VARCHAR(200) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL UNIQUE,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL
);

CREATE TABLE user_role (
    user_account UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role         VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_account, role)
);

-- the certification roles of the competence framework (deepened by the framework issue)
CREATE TABLE certification_role (
    code        VARCHAR(40)  PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    eqf_level   INTEGER      NOT NULL CHECK (eqf_level BETWEEN 1 AND 8),
    description TEXT         NOT NULL,
    sample      BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE SEQUENCE application_number_seq;

CREATE TABLE application (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(30)  NOT NULL UNIQUE,
    candidate_username  VARCHAR(100) NOT NULL REFERENCES user_account (username),
    role_code           VARCHAR(40)  NOT NULL REFERENCES certification_role (code),
    statement           TEXT         NOT NULL,
    status              VARCHAR(30)  NOT NULL,
    outcome_reason      TEXT,
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX application_candidate_idx ON application (candidate_username);

CREATE TABLE evidence_document (
    id           UUID PRIMARY KEY,
    application  UUID         NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256       CHAR(64)     NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evidence_document_application_idx ON evidence_document (application);

-- who completed which staff task, when, with which verdict and why
CREATE TABLE task_outcome (
    id           UUID PRIMARY KEY,
    application  UUID         NOT NULL REFERENCES application (id),
    stage        VARCHAR(30)  NOT NULL,
    task_id      VARCHAR(64)  NOT NULL UNIQUE,
    verdict      VARCHAR(30)  NOT NULL,
    comment      TEXT         NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX task_outcome_application_idx ON task_outcome (application);

CREATE TABLE certificate (
    id          UUID PRIMARY KEY,
    number      VARCHAR(40)  NOT NULL UNIQUE,
    application UUID         NOT NULL UNIQUE REFERENCES application (id),
    holder_username VARCHAR(100) NOT NULL,
    holder_name VARCHAR(200) NOT NULL,
    role_code   VARCHAR(40)  NOT NULL,
    role_title  VARCHAR(200) NOT NULL,
    issued_on   DATE         NOT NULL,
    valid_until DATE         NOT NULL,
    pdf         BYTEA        NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_holder_idx ON certificate (holder_username);
