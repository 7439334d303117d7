-- Cross-script duplicate search. Armenian names romanised by passport rules and Russian
-- names romanised by ICAO differ in predictable ways (Petrosyan / Petrosian / Petrossian,
-- Yerevan / Erevan, Dzhulieta / Julieta), so names are compared on a folded "match key".
-- The keys are stored generated columns, so every writer (the app, imports, the demo
-- seed) gets them for free. modules/people/match-key.ts mirrors person_match_key for the
-- query side; a test checks both agree.
--
-- Why a dictionary of distinct keys: common names repeat thousands of times in a national
-- register, and a trigram index over a million person rows returns tens of thousands of
-- rows for "Aram Petrosyan". The fuzzy match runs on the few thousand distinct keys
-- instead (trigram index on person_name_key), and people are then fetched by exact key
-- through a B-tree. Triggers keep the dictionary complete for every insert and update.

CREATE FUNCTION person_match_key(latin text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    translate(replace(replace(replace(regexp_replace(lower(latin), '[^a-z]', '', 'g'), 'dzh', 'j'), 'kh', 'h'), 'gh', 'g'), 'y', 'i'),
    'ean$', 'ian'), '(.)\1+', '\1', 'g'), '^ie', 'e'), '^vo', 'o')
$$;
COMMENT ON FUNCTION person_match_key(text) IS 'Folds a Latin name for cross-script matching: lowercase letters only, dzh→j, kh→h, gh→g, y→i, -ean→-ian, doubled letters once, initial ye→e and vo→o.';

ALTER TABLE person ADD COLUMN given_name_key text GENERATED ALWAYS AS (person_match_key(given_name_latin)) STORED;
ALTER TABLE person ADD COLUMN family_name_key text GENERATED ALWAYS AS (person_match_key(family_name_latin)) STORED;
COMMENT ON COLUMN person.given_name_key IS 'Match key of the Latin given name (person_match_key), generated; used by the duplicate search.';
COMMENT ON COLUMN person.family_name_key IS 'Match key of the Latin family name (person_match_key), generated; used by the duplicate search.';
CREATE INDEX person_name_keys ON person (family_name_key, given_name_key) INCLUDE (id);

CREATE TABLE person_name_key (
  kind        text NOT NULL CHECK (kind IN ('given', 'family')),
  key         text NOT NULL,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, key)
);
CREATE INDEX person_name_key_given_trgm ON person_name_key USING gin (key gin_trgm_ops) WHERE kind = 'given';
CREATE INDEX person_name_key_family_trgm ON person_name_key USING gin (key gin_trgm_ops) WHERE kind = 'family';
COMMENT ON TABLE person_name_key IS 'Every distinct name match key in the person register, for fuzzy name search; maintained by triggers on person, never edited by hand.';
COMMENT ON COLUMN person_name_key.kind IS 'given or family name.';
COMMENT ON COLUMN person_name_key.key IS 'The match key (person_match_key of the Latin name).';
COMMENT ON COLUMN person_name_key.version IS 'Always 1: rows are only ever added.';
COMMENT ON COLUMN person_name_key.created_at IS 'When the key first appeared.';
COMMENT ON COLUMN person_name_key.updated_at IS 'Same as created_at: rows are only ever added.';

CREATE FUNCTION person_name_key_collect() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO person_name_key (kind, key)
  SELECT DISTINCT k.kind, k.key
  FROM changed_person p
  CROSS JOIN LATERAL (VALUES ('given', p.given_name_key), ('family', p.family_name_key)) AS k(kind, key)
  WHERE k.key <> ''
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
COMMENT ON FUNCTION person_name_key_collect() IS 'Adds the name keys of inserted or updated persons to person_name_key.';

CREATE TRIGGER person_name_key_on_insert AFTER INSERT ON person
  REFERENCING NEW TABLE AS changed_person FOR EACH STATEMENT EXECUTE FUNCTION person_name_key_collect();
CREATE TRIGGER person_name_key_on_update AFTER UPDATE ON person
  REFERENCING NEW TABLE AS changed_person FOR EACH STATEMENT EXECUTE FUNCTION person_name_key_collect();

INSERT INTO person_name_key (kind, key)
SELECT DISTINCT k.kind, k.key
FROM person p
CROSS JOIN LATERAL (VALUES ('given', p.given_name_key), ('family', p.family_name_key)) AS k(kind, key)
WHERE k.key <> ''
ON CONFLICT DO NOTHING;
