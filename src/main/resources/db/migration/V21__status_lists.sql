-- Credential status that travels with the credential (docs/credentials.md, "Status lists"):
-- W3C Bitstring Status Lists, one series per purpose. Owner: certificate.StatusListStore.
CREATE TABLE status_list
(
    purpose       VARCHAR(20) NOT NULL CHECK (purpose IN ('revocation', 'suspension')),
    list_number   INT         NOT NULL CHECK (list_number > 0),
    -- the bitstring as published: index 0 is the most significant bit of the first byte
    bits          BYTEA       NOT NULL,
    allocated     INT         NOT NULL DEFAULT 0,
    -- the signed BitstringStatusListCredential (VC-JWT), re-signed at every change of a bit
    credential    TEXT,
    updated_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (purpose, list_number)
);

-- a credential's place in each list, drawn at random when its credential is signed
CREATE TABLE certificate_status_entry
(
    certificate_id UUID        NOT NULL REFERENCES certificate (id),
    purpose        VARCHAR(20) NOT NULL,
    list_number    INT         NOT NULL,
    list_index     INT         NOT NULL CHECK (list_index >= 0),
    PRIMARY KEY (certificate_id, purpose),
    UNIQUE (purpose, list_number, list_index),
    FOREIGN KEY (purpose, list_number) REFERENCES status_list (purpose, list_number)
);
