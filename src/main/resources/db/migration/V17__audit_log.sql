-- The audit log (docs/architecture.md, "The audit log"): one row per recorded change, written in
-- the change's transaction, never changed afterwards. Each row carries the SHA-256 of its
-- canonical content (which includes the previous row's hash), so the rows form one hash chain.
-- Rows are appended by audit.AuditLog only, under a transaction-scoped advisory lock.
CREATE TABLE audit_event
(
    sequence      BIGINT       NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    object_type   VARCHAR(40)  NOT NULL,
    object_id     VARCHAR(100) NOT NULL,
    detail        JSONB        NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);

-- Append-only: the database itself refuses to change or remove a row, whoever asks.
CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
