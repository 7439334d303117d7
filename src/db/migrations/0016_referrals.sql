-- Closed-loop referrals between agencies: a referral from an integrated case (optionally from
-- a plan action) to a catalogue service, carrying a snapshot of exactly the data categories the
-- client consented to share with the receiving agency for the purpose 'referral'. Every step
-- of its lifecycle is kept as an event (who, which agency, when); referrals for one need form a
-- chain (journey smoothness: how many referrals until the need was met).

CREATE TABLE referral (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  chain_id               uuid NOT NULL,
  previous_referral_id   uuid REFERENCES referral(id),
  case_id                uuid NOT NULL REFERENCES client_case(id),
  person_id              uuid NOT NULL REFERENCES person(id),
  plan_action_id         uuid,
  service_id             uuid NOT NULL REFERENCES service(id),
  sending_agency_id      uuid NOT NULL REFERENCES agency(id),
  receiving_agency_id    uuid NOT NULL REFERENCES agency(id),
  case_manager_id        uuid NOT NULL REFERENCES staff_user(id),
  created_by             uuid NOT NULL REFERENCES staff_user(id),
  status                 text NOT NULL DEFAULT 'draft' CHECK (status IN (
                           'draft', 'sent', 'received', 'accepted', 'declined', 'waitlisted', 'appointment_booked',
                           'attended', 'no_show', 'in_service', 'completed', 'feedback_delivered', 'withdrawn')),
  reason                 text NOT NULL,
  categories             text[] NOT NULL,
  urgency                text NOT NULL CHECK (urgency IN ('routine', 'priority', 'urgent')),
  appear_by              date NOT NULL,
  preferred_language     text NOT NULL,
  snapshot               jsonb,
  snapshot_at            timestamptz,
  sent_at                timestamptz,
  sent_by                uuid REFERENCES staff_user(id),
  received_at            timestamptz,
  received_by            uuid REFERENCES staff_user(id),
  decline_reason         text,
  appointment_at         timestamptz,
  appointment_place      text,
  outcome                text CHECK (outcome IN ('need_met', 'partly_met', 'not_met')),
  feedback               text,
  feedback_delivered_at  timestamptz,
  feedback_delivered_by  uuid REFERENCES staff_user(id),
  overdue_at             timestamptz,
  status_changed_at      timestamptz NOT NULL,
  version                integer NOT NULL DEFAULT 1,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_case ON referral (case_id);
CREATE INDEX referral_chain ON referral (chain_id);
CREATE INDEX referral_inbox ON referral (receiving_agency_id, status);
CREATE INDEX referral_sender ON referral (sending_agency_id);
COMMENT ON TABLE referral IS 'A referral of a client from an integrated case to a catalogue service of an agency, tracked until the need is met (closed loop). The receiving agency sees only the snapshot it carries.';
COMMENT ON COLUMN referral.chain_id IS 'The need this referral is for: the id of the first referral of the chain; re-referrals after a decline or an unmet need share it.';
COMMENT ON COLUMN referral.previous_referral_id IS 'The referral this one follows (a re-referral), if any.';
COMMENT ON COLUMN referral.case_id IS 'The integrated case it was made from.';
COMMENT ON COLUMN referral.person_id IS 'The client referred.';
COMMENT ON COLUMN referral.plan_action_id IS 'The action of the case''s plan it carries out, if any (an id inside the plan content).';
COMMENT ON COLUMN referral.service_id IS 'The catalogue service the client is referred to.';
COMMENT ON COLUMN referral.sending_agency_id IS 'The agency that referred (lead or partner of the case).';
COMMENT ON COLUMN referral.receiving_agency_id IS 'The agency providing the service; its inbox holds the referral.';
COMMENT ON COLUMN referral.case_manager_id IS 'The referring case manager: status changes and the outcome and feedback go to them.';
COMMENT ON COLUMN referral.created_by IS 'Staff member who wrote the referral.';
COMMENT ON COLUMN referral.status IS 'Where the referral is in its lifecycle (draft → sent → received → accepted/declined/waitlisted → appointment_booked → attended/no_show → in_service → completed → feedback_delivered; withdrawn).';
COMMENT ON COLUMN referral.reason IS 'Why the client is referred, written for the receiving agency (part of what is shared).';
COMMENT ON COLUMN referral.categories IS 'Data categories the referral shares with the receiving agency; each covered by the client''s consent to that agency for the purpose referral.';
COMMENT ON COLUMN referral.urgency IS 'routine, priority or urgent.';
COMMENT ON COLUMN referral.appear_by IS 'Date by which the client should appear at the service; after it, without attendance, the referral is overdue.';
COMMENT ON COLUMN referral.preferred_language IS 'Language the client prefers to be served in (ISO 639-1).';
COMMENT ON COLUMN referral.snapshot IS 'What the receiver sees of the client: the shared categories of the person record as they were when the referral was sent.';
COMMENT ON COLUMN referral.snapshot_at IS 'When the snapshot was taken (at sending).';
COMMENT ON COLUMN referral.sent_at IS 'When it was sent.';
COMMENT ON COLUMN referral.sent_by IS 'Who sent it.';
COMMENT ON COLUMN referral.received_at IS 'When the receiving agency confirmed receipt (proof of receipt for the sender).';
COMMENT ON COLUMN referral.received_by IS 'Who confirmed receipt.';
COMMENT ON COLUMN referral.decline_reason IS 'Why the receiving agency declined it (required when declined).';
COMMENT ON COLUMN referral.appointment_at IS 'Date and time of the first appointment booked.';
COMMENT ON COLUMN referral.appointment_place IS 'Where the appointment is (room, address).';
COMMENT ON COLUMN referral.outcome IS 'need_met, partly_met or not_met, recorded when completed.';
COMMENT ON COLUMN referral.feedback IS 'The receiving agency''s feedback to the referring case manager, with the outcome.';
COMMENT ON COLUMN referral.feedback_delivered_at IS 'When the referring side acknowledged the outcome and feedback.';
COMMENT ON COLUMN referral.feedback_delivered_by IS 'Who acknowledged it.';
COMMENT ON COLUMN referral.overdue_at IS 'When the appear-by deadline was found passed without attendance (set once by the timer).';
COMMENT ON COLUMN referral.status_changed_at IS 'When the status last changed: the stale-referral timer counts from here.';
COMMENT ON COLUMN referral.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN referral.created_at IS 'When the referral was created.';
COMMENT ON COLUMN referral.updated_at IS 'When the row last changed.';

CREATE TABLE referral_event (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq            bigint GENERATED ALWAYS AS IDENTITY,
  referral_id    uuid NOT NULL REFERENCES referral(id),
  action         text NOT NULL,
  from_status    text,
  to_status      text NOT NULL,
  at             timestamptz NOT NULL,
  actor_user_id  uuid REFERENCES staff_user(id),
  agency_id      uuid REFERENCES agency(id),
  note           text,
  details        jsonb NOT NULL DEFAULT '{}',
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_event_referral ON referral_event (referral_id, seq);
COMMENT ON TABLE referral_event IS 'The lifecycle of a referral, one row per step (append-only): who did what, for which agency, when.';
COMMENT ON COLUMN referral_event.seq IS 'Order of writing: steps taken at the same instant (created and sent at once) keep their order.';
COMMENT ON COLUMN referral_event.referral_id IS 'The referral.';
COMMENT ON COLUMN referral_event.action IS 'The step: create, send, receive, accept, waitlist, decline, book_appointment, attend, no_show, start_service, complete, acknowledge_feedback, withdraw, reopen, overdue.';
COMMENT ON COLUMN referral_event.from_status IS 'Status before the step (null at creation).';
COMMENT ON COLUMN referral_event.to_status IS 'Status after the step.';
COMMENT ON COLUMN referral_event.at IS 'When it happened.';
COMMENT ON COLUMN referral_event.actor_user_id IS 'Who did it (null for the timer).';
COMMENT ON COLUMN referral_event.agency_id IS 'For which agency they acted.';
COMMENT ON COLUMN referral_event.note IS 'The reason or comment the step requires (decline, withdrawal, reopening).';
COMMENT ON COLUMN referral_event.details IS 'Codes, ids and dates of the step (outcome, appointment time); no free text.';
COMMENT ON COLUMN referral_event.version IS 'Always 1: events are never changed (kept for the common table shape).';
COMMENT ON COLUMN referral_event.created_at IS 'When the row was written.';
COMMENT ON COLUMN referral_event.updated_at IS 'Equal to created_at: events are never changed.';
