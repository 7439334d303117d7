-- Holistic needs assessment and profiling: versioned instruments and segmentation rules
-- (data, not code), assessments of a case with the interview, the client's self-assessment
-- and a specialist section kept apart, the barriers found, and the profiling results
-- (rules-based, statistical, counsellor) shown together.

CREATE TABLE assessment_definition (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind          text NOT NULL CHECK (kind IN ('instrument', 'segment_rules')),
  number        integer NOT NULL CHECK (number >= 1),
  status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
  definition    jsonb NOT NULL,
  created_by    uuid REFERENCES staff_user(id),
  published_at  timestamptz,
  published_by  uuid REFERENCES staff_user(id),
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (kind, number),
  CHECK ((status = 'draft') = (published_at IS NULL))
);
CREATE UNIQUE INDEX assessment_definition_current ON assessment_definition (kind) WHERE status = 'published';
COMMENT ON TABLE assessment_definition IS 'Versions of the assessment instrument and of the segmentation rules, as JSON an administrator edits. A published version is never changed again: assessments and profiling results point to the version they used.';
COMMENT ON COLUMN assessment_definition.kind IS 'instrument (questions by domain, scoring, barriers) or segment_rules (rules-based segmentation and re-assessment intervals).';
COMMENT ON COLUMN assessment_definition.number IS 'Version number within the kind: 1, 2, 3...';
COMMENT ON COLUMN assessment_definition.status IS 'draft (editable), published (the current one; at most one per kind) or retired (replaced by a newer one, kept for old assessments).';
COMMENT ON COLUMN assessment_definition.definition IS 'The definition, validated by modules/assessment/schema-instrument.ts or schema-rules.ts; texts in en, ru and hy.';
COMMENT ON COLUMN assessment_definition.created_by IS 'Administrator who created the version; NULL for versions shipped with OneDoor.';
COMMENT ON COLUMN assessment_definition.published_at IS 'When the version became current.';
COMMENT ON COLUMN assessment_definition.published_by IS 'Administrator who published it; NULL for versions shipped with OneDoor.';
COMMENT ON COLUMN assessment_definition.version IS 'Optimistic concurrency counter (editing a draft, publishing).';
COMMENT ON COLUMN assessment_definition.created_at IS 'When the version was created.';
COMMENT ON COLUMN assessment_definition.updated_at IS 'When the row last changed.';

CREATE TABLE assessment (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id              uuid NOT NULL REFERENCES client_case(id),
  person_id            uuid NOT NULL REFERENCES person(id),
  instrument_id        uuid NOT NULL REFERENCES assessment_definition(id),
  status               text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'finalised')),
  started_by           uuid NOT NULL REFERENCES staff_user(id),
  started_at           timestamptz NOT NULL,
  finalised_by         uuid REFERENCES staff_user(id),
  finalised_at         timestamptz,
  scores               jsonb,
  final_segment        text CHECK (final_segment IN ('self_service', 'standard', 'intensive', 'specialist')),
  reassessment_due_on  date,
  version              integer NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'finalised') = (finalised_at IS NOT NULL))
);
CREATE UNIQUE INDEX assessment_one_in_progress ON assessment (case_id) WHERE status = 'in_progress';
CREATE INDEX assessment_case ON assessment (case_id, started_at);
CREATE INDEX assessment_due ON assessment (reassessment_due_on) WHERE status = 'finalised';
COMMENT ON TABLE assessment IS 'A holistic needs assessment of a client within their case, answered on one instrument version. Finalised assessments are not changed; a re-assessment is a new row.';
COMMENT ON COLUMN assessment.case_id IS 'The case the assessment belongs to.';
COMMENT ON COLUMN assessment.person_id IS 'The client (copied from the case so the access policy can decide without a join).';
COMMENT ON COLUMN assessment.instrument_id IS 'The instrument version the questions were answered on; kept when newer versions are published.';
COMMENT ON COLUMN assessment.status IS 'in_progress (answers autosaved, resumable) or finalised (every required answer given; barriers and segment computed).';
COMMENT ON COLUMN assessment.started_by IS 'Staff member who started the assessment.';
COMMENT ON COLUMN assessment.started_at IS 'When it was started.';
COMMENT ON COLUMN assessment.finalised_by IS 'Staff member who finalised it.';
COMMENT ON COLUMN assessment.finalised_at IS 'When it was finalised; re-assessment intervals count from here.';
COMMENT ON COLUMN assessment.scores IS 'Need score per section at finalising: {"<sectionId>": {"score": n, "max": n}}; higher means more need.';
COMMENT ON COLUMN assessment.final_segment IS 'Segment in force: the counsellor''s choice, or the rules-based segment until the counsellor decides.';
COMMENT ON COLUMN assessment.reassessment_due_on IS 'When the next re-assessment is due (finalising date plus the interval of the final segment).';
COMMENT ON COLUMN assessment.version IS 'Optimistic concurrency counter of the assessment itself (finalising, segment decision).';
COMMENT ON COLUMN assessment.created_at IS 'When the row was created.';
COMMENT ON COLUMN assessment.updated_at IS 'When the row last changed.';

CREATE TABLE assessment_answer_set (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id  uuid NOT NULL REFERENCES assessment(id),
  part           text NOT NULL CHECK (part IN ('interview', 'self', 'specialist')),
  answers        jsonb NOT NULL DEFAULT '{}',
  channel        text NOT NULL DEFAULT 'staff_assisted' CHECK (channel IN ('staff_assisted', 'portal')),
  updated_by     uuid REFERENCES staff_user(id),
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, part)
);
COMMENT ON TABLE assessment_answer_set IS 'The answers of one part of an assessment, each part with its own version so the client''s self-assessment and the interview never overwrite each other.';
COMMENT ON COLUMN assessment_answer_set.assessment_id IS 'The assessment.';
COMMENT ON COLUMN assessment_answer_set.part IS 'interview (case manager with the client), self (the client''s own view) or specialist (e.g. a psychologist''s section).';
COMMENT ON COLUMN assessment_answer_set.answers IS 'Map of question id to answer; free-text answers are AES-256-GCM ciphertext (server/crypto.ts). Shown per section only where the section''s data category is allowed.';
COMMENT ON COLUMN assessment_answer_set.channel IS 'How the answers were entered: staff_assisted, or portal (the client online, later).';
COMMENT ON COLUMN assessment_answer_set.updated_by IS 'Staff member who last saved answers in this part.';
COMMENT ON COLUMN assessment_answer_set.version IS 'Optimistic concurrency counter: every autosave sends the version it read.';
COMMENT ON COLUMN assessment_answer_set.created_at IS 'When the part was created.';
COMMENT ON COLUMN assessment_answer_set.updated_at IS 'When answers were last saved.';

CREATE TABLE assessment_barrier (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id  uuid NOT NULL REFERENCES assessment(id),
  barrier        text NOT NULL,
  severity       text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  section_id     text NOT NULL,
  data_category  text NOT NULL,
  question_ids   text[] NOT NULL,
  version        integer NOT NULL DEFAULT 1,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, barrier)
);
COMMENT ON TABLE assessment_barrier IS 'Barriers to work found by a finalised assessment, computed from its answers by the instrument''s barrier rules.';
COMMENT ON COLUMN assessment_barrier.assessment_id IS 'The assessment.';
COMMENT ON COLUMN assessment_barrier.barrier IS 'Barrier code from the instrument (e.g. no_childcare); its label is in the instrument version.';
COMMENT ON COLUMN assessment_barrier.severity IS 'Highest severity any answer gave it: low, medium or high.';
COMMENT ON COLUMN assessment_barrier.section_id IS 'Instrument section (domain) whose answers raised it.';
COMMENT ON COLUMN assessment_barrier.data_category IS 'Data category of that section; the barrier is shown only where the category is allowed.';
COMMENT ON COLUMN assessment_barrier.question_ids IS 'Questions whose answers raised it.';
COMMENT ON COLUMN assessment_barrier.version IS 'Optimistic concurrency counter (barriers are written once, at finalising).';
COMMENT ON COLUMN assessment_barrier.created_at IS 'When the barrier was recorded.';
COMMENT ON COLUMN assessment_barrier.updated_at IS 'When the row last changed.';

CREATE TABLE profiling_result (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  assessment_id              uuid NOT NULL REFERENCES assessment(id),
  kind                       text NOT NULL CHECK (kind IN ('rules', 'statistical', 'counsellor')),
  segment                    text CHECK (segment IN ('self_service', 'standard', 'intensive', 'specialist')),
  score                      numeric(6, 5) CHECK (score BETWEEN 0 AND 1),
  rule_set_id                uuid REFERENCES assessment_definition(id),
  model_version              text,
  reasons                    jsonb NOT NULL DEFAULT '[]',
  overrides_rules            boolean,
  override_reason_encrypted  text,
  decided_by                 uuid REFERENCES staff_user(id),
  decided_at                 timestamptz NOT NULL,
  version                    integer NOT NULL DEFAULT 1,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assessment_id, kind),
  CHECK (kind <> 'counsellor' OR (segment IS NOT NULL AND overrides_rules IS NOT NULL AND decided_by IS NOT NULL)),
  CHECK (NOT coalesce(overrides_rules, false) OR override_reason_encrypted IS NOT NULL)
);
CREATE INDEX profiling_result_decider ON profiling_result (decided_by, decided_at) WHERE kind = 'counsellor';
COMMENT ON TABLE profiling_result IS 'The three kinds of profiling of one assessment, shown together with their reasons: rules-based segment, statistical risk score, and the counsellor''s final choice.';
COMMENT ON COLUMN profiling_result.assessment_id IS 'The assessment profiled.';
COMMENT ON COLUMN profiling_result.kind IS 'rules (segment from the segmentation rules), statistical (risk of long-term unemployment from a trained model) or counsellor (the final segment chosen by the counsellor).';
COMMENT ON COLUMN profiling_result.segment IS 'Segment proposed (rules) or chosen (counsellor); NULL for a statistical score without a segment.';
COMMENT ON COLUMN profiling_result.score IS 'Statistical kind: probability of long-term unemployment, 0 to 1.';
COMMENT ON COLUMN profiling_result.rule_set_id IS 'Rules kind: the segmentation rules version applied.';
COMMENT ON COLUMN profiling_result.model_version IS 'Statistical kind: the model version that scored.';
COMMENT ON COLUMN profiling_result.reasons IS 'Why: for rules the matching rule and its conditions with the client''s values (each with its data categories); for statistical the per-factor contributions.';
COMMENT ON COLUMN profiling_result.overrides_rules IS 'Counsellor kind: true when the chosen segment differs from the rules-based one (overrides are counted per counsellor and subgroup).';
COMMENT ON COLUMN profiling_result.override_reason_encrypted IS 'Counsellor kind: why the counsellor overrode the rules, AES-256-GCM ciphertext; required when overriding.';
COMMENT ON COLUMN profiling_result.decided_by IS 'Counsellor kind: who chose the segment; NULL for computed kinds.';
COMMENT ON COLUMN profiling_result.decided_at IS 'When the result was computed or decided.';
COMMENT ON COLUMN profiling_result.version IS 'Optimistic concurrency counter (the counsellor may revise the choice).';
COMMENT ON COLUMN profiling_result.created_at IS 'When the row was created.';
COMMENT ON COLUMN profiling_result.updated_at IS 'When the row last changed.';
