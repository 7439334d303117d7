-- Single point of contact: the shared person record with its history, documents, notes and
-- duplicate links; integrated cases with partner agencies; consent, legal bases and
-- break-glass access that the access policy (modules/access) decides with.

CREATE INDEX person_given_latin_trgm ON person USING gin (lower(given_name_latin) gin_trgm_ops);
CREATE INDEX person_family_latin_trgm ON person USING gin (lower(family_name_latin) gin_trgm_ops);
ALTER TABLE person ADD COLUMN registered_by_agency_id uuid REFERENCES agency(id);
COMMENT ON COLUMN person.registered_by_agency_id IS 'Agency whose office registered the person (single point of contact).';

CREATE TABLE person_revision (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id    uuid NOT NULL REFERENCES person(id),
  version      integer NOT NULL,
  changed_by   uuid REFERENCES staff_user(id),
  changed_at   timestamptz NOT NULL,
  changes      jsonb NOT NULL,
  UNIQUE (person_id, version)
);
COMMENT ON TABLE person_revision IS 'One row per saved version of a person record: who changed which fields, from what to what. Shown through the access policy like the record itself.';
COMMENT ON COLUMN person_revision.person_id IS 'The person whose record changed.';
COMMENT ON COLUMN person_revision.version IS 'person.version after this change (1 = registration).';
COMMENT ON COLUMN person_revision.changed_by IS 'Staff member who saved the change; NULL for imports and the demo seed.';
COMMENT ON COLUMN person_revision.changed_at IS 'When the change was saved.';
COMMENT ON COLUMN person_revision.changes IS 'Map of field name to {"from": old, "to": new}.';

CREATE TABLE person_document (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id      uuid NOT NULL REFERENCES person(id),
  document_type  text NOT NULL CHECK (document_type IN ('passport', 'id_card', 'birth_certificate', 'residence_permit',
                                                      'refugee_certificate', 'disability_certificate', 'diploma',
                                                      'employment_record', 'other')),
  number         text,
  issued_by      text,
  issued_on      date,
  valid_until    date,
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until IS NULL OR issued_on IS NULL OR valid_until >= issued_on)
);
CREATE INDEX person_document_person ON person_document (person_id);
COMMENT ON TABLE person_document IS 'Identity and other documents the client showed once, so no office asks for the paper again.';
COMMENT ON COLUMN person_document.person_id IS 'Holder of the document.';
COMMENT ON COLUMN person_document.document_type IS 'Kind of document; disability certificates are health data.';
COMMENT ON COLUMN person_document.number IS 'Document number as printed.';
COMMENT ON COLUMN person_document.issued_by IS 'Issuing authority.';
COMMENT ON COLUMN person_document.issued_on IS 'Date of issue.';
COMMENT ON COLUMN person_document.valid_until IS 'Expiry date, if any.';
COMMENT ON COLUMN person_document.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN person_document.created_at IS 'When the document was recorded.';
COMMENT ON COLUMN person_document.updated_at IS 'When the row last changed.';

CREATE TABLE person_link (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id            uuid NOT NULL REFERENCES person(id),
  duplicate_person_id  uuid NOT NULL REFERENCES person(id),
  status               text NOT NULL CHECK (status IN ('suspected', 'linked', 'rejected', 'unlinked')),
  flagged_by           uuid REFERENCES staff_user(id),
  flagged_at           timestamptz NOT NULL,
  reason               text,
  decided_by           uuid REFERENCES staff_user(id),
  decided_at           timestamptz,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id <> duplicate_person_id)
);
CREATE UNIQUE INDEX person_link_pair_active ON person_link (least(person_id, duplicate_person_id), greatest(person_id, duplicate_person_id))
  WHERE status IN ('suspected', 'linked');
COMMENT ON TABLE person_link IS 'Duplicate records of one person are linked, never merged destructively: both records and their histories stay, and a link can be undone.';
COMMENT ON COLUMN person_link.person_id IS 'The record kept as the main one.';
COMMENT ON COLUMN person_link.duplicate_person_id IS 'The record identified as the same person; reads of it point to person_id while linked.';
COMMENT ON COLUMN person_link.status IS 'suspected (flagged, awaiting review), linked, rejected (not the same person) or unlinked (a link undone).';
COMMENT ON COLUMN person_link.flagged_by IS 'Staff member who flagged or linked the pair.';
COMMENT ON COLUMN person_link.flagged_at IS 'When the pair was flagged.';
COMMENT ON COLUMN person_link.reason IS 'Why the records are (or are not) the same person; no sensitive data.';
COMMENT ON COLUMN person_link.decided_by IS 'Staff member who last linked, rejected or unlinked.';
COMMENT ON COLUMN person_link.decided_at IS 'When that decision was made.';
COMMENT ON COLUMN person_link.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN person_link.created_at IS 'When the row was created.';
COMMENT ON COLUMN person_link.updated_at IS 'When the row last changed.';

CREATE TABLE person_note (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES person(id),
  agency_id       uuid NOT NULL REFERENCES agency(id),
  author_id       uuid NOT NULL REFERENCES staff_user(id),
  data_category   text NOT NULL,
  body_encrypted  text NOT NULL,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_note_person ON person_note (person_id, created_at);
COMMENT ON TABLE person_note IS 'Free-text case notes about a person, each in one data category (e.g. health); the text is encrypted at rest.';
COMMENT ON COLUMN person_note.person_id IS 'Person the note is about.';
COMMENT ON COLUMN person_note.agency_id IS 'Agency of the author; the note is that agency''s record.';
COMMENT ON COLUMN person_note.author_id IS 'Staff member who wrote it.';
COMMENT ON COLUMN person_note.data_category IS 'Data category of the content; the access policy shows the note only where that category is allowed.';
COMMENT ON COLUMN person_note.body_encrypted IS 'AES-256-GCM ciphertext with key id (see server/crypto.ts).';
COMMENT ON COLUMN person_note.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN person_note.created_at IS 'When the note was written.';
COMMENT ON COLUMN person_note.updated_at IS 'When the note was last edited.';

CREATE TABLE client_case (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id        uuid NOT NULL REFERENCES person(id),
  lead_agency_id   uuid NOT NULL REFERENCES agency(id),
  case_manager_id  uuid NOT NULL REFERENCES staff_user(id),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'suspended', 'closed')),
  status_reason    text,
  opened_at        timestamptz NOT NULL,
  closed_at        timestamptz,
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX client_case_one_active ON client_case (person_id) WHERE status <> 'closed';
CREATE INDEX client_case_manager ON client_case (case_manager_id, status);
COMMENT ON TABLE client_case IS 'An integrated case: one per person at a time, led by one agency with a named case manager; partner agencies join it.';
COMMENT ON COLUMN client_case.person_id IS 'The client.';
COMMENT ON COLUMN client_case.lead_agency_id IS 'Agency that leads the case (employs the case manager).';
COMMENT ON COLUMN client_case.case_manager_id IS 'Named case manager who owns the journey end to end.';
COMMENT ON COLUMN client_case.status IS 'open, suspended (e.g. client abroad) or closed.';
COMMENT ON COLUMN client_case.status_reason IS 'Why the case was suspended or closed.';
COMMENT ON COLUMN client_case.opened_at IS 'When the case was opened.';
COMMENT ON COLUMN client_case.closed_at IS 'When the case was closed.';
COMMENT ON COLUMN client_case.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN client_case.created_at IS 'When the row was created.';
COMMENT ON COLUMN client_case.updated_at IS 'When the row last changed.';

CREATE TABLE case_partner (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id     uuid NOT NULL REFERENCES client_case(id),
  agency_id   uuid NOT NULL REFERENCES agency(id),
  role        text,
  added_by    uuid REFERENCES staff_user(id),
  joined_at   timestamptz NOT NULL,
  left_at     timestamptz,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX case_partner_active ON case_partner (case_id, agency_id) WHERE left_at IS NULL;
CREATE INDEX case_partner_agency ON case_partner (agency_id) WHERE left_at IS NULL;
COMMENT ON TABLE case_partner IS 'A partner agency taking part in a case; what its staff may see still depends on consent.';
COMMENT ON COLUMN case_partner.case_id IS 'The case.';
COMMENT ON COLUMN case_partner.agency_id IS 'The partner agency.';
COMMENT ON COLUMN case_partner.role IS 'What the partner does in the case (e.g. psychological support).';
COMMENT ON COLUMN case_partner.added_by IS 'Staff member who added the partner.';
COMMENT ON COLUMN case_partner.joined_at IS 'When the partner joined.';
COMMENT ON COLUMN case_partner.left_at IS 'When the partner left; NULL while active.';
COMMENT ON COLUMN case_partner.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN case_partner.created_at IS 'When the row was created.';
COMMENT ON COLUMN case_partner.updated_at IS 'When the row last changed.';

CREATE TABLE case_event (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id        uuid NOT NULL REFERENCES client_case(id),
  at             timestamptz NOT NULL,
  agency_id      uuid REFERENCES agency(id),
  actor_user_id  uuid REFERENCES staff_user(id),
  event_type     text NOT NULL,
  data_category  text,
  details        jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX case_event_case ON case_event (case_id, at);
COMMENT ON TABLE case_event IS 'The case timeline: everything that happened in the case, across agencies, in one view. Append-only.';
COMMENT ON COLUMN case_event.case_id IS 'The case.';
COMMENT ON COLUMN case_event.at IS 'When it happened.';
COMMENT ON COLUMN case_event.agency_id IS 'Agency where it happened.';
COMMENT ON COLUMN case_event.actor_user_id IS 'Staff member who did it.';
COMMENT ON COLUMN case_event.event_type IS 'What happened: case.opened, partner.joined, consent.recorded, status.changed, ...';
COMMENT ON COLUMN case_event.data_category IS 'Data category the event reveals, if any; hidden from viewers without access to it.';
COMMENT ON COLUMN case_event.details IS 'Structured details for display (codes, ids), never free text about the person.';

CREATE TABLE consent_record (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id             uuid NOT NULL REFERENCES person(id),
  recipient_agency_id   uuid NOT NULL REFERENCES agency(id),
  data_categories       text[] NOT NULL CHECK (cardinality(data_categories) > 0),
  purposes              text[] NOT NULL CHECK (cardinality(purposes) > 0),
  decision              text NOT NULL CHECK (decision IN ('given', 'refused')),
  valid_from            timestamptz NOT NULL,
  valid_until           timestamptz,
  recorded_by           uuid REFERENCES staff_user(id),
  recorded_by_agency_id uuid REFERENCES agency(id),
  recorded_at           timestamptz NOT NULL,
  evidence_type         text NOT NULL CHECK (evidence_type IN ('signed_form', 'portal_acceptance', 'verbal_witnessed')),
  evidence_file_name    text,
  evidence_content_type text,
  evidence_content      bytea,
  evidence_sha256       text,
  notice_language       text,
  withdrawn_at          timestamptz,
  withdrawn_by          uuid REFERENCES staff_user(id),
  withdrawal_reason     text,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until IS NULL OR valid_until > valid_from)
);
CREATE INDEX consent_record_person ON consent_record (person_id, recipient_agency_id);
COMMENT ON TABLE consent_record IS 'The client''s consent (or refusal) for one partner agency to use data categories for purposes; shaped after ISO/IEC TS 27560 consent records with W3C DPV purposes so it can be exchanged.';
COMMENT ON COLUMN consent_record.person_id IS 'Data subject who gave or refused consent.';
COMMENT ON COLUMN consent_record.recipient_agency_id IS 'Partner agency the consent is for (27560: recipient / data controller receiving).';
COMMENT ON COLUMN consent_record.data_categories IS 'OneDoor data categories covered (identity, contact, employment, education, benefits, health, addiction, domestic_violence, criminal_record, financial).';
COMMENT ON COLUMN consent_record.purposes IS 'Purposes covered: case_work, referral, evaluation (mapped to DPV purposes on export).';
COMMENT ON COLUMN consent_record.decision IS 'given or refused; a refusal is recorded so nobody asks again unprompted.';
COMMENT ON COLUMN consent_record.valid_from IS 'Start of validity.';
COMMENT ON COLUMN consent_record.valid_until IS 'Expiry; NULL means until withdrawn.';
COMMENT ON COLUMN consent_record.recorded_by IS 'Staff member who recorded it; NULL when the client accepted in the portal.';
COMMENT ON COLUMN consent_record.recorded_by_agency_id IS 'Agency of the staff member who recorded it.';
COMMENT ON COLUMN consent_record.recorded_at IS 'When it was recorded.';
COMMENT ON COLUMN consent_record.evidence_type IS 'signed_form (uploaded scan), portal_acceptance, or verbal_witnessed.';
COMMENT ON COLUMN consent_record.evidence_file_name IS 'File name of the uploaded signed form.';
COMMENT ON COLUMN consent_record.evidence_content_type IS 'Media type of the uploaded form (PDF or image).';
COMMENT ON COLUMN consent_record.evidence_content IS 'The uploaded signed form.';
COMMENT ON COLUMN consent_record.evidence_sha256 IS 'SHA-256 of the uploaded form, for integrity.';
COMMENT ON COLUMN consent_record.notice_language IS 'Language of the notice the client was given.';
COMMENT ON COLUMN consent_record.withdrawn_at IS 'When the client withdrew consent; effective immediately.';
COMMENT ON COLUMN consent_record.withdrawn_by IS 'Staff member who recorded the withdrawal (NULL if the client did it in the portal).';
COMMENT ON COLUMN consent_record.withdrawal_reason IS 'Reason the client gave, if any.';
COMMENT ON COLUMN consent_record.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN consent_record.created_at IS 'When the row was created.';
COMMENT ON COLUMN consent_record.updated_at IS 'When the row last changed.';

CREATE TABLE legal_basis (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id        uuid NOT NULL REFERENCES person(id),
  agency_id        uuid NOT NULL REFERENCES agency(id),
  data_categories  text[] NOT NULL CHECK (cardinality(data_categories) > 0),
  basis            text NOT NULL CHECK (basis IN ('legal_obligation', 'public_task', 'vital_interest', 'court_order')),
  reference        text NOT NULL,
  recorded_by      uuid REFERENCES staff_user(id),
  valid_from       timestamptz NOT NULL,
  valid_until      timestamptz,
  revoked_at       timestamptz,
  revoked_by       uuid REFERENCES staff_user(id),
  version          integer NOT NULL DEFAULT 1,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX legal_basis_person ON legal_basis (person_id, agency_id);
COMMENT ON TABLE legal_basis IS 'A legal basis other than consent for an agency to process data categories of a person (e.g. a child-protection duty), recorded with its legal reference.';
COMMENT ON COLUMN legal_basis.person_id IS 'The person concerned.';
COMMENT ON COLUMN legal_basis.agency_id IS 'Agency the basis applies to.';
COMMENT ON COLUMN legal_basis.data_categories IS 'Data categories it covers.';
COMMENT ON COLUMN legal_basis.basis IS 'GDPR-style basis: legal_obligation, public_task, vital_interest or court_order.';
COMMENT ON COLUMN legal_basis.reference IS 'Law, article or decision number that grants it.';
COMMENT ON COLUMN legal_basis.recorded_by IS 'Staff member who recorded it.';
COMMENT ON COLUMN legal_basis.valid_from IS 'Start of validity.';
COMMENT ON COLUMN legal_basis.valid_until IS 'End of validity, if limited.';
COMMENT ON COLUMN legal_basis.revoked_at IS 'When it was revoked.';
COMMENT ON COLUMN legal_basis.revoked_by IS 'Who revoked it.';
COMMENT ON COLUMN legal_basis.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN legal_basis.created_at IS 'When the row was created.';
COMMENT ON COLUMN legal_basis.updated_at IS 'When the row last changed.';

CREATE TABLE break_glass_grant (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id         uuid NOT NULL REFERENCES staff_user(id),
  person_id       uuid NOT NULL REFERENCES person(id),
  reason          text NOT NULL CHECK (length(reason) >= 20),
  granted_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  reviewed_by     uuid REFERENCES staff_user(id),
  reviewed_at     timestamptz,
  review_outcome  text CHECK (review_outcome IN ('justified', 'not_justified')),
  review_note     text,
  version         integer NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_at > granted_at)
);
CREATE INDEX break_glass_user_person ON break_glass_grant (user_id, person_id, expires_at);
CREATE INDEX break_glass_unreviewed ON break_glass_grant (granted_at) WHERE reviewed_at IS NULL;
COMMENT ON TABLE break_glass_grant IS 'Emergency access to a person''s full record outside the normal rules: typed reason, time-limited, and reviewed by the data protection officer.';
COMMENT ON COLUMN break_glass_grant.user_id IS 'Staff member who broke the glass.';
COMMENT ON COLUMN break_glass_grant.person_id IS 'Person whose record was opened.';
COMMENT ON COLUMN break_glass_grant.reason IS 'Reason typed by the staff member (at least 20 characters).';
COMMENT ON COLUMN break_glass_grant.granted_at IS 'When access began.';
COMMENT ON COLUMN break_glass_grant.expires_at IS 'When access ends automatically.';
COMMENT ON COLUMN break_glass_grant.reviewed_by IS 'Data protection officer who reviewed it.';
COMMENT ON COLUMN break_glass_grant.reviewed_at IS 'When it was reviewed; NULL = awaiting review.';
COMMENT ON COLUMN break_glass_grant.review_outcome IS 'justified or not_justified.';
COMMENT ON COLUMN break_glass_grant.review_note IS 'The officer''s note.';
COMMENT ON COLUMN break_glass_grant.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN break_glass_grant.created_at IS 'When the row was created.';
COMMENT ON COLUMN break_glass_grant.updated_at IS 'When the row last changed.';
