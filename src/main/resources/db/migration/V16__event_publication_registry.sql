-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 1.4.13,
-- schema-postgresql.sql, unchanged): a module's event is written here in the transaction that
-- publishes it, once per listener that runs after the commit, and marked complete when that
-- listener has done its work. An incomplete row is an event whose listener failed or has not
-- run yet; it is published again on restart and by the periodic retry (docs/operations.md,
-- "Events"). Flyway creates it, so Spring Modulith's own schema initialisation stays off.
CREATE TABLE IF NOT EXISTS event_publication
(
  id               UUID NOT NULL,
  listener_id      TEXT NOT NULL,
  event_type       TEXT NOT NULL,
  serialized_event TEXT NOT NULL,
  publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

-- A listener may run twice for one event (a retry after it queued its mail but before the
-- registry marked it complete; two nodes republishing at once). Mail queued by such a listener
-- carries a key naming the change it reports, and the outbox keeps only the first message with a key.
ALTER TABLE mail_message ADD COLUMN dedup_key VARCHAR(200);
ALTER TABLE mail_message ADD CONSTRAINT mail_message_dedup_key_unique UNIQUE (dedup_key);
