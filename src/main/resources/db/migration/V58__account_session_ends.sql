-- When an account's sessions were last ended (password reset or change, account deleted), for every node of a
-- cluster: each node keeps its own sessions in memory (Spring Security's session registry), so the node that
-- ends them writes a new generation here and the others end the sessions they hold that began in an older one
-- (security.ClusterSessionRegistry, docs/operations.md "Running several nodes").
-- one sequence for every account, so that a generation only grows, even after an old end was forgotten
CREATE SEQUENCE account_session_end_generation;

CREATE TABLE account_session_end (
    username        VARCHAR(100) PRIMARY KEY,
    -- a new value of the sequence at every end; a session remembers the generation it began in
    generation      BIGINT       NOT NULL,
    -- the session the last end kept (a password change keeps the one it was made in), or null
    kept_session_id VARCHAR(200),
    ended_at        TIMESTAMPTZ  NOT NULL
);
