-- The service catalogue shared by all partners, in the shape of the Open Referral Human
-- Services Data Specification (HSDS 3: organization = agency, service, location,
-- service_at_location, schedule, eligibility, language, cost) so it can be exported and
-- imported in that format; with capacity, places reserved for referrals from the single
-- point of contact, and bookings that hold places (never beyond capacity).

CREATE TABLE service_location (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id          uuid NOT NULL REFERENCES agency(id),
  name               text NOT NULL,
  address            text NOT NULL,
  municipality_code  text NOT NULL REFERENCES municipality(code),
  postal_code        text,
  latitude           numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
  longitude          numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
  accessibility      text,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_location_agency ON service_location (agency_id);
CREATE INDEX service_location_municipality ON service_location (municipality_code);
COMMENT ON TABLE service_location IS 'A place where a partner delivers services (HSDS location, physical): an office, a training centre, a clinic.';
COMMENT ON COLUMN service_location.agency_id IS 'The partner agency the place belongs to (HSDS organization).';
COMMENT ON COLUMN service_location.name IS 'Name of the place as people know it.';
COMMENT ON COLUMN service_location.address IS 'Street address (HSDS address_1 and city), in the script it is written in.';
COMMENT ON COLUMN service_location.municipality_code IS 'Municipality of the place: catalogue searches filter by it.';
COMMENT ON COLUMN service_location.postal_code IS 'Postal code, when known.';
COMMENT ON COLUMN service_location.latitude IS 'WGS84 latitude, when known.';
COMMENT ON COLUMN service_location.longitude IS 'WGS84 longitude, when known.';
COMMENT ON COLUMN service_location.accessibility IS 'Physical accessibility (step-free entrance, lift...), free text.';
COMMENT ON COLUMN service_location.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN service_location.created_at IS 'When the row was created.';
COMMENT ON COLUMN service_location.updated_at IS 'When the row last changed.';

CREATE TABLE service (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id              uuid NOT NULL REFERENCES agency(id),
  name                   jsonb NOT NULL,
  description            jsonb NOT NULL DEFAULT '{}',
  type                   text NOT NULL CHECK (type IN ('counselling', 'training', 'almp', 'benefit_advice', 'debt_counselling', 'health',
                                                       'addiction', 'housing', 'childcare', 'mentoring', 'job_placement', 'subsidy')),
  status                 text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  email                  text,
  phone                  text,
  url                    text,
  application_process    jsonb NOT NULL DEFAULT '{}',
  eligibility            jsonb NOT NULL DEFAULT '{}',
  languages              text[] NOT NULL DEFAULT '{}',
  barriers               text[] NOT NULL DEFAULT '{}',
  schedule               jsonb NOT NULL DEFAULT '[]',
  capacity               integer NOT NULL CHECK (capacity >= 0),
  reserved_places        integer NOT NULL DEFAULT 0 CHECK (reserved_places >= 0),
  cost_per_participant   numeric(12, 2) CHECK (cost_per_participant >= 0),
  cost_currency          char(3) NOT NULL DEFAULT 'AMD',
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (reserved_places <= capacity)
);
CREATE INDEX service_agency ON service (agency_id);
CREATE INDEX service_barriers ON service USING gin (barriers);
COMMENT ON TABLE service IS 'A service a partner offers (HSDS service): counselling, training, active labour-market programmes, debt counselling, treatment, childcare... Partnership coordinators maintain it; every partner searches it.';
COMMENT ON COLUMN service.agency_id IS 'Provider agency (HSDS organization).';
COMMENT ON COLUMN service.name IS 'Name by language: {"en": ..., "ru": ..., "hy": ...}; at least one language.';
COMMENT ON COLUMN service.description IS 'What the service does, by language.';
COMMENT ON COLUMN service.type IS 'Kind of service; the plan suggests services by type and by the barriers they address.';
COMMENT ON COLUMN service.status IS 'active (bookable, found in searches) or inactive (kept for history: plans and referrals point to it).';
COMMENT ON COLUMN service.email IS 'Contact e-mail of the service (not of a person).';
COMMENT ON COLUMN service.phone IS 'Contact phone of the service.';
COMMENT ON COLUMN service.url IS 'Web page of the service.';
COMMENT ON COLUMN service.application_process IS 'How to apply, by language (HSDS application_process).';
COMMENT ON COLUMN service.eligibility IS 'Who may use it: {"minAge", "maxAge", "segments": [...], "requiresBenefit", "description": {by language}} (HSDS eligibility_description plus machine-readable rules).';
COMMENT ON COLUMN service.languages IS 'ISO 639-1 codes of the languages the service is delivered in (HSDS language).';
COMMENT ON COLUMN service.barriers IS 'Barrier codes (from the assessment instrument) this service addresses: the plan''s suggestions match on them.';
COMMENT ON COLUMN service.schedule IS 'Opening hours (HSDS schedule): [{"byday": "MO,TU", "opensAt": "09:00", "closesAt": "17:00"}].';
COMMENT ON COLUMN service.capacity IS 'Places at any one time; active bookings never exceed it.';
COMMENT ON COLUMN service.reserved_places IS 'Places of the capacity kept for clients referred by the single point of contact (integrated case management); others may not take them.';
COMMENT ON COLUMN service.cost_per_participant IS 'Cost of one participant, in cost_currency (HSDS cost_option); NULL when free or unknown.';
COMMENT ON COLUMN service.cost_currency IS 'ISO 4217 currency of the cost.';
COMMENT ON COLUMN service.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN service.created_at IS 'When the row was created.';
COMMENT ON COLUMN service.updated_at IS 'When the row last changed.';

CREATE TABLE service_at_location (
  service_id   uuid NOT NULL REFERENCES service(id),
  location_id  uuid NOT NULL REFERENCES service_location(id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, location_id)
);
CREATE INDEX service_at_location_location ON service_at_location (location_id);
COMMENT ON TABLE service_at_location IS 'Where a service is delivered (HSDS service_at_location).';
COMMENT ON COLUMN service_at_location.service_id IS 'The service.';
COMMENT ON COLUMN service_at_location.location_id IS 'A place it is delivered at.';
COMMENT ON COLUMN service_at_location.created_at IS 'When the link was made.';

CREATE TABLE service_booking (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id         uuid NOT NULL REFERENCES service(id),
  person_id          uuid NOT NULL REFERENCES person(id),
  case_id            uuid REFERENCES client_case(id),
  source             text NOT NULL CHECK (source IN ('plan_action', 'referral', 'direct')),
  source_id          uuid,
  via_single_point   boolean NOT NULL,
  uses_reserved      boolean NOT NULL,
  status             text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'released')),
  booked_by          uuid NOT NULL REFERENCES staff_user(id),
  booked_at          timestamptz NOT NULL,
  released_by        uuid REFERENCES staff_user(id),
  released_at        timestamptz,
  release_reason     text,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT uses_reserved OR via_single_point),
  CHECK ((status = 'released') = (released_at IS NOT NULL))
);
CREATE INDEX service_booking_active ON service_booking (service_id) WHERE status = 'active';
CREATE INDEX service_booking_person ON service_booking (person_id);
CREATE UNIQUE INDEX service_booking_one_per_source ON service_booking (source, source_id) WHERE status = 'active' AND source_id IS NOT NULL;
COMMENT ON TABLE service_booking IS 'A place held on a service for a client. Booking locks the service row, so concurrent bookings never exceed capacity; places reserved for the single point of contact are used first by its referrals and never by others.';
COMMENT ON COLUMN service_booking.service_id IS 'The service booked.';
COMMENT ON COLUMN service_booking.person_id IS 'The client who holds the place.';
COMMENT ON COLUMN service_booking.case_id IS 'The integrated case the booking was made from, when any.';
COMMENT ON COLUMN service_booking.source IS 'What booked it: a plan action, a referral, or staff directly.';
COMMENT ON COLUMN service_booking.source_id IS 'The plan action or referral id; one active booking per source.';
COMMENT ON COLUMN service_booking.via_single_point IS 'Whether the booking comes from the single point of contact (an integrated case): only those may use reserved places.';
COMMENT ON COLUMN service_booking.uses_reserved IS 'Whether the booking took one of the reserved places.';
COMMENT ON COLUMN service_booking.status IS 'active (holds a place) or released (the place is free again).';
COMMENT ON COLUMN service_booking.booked_by IS 'Staff member who booked.';
COMMENT ON COLUMN service_booking.booked_at IS 'When the place was booked.';
COMMENT ON COLUMN service_booking.released_by IS 'Staff member who released the place.';
COMMENT ON COLUMN service_booking.released_at IS 'When the place was released.';
COMMENT ON COLUMN service_booking.release_reason IS 'Why (completed, cancelled, client did not come...).';
COMMENT ON COLUMN service_booking.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN service_booking.created_at IS 'When the row was created.';
COMMENT ON COLUMN service_booking.updated_at IS 'When the row last changed.';
