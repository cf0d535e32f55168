-- SLA escalations: a staff task that waited longer than its stage allows, when, and who was told.
CREATE TABLE task_escalation (
    id           UUID PRIMARY KEY,
    application  UUID         NOT NULL REFERENCES application (id),
    stage        VARCHAR(30)  NOT NULL,
    task_id      VARCHAR(64)  NOT NULL,
    escalated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- usernames of the people told, or the configured lead's address
    notified     TEXT         NOT NULL
);
CREATE INDEX task_escalation_task_idx ON task_escalation (task_id);
CREATE INDEX task_escalation_application_idx ON task_escalation (application);
