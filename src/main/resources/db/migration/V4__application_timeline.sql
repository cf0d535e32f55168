-- Every step of an application, in order, for the candidate's timeline and the audit.
CREATE TABLE application_event (
    id          UUID PRIMARY KEY,
    application UUID        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    status      VARCHAR(30) NOT NULL,
    detail      TEXT,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_event_application_idx ON application_event (application, occurred_at);
