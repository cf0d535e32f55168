-- Every read of an evidence document (download or inline preview), by anyone: who, when, which
-- document of which application, and on what grounds the reader had access (ISO/IEC 17024 §7.3).
-- A log that outlives what it names: no foreign keys, so a discarded draft or an erased document
-- keeps the record of who read it.
CREATE TABLE document_read (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application  UUID         NOT NULL,
    document     UUID         NOT NULL,
    reader       VARCHAR(100) NOT NULL,
    grounds      VARCHAR(20)  NOT NULL,
    inline       BOOLEAN      NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_read_application_idx ON document_read (application, read_at);
