-- issue 18: a lock row per scheduled job (ShedLock's JDBC provider), so that each run of a job that must happen once
-- in a cluster (the event publications' retry and clean-up, the unconfirmed complaints' removal, the rate limit
-- buckets' clean-up) happens on one node. lock_until and locked_at are the database's UTC time (usingDbTime), never a
-- node's clock; locked_by names the node (process id and host) for diagnosis only.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
