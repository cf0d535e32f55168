-- The exam item bank (issue 20, docs/architecture.md "Exams: the item bank"). Owner: exam.ItemStore.
-- One row per version of an item: an item's code is stable, each edit of an approved version adds
-- the next version as a draft. An approved or retired version never changes its content, which the
-- trigger below enforces whatever code runs against the database.

CREATE TABLE exam_item
(
    id           UUID PRIMARY KEY,
    code         VARCHAR(64)  NOT NULL,
    version      INTEGER      NOT NULL CHECK (version > 0),
    status       VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETIRED')),
    -- the element the item tests, by its stable codes (not by a framework version's id), so an item
    -- stays attached to its element when the framework publishes a new version
    role_code    VARCHAR(40)  NOT NULL,
    unit_code    VARCHAR(60)  NOT NULL,
    element_code VARCHAR(60)  NOT NULL,
    stem         TEXT         NOT NULL,
    -- [{"text": "...", "correct": true}, ...]: 3 to 6 options, at least one correct
    options      JSONB        NOT NULL,
    explanation  TEXT         NOT NULL,
    difficulty   VARCHAR(10)  NOT NULL CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    sample       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(100) NOT NULL,
    submitted_at TIMESTAMPTZ,
    submitted_by VARCHAR(100),
    approved_at  TIMESTAMPTZ,
    approved_by  VARCHAR(100),
    retired_at   TIMESTAMPTZ,
    retired_by   VARCHAR(100),
    UNIQUE (code, version)
);

-- at most one approved version and one open draft per code
CREATE UNIQUE INDEX exam_item_one_approved ON exam_item (code) WHERE status = 'APPROVED';
CREATE UNIQUE INDEX exam_item_one_open ON exam_item (code) WHERE status IN ('DRAFT', 'SUBMITTED');
CREATE INDEX exam_item_element ON exam_item (role_code, unit_code, element_code, status);

CREATE FUNCTION exam_item_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'exam item % version % cannot be deleted; retire it', OLD.code, OLD.version;
    END IF;
    IF OLD.status IN ('APPROVED', 'RETIRED') AND (NEW.stem IS DISTINCT FROM OLD.stem
            OR NEW.options IS DISTINCT FROM OLD.options
            OR NEW.explanation IS DISTINCT FROM OLD.explanation
            OR NEW.difficulty IS DISTINCT FROM OLD.difficulty
            OR NEW.code IS DISTINCT FROM OLD.code
            OR NEW.version IS DISTINCT FROM OLD.version
            OR NEW.role_code IS DISTINCT FROM OLD.role_code
            OR NEW.unit_code IS DISTINCT FROM OLD.unit_code
            OR NEW.element_code IS DISTINCT FROM OLD.element_code) THEN
        RAISE EXCEPTION 'exam item % version % is % and cannot change', OLD.code, OLD.version, OLD.status;
    END IF;
    IF OLD.status = 'RETIRED' AND NEW.status <> 'RETIRED' THEN
        RAISE EXCEPTION 'exam item % version % is retired', OLD.code, OLD.version;
    END IF;
    IF OLD.status = 'APPROVED' AND NEW.status NOT IN ('APPROVED', 'RETIRED') THEN
        RAISE EXCEPTION 'exam item % version % is approved and can only be retired', OLD.code, OLD.version;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER exam_item_guard
    BEFORE UPDATE OR DELETE ON exam_item
    FOR EACH ROW EXECUTE FUNCTION exam_item_guard();
