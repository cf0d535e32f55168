-- Signed checkpoints of the audit log's chain (docs/architecture.md, "Checkpoints"): the chain
-- head's sequence and hash, signed with the certification body's key as a compact JWS that
-- carries its own certificate chain. One checkpoint per signed head (an unchanged head gets no
-- new one), written by audit.AuditCheckpoints only, never changed afterwards.
CREATE TABLE audit_checkpoint
(
    sequence  BIGINT      NOT NULL PRIMARY KEY,
    hash      CHAR(64)    NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL,
    signer    CHAR(64)    NOT NULL,
    jws       TEXT        NOT NULL
);

CREATE INDEX audit_checkpoint_signed_at ON audit_checkpoint (signed_at);

-- Append-only, like audit_event (V17): the database refuses to change or remove a checkpoint.
CREATE FUNCTION audit_checkpoint_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_checkpoint is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_refuse_change();

CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_refuse_change();
