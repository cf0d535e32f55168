-- The engine's part of each case record, kept by CityCert once the case's process has ended, so
-- that the engine's history cleanup (history time to live) never takes it away (docs/operations.md,
-- "Retention"). Owner: audit.EngineHistoryArchive. Written once per application, never changed.
CREATE TABLE case_record_archive
(
    application_id      UUID        NOT NULL PRIMARY KEY,
    process_instance_id VARCHAR(64) NOT NULL UNIQUE,
    process_ended_at    TIMESTAMPTZ NOT NULL,
    archived_at         TIMESTAMPTZ NOT NULL,
    -- the entries as audit.EngineHistory reads them from ACT_HI_*: tasks, claims, releases,
    -- hand-overs, comments, the engine's steps, the eligibility decision, the operation log
    entries             JSONB       NOT NULL
);

CREATE TRIGGER case_record_archive_append_only
    BEFORE UPDATE OR DELETE ON case_record_archive
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER case_record_archive_no_truncate
    BEFORE TRUNCATE ON case_record_archive
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

CREATE INDEX case_record_archive_ended ON case_record_archive (process_ended_at);
