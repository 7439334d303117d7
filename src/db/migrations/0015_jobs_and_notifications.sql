-- Durable background jobs and in-app notifications.
-- Deadlines, reminders and overdue flags are jobs: a row per timer, due at run_at, run by
-- whichever OneDoor process polls first (FOR UPDATE SKIP LOCKED), its effect and its
-- "done" mark committed in one transaction, so a restart neither loses nor repeats one.
-- Due is decided against the application's clock, never the database's, so tests move time.

CREATE TABLE job (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind         text NOT NULL,
  key          text NOT NULL UNIQUE,
  run_at       timestamptz NOT NULL,
  payload      jsonb NOT NULL DEFAULT '{}',
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed', 'cancelled')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  finished_at  timestamptz,
  version      integer NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE job IS 'Durable timers and background work (deadlines, reminders, overdue flags, e-mail delivery). One row per timer; a handler per kind runs it when run_at has passed.';
COMMENT ON COLUMN job.kind IS 'Which handler runs the job, e.g. referral.stale, duty.overdue, notification.email.';
COMMENT ON COLUMN job.key IS 'Identity of the timer (e.g. referral.stale:<id>): scheduling again with the same key moves the timer instead of adding a second one.';
COMMENT ON COLUMN job.run_at IS 'When the job becomes due (application clock).';
COMMENT ON COLUMN job.payload IS 'Ids and codes the handler needs; never personal data.';
COMMENT ON COLUMN job.status IS 'pending (waiting or due), done (ran and committed), failed (gave up after retries), cancelled (no longer needed).';
COMMENT ON COLUMN job.attempts IS 'How many times a run failed; retries back off exponentially.';
COMMENT ON COLUMN job.last_error IS 'Error code or class of the last failed run (no personal data).';
COMMENT ON COLUMN job.finished_at IS 'When the job was done, failed for good or cancelled.';
COMMENT ON COLUMN job.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN job.created_at IS 'When the timer was first scheduled.';
COMMENT ON COLUMN job.updated_at IS 'When the row last changed.';
CREATE INDEX job_due ON job (run_at) WHERE status = 'pending';

CREATE TABLE notification (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipient_user_id    uuid REFERENCES staff_user(id),
  recipient_agency_id  uuid REFERENCES agency(id),
  kind                 text NOT NULL,
  subject_type         text NOT NULL,
  subject_id           uuid NOT NULL,
  case_id              uuid REFERENCES client_case(id),
  details              jsonb NOT NULL DEFAULT '{}',
  link                 text NOT NULL,
  email                boolean NOT NULL DEFAULT false,
  email_sent_at        timestamptz,
  read_at              timestamptz,
  read_by              uuid REFERENCES staff_user(id),
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (recipient_user_id IS NOT NULL OR recipient_agency_id IS NOT NULL)
);
COMMENT ON TABLE notification IS 'In-app notifications to a staff member or to everyone of an agency (a new referral, a stale one, a notification duty due, a conference reminder). The text is rendered in the reader''s language from kind and details.';
COMMENT ON COLUMN notification.recipient_user_id IS 'The staff member it is for (null: for the agency).';
COMMENT ON COLUMN notification.recipient_agency_id IS 'The agency it is for when no one person is named; anyone there may read it.';
COMMENT ON COLUMN notification.kind IS 'What happened, a code with a translation (notifications:kind.<code>), e.g. referral_received.';
COMMENT ON COLUMN notification.subject_type IS 'What it is about: referral, duty, conference, plan...';
COMMENT ON COLUMN notification.subject_id IS 'Id of the thing it is about.';
COMMENT ON COLUMN notification.case_id IS 'The case it concerns, if any.';
COMMENT ON COLUMN notification.details IS 'Codes, numbers and dates for the text (no names or free text about a person).';
COMMENT ON COLUMN notification.link IS 'Path in the web app where the evidence is, e.g. /referrals/<id>.';
COMMENT ON COLUMN notification.email IS 'Whether it is also sent by e-mail (a job delivers it; the e-mail names no person).';
COMMENT ON COLUMN notification.email_sent_at IS 'When the e-mail left through the transport.';
COMMENT ON COLUMN notification.read_at IS 'When it was opened or marked read.';
COMMENT ON COLUMN notification.read_by IS 'Who marked it read (for agency notifications: the first reader).';
COMMENT ON COLUMN notification.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN notification.created_at IS 'When it was created.';
COMMENT ON COLUMN notification.updated_at IS 'When it last changed.';
CREATE INDEX notification_user ON notification (recipient_user_id, created_at DESC);
CREATE INDEX notification_agency ON notification (recipient_agency_id, created_at DESC);
