-- The candidate's declaration on submitting a draft: the information given is true and complete and
-- the evidence is their own work. One row per application declared, written in the submitting
-- transaction; the wording is stored by its message key, so a later rewording does not change what
-- was declared.
CREATE TABLE submission_declaration (
    application uuid PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    declared_by varchar(100) NOT NULL,
    declared_at timestamp with time zone NOT NULL,
    wording varchar(100) NOT NULL
);
