-- Applications are drafted before they are submitted; a candidate has at most one open
-- application per role. Evidence documents carry a title and a description and are mapped
-- to the elements they prove; the candidate rates every element in a self-assessment.

CREATE UNIQUE INDEX application_one_open_per_role ON application (candidate_username, role_code)
    WHERE status NOT IN ('CERTIFIED', 'REJECTED', 'NOT_ELIGIBLE', 'WITHDRAWN', 'LAPSED');

ALTER TABLE evidence_document ADD COLUMN title VARCHAR(200);
ALTER TABLE evidence_document ADD COLUMN description TEXT;

CREATE TABLE evidence_document_element (
    document     UUID        NOT NULL REFERENCES evidence_document (id) ON DELETE CASCADE,
    element_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (document, element_code)
);

CREATE TABLE self_assessment (
    application  UUID        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    element_code VARCHAR(60) NOT NULL,
    level        VARCHAR(20) NOT NULL CHECK (level IN ('NOT_YET', 'PARTLY', 'FULLY')),
    note         TEXT,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application, element_code)
);
