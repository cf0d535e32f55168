-- Token buckets of the sign-in throttle (per account and per client address), kept by
-- Bucket4j's PostgreSQL backend so that every node counts the same failures. A bucket that
-- has filled up again is like a new one; expires_at (epoch milliseconds) says from when its
-- row may be deleted.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(400) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);

-- API tokens for integrations: shown once, kept only as the SHA-256 of the token
CREATE TABLE api_token (
    id           UUID PRIMARY KEY,
    user_account UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_account_idx ON api_token (user_account);
