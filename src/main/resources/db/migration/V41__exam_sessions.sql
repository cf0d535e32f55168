-- Exam sessions (issue 20, docs/architecture.md "Exams: sessions and the route"). Owner: exam.ExamSessionStore.
-- A session is one sitting of one candidate for one application: the form drawn for them (the items in their
-- order, each with its options in the order shown), every answer with its time, the submission and the scores.

CREATE TABLE exam_session
(
    id                  UUID PRIMARY KEY,
    application_id      UUID         NOT NULL REFERENCES application (id),
    application_number  VARCHAR(40)  NOT NULL,
    candidate           VARCHAR(100) NOT NULL,
    role_code           VARCHAR(40)  NOT NULL,
    status              VARCHAR(20)  NOT NULL CHECK (status IN ('RUNNING', 'SUBMITTED', 'VOIDED')),
    started_at          TIMESTAMPTZ  NOT NULL,
    -- start + the scheme's time limit + any extra time granted: the server's clock rules
    ends_at             TIMESTAMPTZ  NOT NULL,
    -- the session's own process (processes/exam-session.bpmn), whose timer submits at ends_at
    process_instance_id VARCHAR(64),
    submitted_at        TIMESTAMPTZ,
    -- CANDIDATE, or TIME_LIMIT when the timer submitted
    submitted_by        VARCHAR(20) CHECK (submitted_by IN ('CANDIDATE', 'TIME_LIMIT')),
    voided_at           TIMESTAMPTZ,
    voided_by           VARCHAR(100),
    void_reason         TEXT
);

-- one running session per candidate, whatever code runs against the database
CREATE UNIQUE INDEX exam_session_one_running ON exam_session (candidate) WHERE status = 'RUNNING';
CREATE INDEX exam_session_application ON exam_session (application_id);

-- the form: one row per item, in the order drawn; option_order lists the item's option indexes (0-based, as
-- stored in exam_item.options, comma-separated) in the order the candidate sees them; chosen, the indexes chosen
CREATE TABLE exam_session_item
(
    session_id   UUID        NOT NULL REFERENCES exam_session (id),
    position     INTEGER     NOT NULL CHECK (position > 0),
    item_id      UUID        NOT NULL REFERENCES exam_item (id),
    unit_code    VARCHAR(60) NOT NULL,
    element_code VARCHAR(60) NOT NULL,
    option_order VARCHAR(40) NOT NULL,
    chosen       VARCHAR(40),
    answered_at  TIMESTAMPTZ,
    PRIMARY KEY (session_id, position)
);

-- every answer as it was given, with its time (the auditor's case record)
CREATE TABLE exam_answer_log
(
    session_id  UUID        NOT NULL REFERENCES exam_session (id),
    position    INTEGER     NOT NULL,
    chosen      VARCHAR(40) NOT NULL,
    answered_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX exam_answer_log_session ON exam_answer_log (session_id, answered_at);

-- the scores on submission: per element, how many items and how many answered right
CREATE TABLE exam_session_score
(
    session_id   UUID        NOT NULL REFERENCES exam_session (id),
    unit_code    VARCHAR(60) NOT NULL,
    element_code VARCHAR(60) NOT NULL,
    items        INTEGER     NOT NULL CHECK (items > 0),
    correct      INTEGER     NOT NULL CHECK (correct >= 0 AND correct <= items),
    PRIMARY KEY (session_id, unit_code, element_code)
);

-- extra time an officer granted (an accessibility accommodation), with the reason
CREATE TABLE exam_extra_time
(
    id         UUID PRIMARY KEY,
    session_id UUID         NOT NULL REFERENCES exam_session (id),
    minutes    INTEGER      NOT NULL CHECK (minutes > 0),
    reason     TEXT         NOT NULL,
    granted_by VARCHAR(100) NOT NULL,
    granted_at TIMESTAMPTZ  NOT NULL
);
