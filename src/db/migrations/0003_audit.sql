-- The audit trail: append-only and hash-chained, so tampering is detectable.

CREATE TABLE audit_event (
  seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id             uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
  at             timestamptz NOT NULL,
  actor_user_id  uuid REFERENCES staff_user(id),
  actor_label    text,
  action         text NOT NULL,
  subject_type   text,
  subject_id     text,
  person_id      uuid,
  purpose        text,
  ip             text,
  request_id     text,
  details        jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash      text NOT NULL,
  hash           text NOT NULL
);
CREATE INDEX audit_event_person ON audit_event (person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX audit_event_actor ON audit_event (actor_user_id, at);
CREATE INDEX audit_event_action ON audit_event (action, at);
COMMENT ON TABLE audit_event IS 'Append-only record of every sign-in, administrative change and every read or change of a person''s data. Each row stores the hash of the previous row; `onedoor audit verify` recomputes the chain.';
COMMENT ON COLUMN audit_event.seq IS 'Order of the chain; gaps are impossible because rows are never deleted.';
COMMENT ON COLUMN audit_event.id IS 'Public identifier of the event.';
COMMENT ON COLUMN audit_event.at IS 'When it happened (server clock).';
COMMENT ON COLUMN audit_event.actor_user_id IS 'Staff member who acted; NULL for anonymous or system actions.';
COMMENT ON COLUMN audit_event.actor_label IS 'Who acted when there is no user row: "system", "cli", or the e-mail typed at a failed sign-in.';
COMMENT ON COLUMN audit_event.action IS 'Dotted action name, e.g. auth.sign_in, admin.office.create, person.read.';
COMMENT ON COLUMN audit_event.subject_type IS 'Kind of record acted on (agency, office, staff_user, person, ...).';
COMMENT ON COLUMN audit_event.subject_id IS 'Identifier of the record acted on.';
COMMENT ON COLUMN audit_event.person_id IS 'Person whose data was read or changed, so the client can see their own access log.';
COMMENT ON COLUMN audit_event.purpose IS 'Purpose of processing (DPV purpose), e.g. case_work, referral, evaluation, administration.';
COMMENT ON COLUMN audit_event.ip IS 'Client address of the request.';
COMMENT ON COLUMN audit_event.request_id IS 'Request id, to correlate with the (personal-data-free) server logs.';
COMMENT ON COLUMN audit_event.details IS 'What changed or was shown: field names and categories, never free-text personal data.';
COMMENT ON COLUMN audit_event.prev_hash IS 'hash of the previous event (64 zeros for the first).';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 over prev_hash and this event''s canonical content.';

-- Append-only: the application may insert and read, never rewrite history.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
