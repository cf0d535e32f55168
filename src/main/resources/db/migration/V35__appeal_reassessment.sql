-- Issue 15, what an upheld appeal does for a unit not passed: the units an appeal names (none: every unit not
-- passed), and the units a reassessment opened on an upheld appeal judges again (owned by
-- application.ReassessmentStore; no rows: every unit the candidate does not hold).
CREATE TABLE appeal_unit (
    appeal_id UUID         NOT NULL REFERENCES appeal (id),
    unit_code VARCHAR(64)  NOT NULL,
    PRIMARY KEY (appeal_id, unit_code)
);

CREATE TABLE application_reassessed_unit (
    application_id UUID        NOT NULL REFERENCES application (id),
    unit_code      VARCHAR(64) NOT NULL,
    appeal_number  VARCHAR(32) NOT NULL,
    PRIMARY KEY (application_id, unit_code)
);

-- what the upheld appeal did, for the appellant's page and the case record: REOPENED, REASSESSMENT,
-- REVERSED, SCOPE_RESTORED or RENEWAL_REOPENED, and on what (an application's or certificate's number)
ALTER TABLE appeal ADD COLUMN action VARCHAR(40);
ALTER TABLE appeal ADD COLUMN action_subject VARCHAR(64);
