-- Agencies, offices and municipalities: who works with clients, and where.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE municipality (
  code        text PRIMARY KEY,
  name_en     text NOT NULL,
  name_ru     text NOT NULL,
  name_hy     text NOT NULL,
  region      text NOT NULL,
  country     text NOT NULL DEFAULT 'AM'
);
COMMENT ON TABLE municipality IS 'Reference list of municipalities (communities) that offices and clients belong to; indicators are broken down by it.';
COMMENT ON COLUMN municipality.code IS 'Stable code, e.g. AM-ER-YEREVAN; used as the foreign key everywhere.';
COMMENT ON COLUMN municipality.name_en IS 'Name in English (Latin script).';
COMMENT ON COLUMN municipality.name_ru IS 'Name in Russian (Cyrillic script).';
COMMENT ON COLUMN municipality.name_hy IS 'Name in Armenian (Armenian script).';
COMMENT ON COLUMN municipality.region IS 'Region (marz, oblast) the municipality belongs to, for regional benchmarking.';
COMMENT ON COLUMN municipality.country IS 'ISO 3166-1 alpha-2 country code.';

CREATE TABLE agency (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL,
  type        text NOT NULL CHECK (type IN ('employment_service', 'social_welfare_centre', 'municipality',
                                            'ngo', 'health', 'training_provider', 'employer')),
  active      boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agency_name_unique ON agency (lower(name));
COMMENT ON TABLE agency IS 'A partner organisation in the integrated case management network (PES, social welfare centre, municipality, NGO, health, training provider, employer).';
COMMENT ON COLUMN agency.name IS 'Official name; unique regardless of letter case.';
COMMENT ON COLUMN agency.type IS 'Kind of partner; drives default access rules and indicator breakdowns.';
COMMENT ON COLUMN agency.active IS 'Inactive agencies keep their history but cannot receive new users or referrals.';
COMMENT ON COLUMN agency.version IS 'Optimistic concurrency counter: every update must name the version it read.';
COMMENT ON COLUMN agency.created_at IS 'When the row was created.';
COMMENT ON COLUMN agency.updated_at IS 'When the row was last changed.';

CREATE TABLE office (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id          uuid NOT NULL REFERENCES agency(id),
  name               text NOT NULL,
  municipality_code  text NOT NULL REFERENCES municipality(code),
  address            text,
  phone              text,
  active             boolean NOT NULL DEFAULT true,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX office_name_per_agency ON office (agency_id, lower(name));
CREATE INDEX office_municipality ON office (municipality_code);
COMMENT ON TABLE office IS 'A physical office of an agency where clients are served; caseloads and indicators roll up by office.';
COMMENT ON COLUMN office.agency_id IS 'Agency the office belongs to.';
COMMENT ON COLUMN office.name IS 'Office name, unique within its agency.';
COMMENT ON COLUMN office.municipality_code IS 'Municipality the office is in (and so its region).';
COMMENT ON COLUMN office.address IS 'Street address shown to clients.';
COMMENT ON COLUMN office.phone IS 'Public phone number of the office.';
COMMENT ON COLUMN office.active IS 'Closed offices stay for history but take no new staff or appointments.';
COMMENT ON COLUMN office.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN office.created_at IS 'When the row was created.';
COMMENT ON COLUMN office.updated_at IS 'When the row was last changed.';
