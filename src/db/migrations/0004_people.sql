-- Clients and their households, with the labour-market and benefit history every partner needs.
-- The person registry (intake, consent, access policy) builds on these tables.

CREATE TABLE person (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  onedoor_id          text NOT NULL UNIQUE,
  national_id         text,
  given_name          text NOT NULL,
  family_name         text NOT NULL,
  patronymic          text,
  name_script         text NOT NULL CHECK (name_script IN ('Armn', 'Cyrl', 'Latn')),
  given_name_latin    text NOT NULL,
  family_name_latin   text NOT NULL,
  sex                 text NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  birth_date          date NOT NULL,
  phone               text,
  email               text,
  preferred_language  text NOT NULL DEFAULT 'hy',
  interpreter_needed  boolean NOT NULL DEFAULT false,
  municipality_code   text REFERENCES municipality(code),
  address             text,
  education_level     text CHECK (education_level IN ('none', 'primary', 'lower_secondary', 'upper_secondary',
                                                      'vocational', 'bachelor', 'master_or_higher')),
  disability          boolean NOT NULL DEFAULT false,
  version             integer NOT NULL DEFAULT 1,
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX person_national_id_unique ON person (national_id) WHERE national_id IS NOT NULL;
CREATE INDEX person_birth_date ON person (birth_date);
CREATE INDEX person_municipality ON person (municipality_code);
COMMENT ON TABLE person IS 'A client: one record shared by every partner agency (single point of contact).';
COMMENT ON COLUMN person.onedoor_id IS 'Unique OneDoor identifier given to the client, printed on documents (e.g. OD-4K7Q-2M9X).';
COMMENT ON COLUMN person.national_id IS 'National identification number when known (Armenia: 10-digit public service number).';
COMMENT ON COLUMN person.given_name IS 'Given name in the script it is written in.';
COMMENT ON COLUMN person.family_name IS 'Family name in the script it is written in.';
COMMENT ON COLUMN person.patronymic IS 'Patronymic (father''s name), common in Armenian and Russian records.';
COMMENT ON COLUMN person.name_script IS 'ISO 15924 script of the names: Armn, Cyrl or Latn.';
COMMENT ON COLUMN person.given_name_latin IS 'Latin transliteration of the given name, computed on save; used for cross-script search.';
COMMENT ON COLUMN person.family_name_latin IS 'Latin transliteration of the family name, computed on save.';
COMMENT ON COLUMN person.sex IS 'Sex as recorded by the client; a protected attribute for fairness reporting.';
COMMENT ON COLUMN person.birth_date IS 'Date of birth.';
COMMENT ON COLUMN person.phone IS 'Contact phone (E.164 where possible).';
COMMENT ON COLUMN person.email IS 'Contact e-mail.';
COMMENT ON COLUMN person.preferred_language IS 'Language for letters, plans and reminders (BCP 47 code).';
COMMENT ON COLUMN person.interpreter_needed IS 'True when the client needs an interpreter at meetings.';
COMMENT ON COLUMN person.municipality_code IS 'Municipality of residence.';
COMMENT ON COLUMN person.address IS 'Residential address.';
COMMENT ON COLUMN person.education_level IS 'Highest completed education (ISCED-like groups).';
COMMENT ON COLUMN person.disability IS 'Registered disability; a protected attribute, health category.';
COMMENT ON COLUMN person.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN person.created_at IS 'When the person was first registered.';
COMMENT ON COLUMN person.updated_at IS 'When the record last changed.';

CREATE TABLE household (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code  text REFERENCES municipality(code),
  address            text,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE household IS 'A household: social assistance is assessed and paid per household.';
COMMENT ON COLUMN household.municipality_code IS 'Municipality where the household lives.';
COMMENT ON COLUMN household.address IS 'Household address.';
COMMENT ON COLUMN household.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN household.created_at IS 'When the household was registered.';
COMMENT ON COLUMN household.updated_at IS 'When the household last changed.';

CREATE TABLE household_member (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  household_id  uuid NOT NULL REFERENCES household(id),
  person_id     uuid NOT NULL REFERENCES person(id),
  relationship  text NOT NULL CHECK (relationship IN ('head', 'spouse', 'partner', 'child', 'parent',
                                                     'sibling', 'grandparent', 'grandchild', 'other_relative', 'other')),
  joined_on     date NOT NULL,
  left_on       date,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE UNIQUE INDEX household_member_current ON household_member (person_id) WHERE left_on IS NULL;
COMMENT ON TABLE household_member IS 'Membership of a person in a household over time; moving keeps the old row with left_on set.';
COMMENT ON COLUMN household_member.household_id IS 'Household the person belongs (or belonged) to.';
COMMENT ON COLUMN household_member.person_id IS 'The member.';
COMMENT ON COLUMN household_member.relationship IS 'Relationship to the head of household.';
COMMENT ON COLUMN household_member.joined_on IS 'First day in the household.';
COMMENT ON COLUMN household_member.left_on IS 'Last day in the household; NULL while a member (at most one current household per person).';
COMMENT ON COLUMN household_member.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN household_member.created_at IS 'When the membership was recorded.';
COMMENT ON COLUMN household_member.updated_at IS 'When the membership last changed.';

CREATE TABLE unemployment_spell (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id    uuid NOT NULL REFERENCES person(id),
  office_id    uuid REFERENCES office(id),
  started_on   date NOT NULL,
  ended_on     date,
  end_reason   text CHECK (end_reason IN ('employment', 'training', 'inactivity', 'moved', 'deregistered', 'other')),
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX unemployment_spell_person ON unemployment_spell (person_id, started_on);
COMMENT ON TABLE unemployment_spell IS 'A period of registered unemployment at an employment office; long-term unemployment is 12+ months.';
COMMENT ON COLUMN unemployment_spell.person_id IS 'The unemployed person.';
COMMENT ON COLUMN unemployment_spell.office_id IS 'Employment office where the person was registered.';
COMMENT ON COLUMN unemployment_spell.started_on IS 'Registration date.';
COMMENT ON COLUMN unemployment_spell.ended_on IS 'End of the spell; NULL while still unemployed.';
COMMENT ON COLUMN unemployment_spell.end_reason IS 'Why the spell ended; employment exits feed outcome indicators.';
COMMENT ON COLUMN unemployment_spell.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN unemployment_spell.created_at IS 'When the row was created.';
COMMENT ON COLUMN unemployment_spell.updated_at IS 'When the row last changed.';

CREATE TABLE benefit_receipt (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES person(id),
  household_id    uuid REFERENCES household(id),
  benefit_type    text NOT NULL CHECK (benefit_type IN ('family_benefit', 'social_assistance', 'unemployment_benefit',
                                                       'disability_pension', 'child_care_allowance', 'emergency_aid')),
  started_on      date NOT NULL,
  ended_on        date,
  monthly_amount  numeric(12, 2) NOT NULL CHECK (monthly_amount >= 0),
  currency        text NOT NULL DEFAULT 'AMD',
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX benefit_receipt_person ON benefit_receipt (person_id, started_on);
COMMENT ON TABLE benefit_receipt IS 'A benefit paid to a person (or on behalf of their household) over a period; a benefit category of data.';
COMMENT ON COLUMN benefit_receipt.person_id IS 'Recipient (the applicant for household benefits).';
COMMENT ON COLUMN benefit_receipt.household_id IS 'Household the benefit is assessed for, when it is a household benefit.';
COMMENT ON COLUMN benefit_receipt.benefit_type IS 'Kind of benefit.';
COMMENT ON COLUMN benefit_receipt.started_on IS 'First day paid.';
COMMENT ON COLUMN benefit_receipt.ended_on IS 'Last day paid; NULL while still paid.';
COMMENT ON COLUMN benefit_receipt.monthly_amount IS 'Amount per month in the given currency.';
COMMENT ON COLUMN benefit_receipt.currency IS 'ISO 4217 currency code.';
COMMENT ON COLUMN benefit_receipt.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN benefit_receipt.created_at IS 'When the row was created.';
COMMENT ON COLUMN benefit_receipt.updated_at IS 'When the row last changed.';
