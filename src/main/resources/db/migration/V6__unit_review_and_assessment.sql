-- Staff judge an application unit by unit. A reviewer gives every unit a verdict with a
-- reason; an assessor scores every unit (or every element, when the role's scheme says so)
-- and the pass rule (processes/unit-pass.dmn) decides which units pass. Units confirmed by
-- a certification decision stay passed on the candidate's record, so a retake assesses
-- only the units still missing.

CREATE TABLE unit_review (
    id          UUID PRIMARY KEY,
    application UUID         NOT NULL REFERENCES application (id),
    task_id     VARCHAR(64)  NOT NULL,
    unit_code   VARCHAR(60)  NOT NULL,
    verdict     VARCHAR(20)  NOT NULL CHECK (verdict IN ('SUFFICIENT', 'MORE_NEEDED', 'INSUFFICIENT')),
    reason      TEXT,
    reviewer    VARCHAR(100) NOT NULL,
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (task_id, unit_code),
    CHECK (verdict = 'SUFFICIENT' OR reason IS NOT NULL)
);
CREATE INDEX unit_review_application_idx ON unit_review (application, reviewed_at);

CREATE TABLE unit_assessment (
    id             UUID PRIMARY KEY,
    application    UUID          NOT NULL REFERENCES application (id),
    task_id        VARCHAR(64)   NOT NULL,
    unit_code      VARCHAR(60)   NOT NULL,
    score          NUMERIC(5, 2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    element_scores JSONB,
    pass_mark      NUMERIC(5, 2) NOT NULL,
    passed         BOOLEAN       NOT NULL,
    assessor       VARCHAR(100)  NOT NULL,
    assessed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (task_id, unit_code)
);
CREATE INDEX unit_assessment_application_idx ON unit_assessment (application, assessed_at);

-- the units a candidate holds for a role of one framework version
CREATE TABLE passed_unit (
    candidate_username VARCHAR(100)  NOT NULL,
    framework_version  UUID          NOT NULL,
    role_code          VARCHAR(40)   NOT NULL,
    unit_code          VARCHAR(60)   NOT NULL,
    application        UUID          NOT NULL REFERENCES application (id),
    score              NUMERIC(5, 2) NOT NULL,
    passed_on          DATE          NOT NULL,
    PRIMARY KEY (candidate_username, framework_version, role_code, unit_code)
);
CREATE INDEX passed_unit_application_idx ON passed_unit (application);

-- a retake assesses the failed units of an earlier application again
ALTER TABLE application ADD COLUMN retake_of UUID REFERENCES application (id);

DROP INDEX application_one_open_per_role;
CREATE UNIQUE INDEX application_one_open_per_role ON application (candidate_username, role_code)
    WHERE status NOT IN ('CERTIFIED', 'PARTIALLY_CERTIFIED', 'REJECTED', 'NOT_ELIGIBLE', 'WITHDRAWN', 'LAPSED');

-- the certification officer declares, with the decision, that they have no conflict of interest
ALTER TABLE task_outcome ADD COLUMN no_conflict_declared BOOLEAN;

-- a partial result gives one certificate per passed unit, a full pass one role certificate
ALTER TABLE certificate ADD COLUMN unit_code VARCHAR(60);
ALTER TABLE certificate ADD COLUMN unit_title VARCHAR(200);
ALTER TABLE certificate DROP CONSTRAINT certificate_application_key;
CREATE UNIQUE INDEX certificate_one_per_scope ON certificate (application, (coalesce(unit_code, '')));
