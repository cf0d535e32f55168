-- Outgoing mail is written in the same transaction as the change that causes it, and
-- delivered afterwards over SMTP: a rolled-back change sends nothing, a failed delivery
-- is retried, and every message sent stays on record.
CREATE TABLE mail_message (
    id              UUID PRIMARY KEY,
    recipient       VARCHAR(320) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      TEXT
);
CREATE INDEX mail_message_pending_idx ON mail_message (next_attempt_at) WHERE sent_at IS NULL;

-- single-use tokens sent by mail (email verification, password reset); only their hash is kept
CREATE TABLE account_token (
    token_hash   CHAR(64) PRIMARY KEY,
    user_account UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    purpose      VARCHAR(20) NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_account_idx ON account_token (user_account, purpose);
