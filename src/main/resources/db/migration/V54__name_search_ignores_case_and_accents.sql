-- Searches by a person's name ignore case and accents in every language CityCert speaks (issue 17):
-- "zoe" finds "Zoë", "angstrom" finds "Ångström", "ΖΩΗ" finds "Ζωή", "йордан" finds "Йордан".
--
-- citycert_fold is the one folding of a name, used on both sides of every name search: on the stored
-- name (generated columns below, and the inbox's process variable through base.NameKeys) and on the
-- text typed. It strips accents (unaccent's rules), lower-cases with Unicode's case mapping whatever
-- the database's locale (PostgreSQL 17's built-in collation pg_c_utf8), and writes Greek final sigma
-- as sigma, so "ΔΗΜΗΤΡΗΣ" finds "Δημήτρης". It is IMMUTABLE so that columns and indexes may use it;
-- the SQL-standard body binds unaccent and its dictionary when the function is created, so a later
-- search_path cannot change what it does.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION citycert_fold(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(lower(unaccent('unaccent'::regdictionary, name) COLLATE pg_c_utf8), 'ς', 'σ');

-- the folded names, kept by the database itself, so no writer can forget them
ALTER TABLE user_account ADD COLUMN full_name_key text GENERATED ALWAYS AS (citycert_fold(full_name)) STORED;
ALTER TABLE certificate ADD COLUMN holder_name_key text GENERATED ALWAYS AS (citycert_fold(holder_name)) STORED;

-- a name is searched for anywhere in it ("%part%"), which only trigram indexes serve
CREATE INDEX user_account_full_name_key_idx ON user_account USING gin (full_name_key gin_trgm_ops);
CREATE INDEX certificate_holder_name_key_idx ON certificate USING gin (holder_name_key gin_trgm_ops);
