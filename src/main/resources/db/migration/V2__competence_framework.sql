-- Versioned competence frameworks. A version's content (roles, units, elements, criteria
-- and scheme settings) is one JSON document; a published or retired version never changes,
-- which the trigger below enforces whatever code runs against the database.

CREATE TABLE framework (
    id         UUID PRIMARY KEY,
    code       VARCHAR(40) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE framework_version (
    id               UUID PRIMARY KEY,
    framework        UUID         NOT NULL REFERENCES framework (id),
    version_number   INTEGER      NOT NULL CHECK (version_number > 0),
    status           VARCHAR(20)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    title            VARCHAR(200) NOT NULL,
    label            VARCHAR(100),
    sample           BOOLEAN      NOT NULL,
    content          JSONB        NOT NULL,
    source_file_name VARCHAR(255),
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by      VARCHAR(100) NOT NULL,
    published_at     TIMESTAMP WITH TIME ZONE,
    published_by     VARCHAR(100),
    retired_at       TIMESTAMP WITH TIME ZONE,
    retired_by       VARCHAR(100),
    UNIQUE (framework, version_number)
);

CREATE FUNCTION framework_version_guard() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'framework version % is % and cannot be deleted', OLD.id, OLD.status;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (NEW.content IS DISTINCT FROM OLD.content
            OR NEW.framework IS DISTINCT FROM OLD.framework
            OR NEW.version_number IS DISTINCT FROM OLD.version_number
            OR NEW.title IS DISTINCT FROM OLD.title
            OR NEW.label IS DISTINCT FROM OLD.label
            OR NEW.sample IS DISTINCT FROM OLD.sample) THEN
        RAISE EXCEPTION 'framework version % is % and cannot change', OLD.id, OLD.status;
    END IF;
    IF NOT (NEW.status = OLD.status
            OR (OLD.status = 'DRAFT' AND NEW.status = 'PUBLISHED')
            OR (OLD.status = 'PUBLISHED' AND NEW.status = 'RETIRED')) THEN
        RAISE EXCEPTION 'framework version % cannot go from % to %', OLD.id, OLD.status, NEW.status;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER framework_version_immutable
    BEFORE UPDATE OR DELETE ON framework_version
    FOR EACH ROW EXECUTE FUNCTION framework_version_guard();

-- applications and certificates point at the exact framework version they were judged against
ALTER TABLE application DROP CONSTRAINT application_role_code_fkey;
ALTER TABLE application ADD COLUMN framework_version UUID REFERENCES framework_version (id);
ALTER TABLE application ADD COLUMN experience_years INTEGER;
ALTER TABLE application ADD COLUMN education_level INTEGER;
ALTER TABLE application ADD COLUMN ineligible_rule VARCHAR(60);
ALTER TABLE application ADD COLUMN ineligible_required INTEGER;

ALTER TABLE certificate ADD COLUMN framework_version UUID REFERENCES framework_version (id);
ALTER TABLE certificate ADD COLUMN eqf_level INTEGER;
ALTER TABLE certificate ADD COLUMN framework_label VARCHAR(100);

-- the skeleton's flat role list is replaced by the framework versions
DROP TABLE certification_role;
