-- Notification duties between agencies as configurable rules. An event in a case (social
-- assistance granted to a work-able client, a job taken up, an offer refused, a programme
-- left) creates, for every active rule of its type, a duty for the agency of the rule's
-- notifying type on the case to notify the agency of the receiving type within N days.
-- Default rules: the two 8-day duties of Montenegro's Law on Social and Child Protection
-- (seed 001 §1.2), and a programme-leaving notice as an example a network may keep or drop.

CREATE TABLE duty_rule (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_type              text NOT NULL CHECK (event_type IN ('social_assistance_granted_to_work_able', 'job_taken_up', 'offer_refused', 'programme_left')),
  notifying_agency_type   text NOT NULL CHECK (notifying_agency_type IN ('employment_service', 'social_welfare_centre', 'municipality', 'ngo', 'health', 'training_provider', 'employer')),
  receiving_agency_type   text NOT NULL CHECK (receiving_agency_type IN ('employment_service', 'social_welfare_centre', 'municipality', 'ngo', 'health', 'training_provider', 'employer')),
  days                    integer NOT NULL CHECK (days BETWEEN 1 AND 365),
  active                  boolean NOT NULL DEFAULT true,
  legal_reference         text,
  updated_by              uuid REFERENCES staff_user(id),
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CHECK (notifying_agency_type <> receiving_agency_type),
  UNIQUE (event_type, notifying_agency_type, receiving_agency_type)
);
COMMENT ON TABLE duty_rule IS 'A notification duty between agencies: when an event of this type happens in a case, the agency of the notifying type must notify the agency of the receiving type within N days. Administrators change the days or switch a rule off.';
COMMENT ON COLUMN duty_rule.event_type IS 'The event that triggers the duty (a code translated in duties:eventType).';
COMMENT ON COLUMN duty_rule.notifying_agency_type IS 'Type of the agency that must send the notification (agency.type).';
COMMENT ON COLUMN duty_rule.receiving_agency_type IS 'Type of the agency that must be notified (agency.type).';
COMMENT ON COLUMN duty_rule.days IS 'Deadline in calendar days from the day the event happened.';
COMMENT ON COLUMN duty_rule.active IS 'Switched-off rules create no new duties; duties already created keep their deadline.';
COMMENT ON COLUMN duty_rule.legal_reference IS 'Law or agreement the duty comes from, shown to staff.';
COMMENT ON COLUMN duty_rule.updated_by IS 'Administrator who last changed the rule (NULL: as installed).';
COMMENT ON COLUMN duty_rule.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN duty_rule.created_at IS 'When the rule was created.';
COMMENT ON COLUMN duty_rule.updated_at IS 'When the rule last changed.';

INSERT INTO duty_rule (event_type, notifying_agency_type, receiving_agency_type, days, legal_reference) VALUES
  ('social_assistance_granted_to_work_able', 'social_welfare_centre', 'employment_service', 8,
   'Law on Social and Child Protection (Montenegro, 2015): notice of recognised financial support for an unemployed beneficiary capable of work'),
  ('job_taken_up', 'employment_service', 'social_welfare_centre', 8,
   'Law on Social and Child Protection (Montenegro, 2015): a work-able beneficiary of financial support found employment'),
  ('offer_refused', 'employment_service', 'social_welfare_centre', 8,
   'Law on Social and Child Protection (Montenegro, 2015): a work-able beneficiary refused employment or vocational training'),
  ('programme_left', 'employment_service', 'social_welfare_centre', 8,
   'Cooperation agreement between the employment service and the social welfare centre (example default)');

CREATE TABLE duty_event (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id                 uuid NOT NULL REFERENCES client_case(id),
  person_id               uuid NOT NULL REFERENCES person(id),
  event_type              text NOT NULL,
  occurred_on             date NOT NULL,
  source                  text NOT NULL,
  recorded_by             uuid REFERENCES staff_user(id),
  recorded_by_agency_id   uuid REFERENCES agency(id),
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX duty_event_case ON duty_event (case_id, occurred_on);
COMMENT ON TABLE duty_event IS 'An event in a case that may trigger notification duties (recorded by staff or raised by another module).';
COMMENT ON COLUMN duty_event.case_id IS 'The case it happened in.';
COMMENT ON COLUMN duty_event.person_id IS 'The client (the case''s person), for the access policy.';
COMMENT ON COLUMN duty_event.event_type IS 'What happened (duty_rule.event_type).';
COMMENT ON COLUMN duty_event.occurred_on IS 'The day it happened (e.g. the day the decision was rendered); deadlines count from it.';
COMMENT ON COLUMN duty_event.source IS 'Who raised it: staff (recorded on a case) or the module that raised it.';
COMMENT ON COLUMN duty_event.recorded_by IS 'Staff member who recorded it.';
COMMENT ON COLUMN duty_event.recorded_by_agency_id IS 'Agency of the staff member who recorded it.';
COMMENT ON COLUMN duty_event.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN duty_event.created_at IS 'When it was recorded.';
COMMENT ON COLUMN duty_event.updated_at IS 'When the row last changed.';

CREATE TABLE duty (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  rule_id                 uuid NOT NULL REFERENCES duty_rule(id),
  event_id                uuid NOT NULL REFERENCES duty_event(id),
  case_id                 uuid NOT NULL REFERENCES client_case(id),
  person_id               uuid NOT NULL REFERENCES person(id),
  event_type              text NOT NULL,
  event_on                date NOT NULL,
  days                    integer NOT NULL,
  due_on                  date NOT NULL,
  notifying_agency_id     uuid NOT NULL REFERENCES agency(id),
  notifying_office_id     uuid REFERENCES office(id),
  receiving_agency_id     uuid REFERENCES agency(id),
  receiving_office_id     uuid REFERENCES office(id),
  status                  text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'sent', 'acknowledged')),
  sent_at                 timestamptz,
  sent_by                 uuid REFERENCES staff_user(id),
  acknowledged_at         timestamptz,
  acknowledged_by         uuid REFERENCES staff_user(id),
  overdue_at              timestamptz,
  days_to_send            integer,
  sent_within_deadline    boolean,
  days_to_acknowledge     integer,
  version                 integer NOT NULL DEFAULT 1,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  UNIQUE (event_id, rule_id),
  CHECK (status = 'open' OR (sent_at IS NOT NULL AND receiving_agency_id IS NOT NULL))
);
CREATE INDEX duty_notifying ON duty (notifying_agency_id, status, due_on);
CREATE INDEX duty_receiving ON duty (receiving_agency_id, status);
COMMENT ON TABLE duty IS 'One agency''s duty to notify another about an event in a case within a deadline: open, sent (through OneDoor), acknowledged by the receiver. Its timing is kept for indicators.';
COMMENT ON COLUMN duty.rule_id IS 'The rule that created it.';
COMMENT ON COLUMN duty.event_id IS 'The event that triggered it.';
COMMENT ON COLUMN duty.case_id IS 'The case concerned.';
COMMENT ON COLUMN duty.person_id IS 'The client concerned, for the access policy.';
COMMENT ON COLUMN duty.event_type IS 'The event type (copied from the rule, so a later rule change does not rewrite history).';
COMMENT ON COLUMN duty.event_on IS 'The day the event happened.';
COMMENT ON COLUMN duty.days IS 'The deadline in days the rule had when the duty was created.';
COMMENT ON COLUMN duty.due_on IS 'Last day to send the notification: event_on + days.';
COMMENT ON COLUMN duty.notifying_agency_id IS 'Agency that must send the notification (the case''s lead or partner agency of the rule''s notifying type).';
COMMENT ON COLUMN duty.notifying_office_id IS 'Office that holds the duty (of the recorder or the case manager), for the supervisor dashboard.';
COMMENT ON COLUMN duty.receiving_agency_id IS 'Agency to be notified; NULL = to be assigned by the notifying agency when it sends.';
COMMENT ON COLUMN duty.receiving_office_id IS 'Office of the staff member who acknowledged it, for the dashboard.';
COMMENT ON COLUMN duty.status IS 'open (to send), sent (awaiting acknowledgement), acknowledged.';
COMMENT ON COLUMN duty.sent_at IS 'When the notifying agency sent the notification.';
COMMENT ON COLUMN duty.sent_by IS 'Staff member who sent it.';
COMMENT ON COLUMN duty.acknowledged_at IS 'When the receiving agency acknowledged it.';
COMMENT ON COLUMN duty.acknowledged_by IS 'Staff member who acknowledged it.';
COMMENT ON COLUMN duty.overdue_at IS 'When the overdue job flagged it (not sent by the due day) and reminded the notifying agency.';
COMMENT ON COLUMN duty.days_to_send IS 'Timing indicator: days from the event to sending.';
COMMENT ON COLUMN duty.sent_within_deadline IS 'Timing indicator: sent on or before the due day.';
COMMENT ON COLUMN duty.days_to_acknowledge IS 'Timing indicator: days from sending to acknowledgement.';
COMMENT ON COLUMN duty.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN duty.created_at IS 'When the duty was created.';
COMMENT ON COLUMN duty.updated_at IS 'When the row last changed.';
