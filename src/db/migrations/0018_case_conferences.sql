-- Case conferences: multidisciplinary meetings of staff from several agencies about one or
-- more cases (agenda), with attendance, minutes and formal decisions that become plan
-- actions or referrals; and recurring committees (e.g. an employment office and a welfare
-- centre meeting at least twice a year, as in Slovenia) whose next meeting a durable job
-- creates. What each participant may see of an agenda case is decided by the access policy
-- when they read the briefing pack, never stored here.

CREATE TABLE conference_committee (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text NOT NULL,
  agency_ids        uuid[] NOT NULL,
  member_ids        uuid[] NOT NULL,
  every_months      integer NOT NULL DEFAULT 6 CHECK (every_months BETWEEN 1 AND 12),
  reminder_days     integer NOT NULL DEFAULT 7 CHECK (reminder_days BETWEEN 0 AND 60),
  duration_minutes  integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  mode              text NOT NULL CHECK (mode IN ('in_person', 'online')),
  office_id         uuid REFERENCES office(id),
  room              text,
  address           text,
  online_url        text,
  next_meeting_at   timestamptz NOT NULL,
  organiser_id      uuid NOT NULL REFERENCES staff_user(id),
  active            boolean NOT NULL DEFAULT true,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE conference_committee IS 'A standing inter-agency committee (e.g. the employment office and the welfare centre of one municipality) that meets every N months; a job creates each next meeting.';
COMMENT ON COLUMN conference_committee.name IS 'Name of the committee, shown to its members.';
COMMENT ON COLUMN conference_committee.agency_ids IS 'The agencies the committee brings together (at least two).';
COMMENT ON COLUMN conference_committee.member_ids IS 'Staff members invited to each meeting.';
COMMENT ON COLUMN conference_committee.every_months IS 'How often it meets, in months (6 = twice a year, the default).';
COMMENT ON COLUMN conference_committee.reminder_days IS 'How many days before a meeting its participants are reminded.';
COMMENT ON COLUMN conference_committee.duration_minutes IS 'Planned length of each meeting.';
COMMENT ON COLUMN conference_committee.mode IS 'in_person (office, room or address) or online (a link).';
COMMENT ON COLUMN conference_committee.office_id IS 'Office where in-person meetings take place.';
COMMENT ON COLUMN conference_committee.room IS 'Room in the office.';
COMMENT ON COLUMN conference_committee.address IS 'Address, when not at an office.';
COMMENT ON COLUMN conference_committee.online_url IS 'Link of an online meeting.';
COMMENT ON COLUMN conference_committee.next_meeting_at IS 'When the next meeting (already created) starts.';
COMMENT ON COLUMN conference_committee.organiser_id IS 'Staff member who set the committee up and organises its meetings.';
COMMENT ON COLUMN conference_committee.active IS 'False once the committee no longer meets (no further meetings are created).';
COMMENT ON COLUMN conference_committee.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference_committee.created_at IS 'When the committee was set up.';
COMMENT ON COLUMN conference_committee.updated_at IS 'When the row last changed.';

CREATE TABLE conference (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  committee_id         uuid REFERENCES conference_committee(id),
  title                text NOT NULL,
  starts_at            timestamptz NOT NULL,
  duration_minutes     integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
  mode                 text NOT NULL CHECK (mode IN ('in_person', 'online')),
  office_id            uuid REFERENCES office(id),
  room                 text,
  address              text,
  online_url           text,
  reminder_days        integer NOT NULL DEFAULT 2 CHECK (reminder_days BETWEEN 0 AND 60),
  organiser_id         uuid NOT NULL REFERENCES staff_user(id),
  organiser_agency_id  uuid NOT NULL REFERENCES agency(id),
  status               text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'held', 'cancelled')),
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (mode <> 'online' OR online_url IS NOT NULL),
  CHECK (mode <> 'in_person' OR office_id IS NOT NULL OR address IS NOT NULL)
);
COMMENT ON TABLE conference IS 'A case conference: a multidisciplinary meeting of staff from several agencies about the cases on its agenda.';
COMMENT ON COLUMN conference.committee_id IS 'The standing committee this meeting belongs to, if any.';
COMMENT ON COLUMN conference.title IS 'Title of the meeting (no client names: participants who may not see a case see the title too).';
COMMENT ON COLUMN conference.starts_at IS 'When the meeting starts.';
COMMENT ON COLUMN conference.duration_minutes IS 'Planned length.';
COMMENT ON COLUMN conference.mode IS 'in_person or online.';
COMMENT ON COLUMN conference.office_id IS 'Office where it takes place (in person).';
COMMENT ON COLUMN conference.room IS 'Room in the office.';
COMMENT ON COLUMN conference.address IS 'Address, when not at an office.';
COMMENT ON COLUMN conference.online_url IS 'Link of an online meeting.';
COMMENT ON COLUMN conference.reminder_days IS 'How many days before the start participants are reminded (a job).';
COMMENT ON COLUMN conference.organiser_id IS 'Staff member who scheduled it.';
COMMENT ON COLUMN conference.organiser_agency_id IS 'Agency of the organiser when it was scheduled.';
COMMENT ON COLUMN conference.status IS 'scheduled, held (minutes closed) or cancelled.';
COMMENT ON COLUMN conference.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference.created_at IS 'When it was scheduled.';
COMMENT ON COLUMN conference.updated_at IS 'When the row last changed.';
CREATE INDEX conference_starts ON conference (starts_at);

CREATE TABLE conference_participant (
  conference_id  uuid NOT NULL REFERENCES conference(id),
  user_id        uuid NOT NULL REFERENCES staff_user(id),
  agency_id      uuid NOT NULL REFERENCES agency(id),
  attendance     text NOT NULL DEFAULT 'invited' CHECK (attendance IN ('invited', 'attended', 'excused', 'absent')),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conference_id, user_id)
);
COMMENT ON TABLE conference_participant IS 'Staff invited to a conference and whether they attended.';
COMMENT ON COLUMN conference_participant.conference_id IS 'The conference.';
COMMENT ON COLUMN conference_participant.user_id IS 'The staff member.';
COMMENT ON COLUMN conference_participant.agency_id IS 'Their agency when invited.';
COMMENT ON COLUMN conference_participant.attendance IS 'invited (not yet recorded), attended, excused or absent.';
COMMENT ON COLUMN conference_participant.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference_participant.created_at IS 'When they were invited.';
COMMENT ON COLUMN conference_participant.updated_at IS 'When attendance was last recorded.';
CREATE INDEX conference_participant_user ON conference_participant (user_id);

CREATE TABLE conference_agenda_item (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id  uuid NOT NULL REFERENCES conference(id),
  case_id        uuid NOT NULL REFERENCES client_case(id),
  position       integer NOT NULL,
  added_by       uuid NOT NULL REFERENCES staff_user(id),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conference_id, case_id)
);
COMMENT ON TABLE conference_agenda_item IS 'A case discussed at a conference. Who may see which case is decided per participant by the access policy.';
COMMENT ON COLUMN conference_agenda_item.conference_id IS 'The conference.';
COMMENT ON COLUMN conference_agenda_item.case_id IS 'The case on the agenda.';
COMMENT ON COLUMN conference_agenda_item.position IS 'Order on the agenda (1 = first).';
COMMENT ON COLUMN conference_agenda_item.added_by IS 'Staff member who put it on the agenda (they could see the case).';
COMMENT ON COLUMN conference_agenda_item.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference_agenda_item.created_at IS 'When it was added.';
COMMENT ON COLUMN conference_agenda_item.updated_at IS 'When the row last changed.';

CREATE TABLE conference_minutes (
  conference_id  uuid PRIMARY KEY REFERENCES conference(id),
  text           text NOT NULL,
  updated_by     uuid NOT NULL REFERENCES staff_user(id),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE conference_minutes IS 'The minutes of a conference, written by its participants (a stale save is refused).';
COMMENT ON COLUMN conference_minutes.conference_id IS 'The conference.';
COMMENT ON COLUMN conference_minutes.text IS 'The minutes as written.';
COMMENT ON COLUMN conference_minutes.updated_by IS 'Who saved them last.';
COMMENT ON COLUMN conference_minutes.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference_minutes.created_at IS 'When they were first saved.';
COMMENT ON COLUMN conference_minutes.updated_at IS 'When they were last saved.';

CREATE TABLE conference_decision (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id    uuid NOT NULL REFERENCES conference(id),
  agenda_item_id   uuid NOT NULL REFERENCES conference_agenda_item(id),
  case_id          uuid NOT NULL REFERENCES client_case(id),
  kind             text NOT NULL CHECK (kind IN ('plan_action', 'referral')),
  text             text NOT NULL,
  owner_agency_id  uuid NOT NULL REFERENCES agency(id),
  owner_user_id    uuid REFERENCES staff_user(id),
  due_on           date NOT NULL,
  plan_id          uuid REFERENCES action_plan(id),
  action_id        uuid,
  referral_id      uuid,
  recorded_by      uuid NOT NULL REFERENCES staff_user(id),
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE conference_decision IS 'A formal decision of a conference on one agenda case, turned into an action of the case''s plan or a referral.';
COMMENT ON COLUMN conference_decision.conference_id IS 'The conference that decided.';
COMMENT ON COLUMN conference_decision.agenda_item_id IS 'The agenda item it decides on.';
COMMENT ON COLUMN conference_decision.case_id IS 'The case it concerns.';
COMMENT ON COLUMN conference_decision.kind IS 'plan_action (an action added to the plan) or referral.';
COMMENT ON COLUMN conference_decision.text IS 'What was decided (becomes the action''s title).';
COMMENT ON COLUMN conference_decision.owner_agency_id IS 'Agency responsible for carrying it out.';
COMMENT ON COLUMN conference_decision.owner_user_id IS 'Staff member responsible, if one was named.';
COMMENT ON COLUMN conference_decision.due_on IS 'By when it must be done.';
COMMENT ON COLUMN conference_decision.plan_id IS 'The plan the action was added to.';
COMMENT ON COLUMN conference_decision.action_id IS 'Id of the plan action it became (inside the plan''s versioned content).';
COMMENT ON COLUMN conference_decision.referral_id IS 'The referral it became.';
COMMENT ON COLUMN conference_decision.recorded_by IS 'Staff member who recorded it.';
COMMENT ON COLUMN conference_decision.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN conference_decision.created_at IS 'When it was recorded.';
COMMENT ON COLUMN conference_decision.updated_at IS 'When the row last changed.';
CREATE INDEX conference_decision_case ON conference_decision (case_id);
