-- The individual action plan (Job Integration Agreement): one living plan per case, kept
-- as numbered versions. A draft is edited; signing freezes a version; any change after
-- that is a new version that needs a new acknowledgment. Progress on actions (status,
-- result) is recorded against the plan without re-signing, with who changed what.
-- Goal types are a configurable list; the services the plan suggested, and what the
-- counsellor did with each, are kept for evaluation.

CREATE TABLE plan_goal_type (
  code        text PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('labour_market', 'social_inclusion')),
  label       jsonb NOT NULL,
  sort_order  integer NOT NULL DEFAULT 0,
  active      boolean NOT NULL DEFAULT true,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE plan_goal_type IS 'The configurable list of goals a plan may set: about ten labour-market goal types (the German four-phase model) and social-inclusion goals.';
COMMENT ON COLUMN plan_goal_type.code IS 'Stable code stored in plans.';
COMMENT ON COLUMN plan_goal_type.kind IS 'labour_market (the plan''s one main goal) or social_inclusion (any number beside it).';
COMMENT ON COLUMN plan_goal_type.label IS 'Name by language: {"en", "ru", "hy"}.';
COMMENT ON COLUMN plan_goal_type.sort_order IS 'Position in pick lists.';
COMMENT ON COLUMN plan_goal_type.active IS 'Inactive types stay readable in old plans but cannot be chosen.';
COMMENT ON COLUMN plan_goal_type.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN plan_goal_type.created_at IS 'When the row was created.';
COMMENT ON COLUMN plan_goal_type.updated_at IS 'When the row last changed.';

INSERT INTO plan_goal_type (code, kind, label, sort_order) VALUES
  ('job_same_occupation', 'labour_market', '{"en": "Job in the previous occupation", "ru": "Работа по прежней профессии", "hy": "Աշխատանք նախկին մասնագիտությամբ"}', 10),
  ('job_new_occupation', 'labour_market', '{"en": "Job in a new occupation", "ru": "Работа по новой профессии", "hy": "Աշխատանք նոր մասնագիտությամբ"}', 20),
  ('vocational_training', 'labour_market', '{"en": "Complete vocational training or retraining", "ru": "Пройти профессиональное обучение или переподготовку", "hy": "Անցնել մասնագիտական ուսուցում կամ վերապատրաստում"}', 30),
  ('qualification_recognition', 'labour_market', '{"en": "Recognition of a qualification", "ru": "Признание квалификации", "hy": "Որակավորման ճանաչում"}', 40),
  ('self_employment', 'labour_market', '{"en": "Self-employment or starting a business", "ru": "Самозанятость или открытие своего дела", "hy": "Ինքնազբաղվածություն կամ սեփական գործի հիմնում"}', 50),
  ('subsidised_employment', 'labour_market', '{"en": "Subsidised employment", "ru": "Субсидируемая занятость", "hy": "Սուբսիդավորվող զբաղվածություն"}', 60),
  ('work_experience', 'labour_market', '{"en": "Work experience or internship", "ru": "Трудовой опыт или стажировка", "hy": "Աշխատանքային փորձ կամ պրակտիկա"}', 70),
  ('education_return', 'labour_market', '{"en": "Return to education", "ru": "Возвращение к учёбе", "hy": "Վերադարձ կրթության"}', 80),
  ('stabilisation', 'labour_market', '{"en": "Stabilise the situation before job search", "ru": "Стабилизировать положение перед поиском работы", "hy": "Կայունացնել իրավիճակը մինչև աշխատանքի որոնումը"}', 90),
  ('sheltered_employment', 'labour_market', '{"en": "Supported or sheltered employment", "ru": "Сопровождаемая или защищённая занятость", "hy": "Աջակցվող կամ պաշտպանված զբաղվածություն"}', 100),
  ('housing_secured', 'social_inclusion', '{"en": "Secure housing", "ru": "Обеспечить жильё", "hy": "Ապահովել բնակարան"}', 110),
  ('debt_managed', 'social_inclusion', '{"en": "Bring debts under control", "ru": "Урегулировать долги", "hy": "Կարգավորել պարտքերը"}', 120),
  ('health_treatment', 'social_inclusion', '{"en": "Start or continue treatment", "ru": "Начать или продолжить лечение", "hy": "Սկսել կամ շարունակել բուժումը"}', 130),
  ('childcare_arranged', 'social_inclusion', '{"en": "Arrange childcare or care for a relative", "ru": "Организовать уход за детьми или родственником", "hy": "Կազմակերպել երեխաների կամ հարազատի խնամքը"}', 140),
  ('language_learning', 'social_inclusion', '{"en": "Learn the official language", "ru": "Выучить государственный язык", "hy": "Սովորել պետական լեզուն"}', 150),
  ('social_contacts', 'social_inclusion', '{"en": "Build social contacts and daily structure", "ru": "Наладить социальные связи и распорядок дня", "hy": "Ստեղծել սոցիալական կապեր և առօրյա կառուցվածք"}', 160);

CREATE TABLE action_plan (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id     uuid NOT NULL UNIQUE REFERENCES client_case(id),
  person_id   uuid NOT NULL REFERENCES person(id),
  created_by  uuid NOT NULL REFERENCES staff_user(id),
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE action_plan IS 'The one individual action plan (Job Integration Agreement) of an integrated case: who does what by when. Its content lives in numbered versions.';
COMMENT ON COLUMN action_plan.case_id IS 'The case; one plan per case.';
COMMENT ON COLUMN action_plan.person_id IS 'The client (copied from the case so the access policy can decide without a join).';
COMMENT ON COLUMN action_plan.created_by IS 'Staff member who started the plan.';
COMMENT ON COLUMN action_plan.version IS 'Optimistic concurrency counter of the plan as a whole: every new version, draft edit, signature and progress change bumps it.';
COMMENT ON COLUMN action_plan.created_at IS 'When the plan was started.';
COMMENT ON COLUMN action_plan.updated_at IS 'When anything in the plan last changed.';

CREATE TABLE action_plan_version (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id           uuid NOT NULL REFERENCES action_plan(id),
  number            integer NOT NULL CHECK (number >= 1),
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed', 'superseded')),
  content           jsonb NOT NULL,
  review_note       text,
  created_by        uuid NOT NULL REFERENCES staff_user(id),
  updated_by        uuid NOT NULL REFERENCES staff_user(id),
  signed_at         timestamptz,
  signature_method  text CHECK (signature_method IN ('on_screen', 'portal', 'paper')),
  signed_name       text,
  witnessed_by      uuid REFERENCES staff_user(id),
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number),
  CHECK ((status = 'draft') = (signed_at IS NULL)),
  CHECK (signed_at IS NULL OR (signature_method IS NOT NULL AND signed_name IS NOT NULL))
);
CREATE UNIQUE INDEX action_plan_version_one_draft ON action_plan_version (plan_id) WHERE status = 'draft';
COMMENT ON TABLE action_plan_version IS 'One version of a plan. A draft is edited; signing freezes it (never changed again); a review starts a new draft from the latest version, so the history shows what changed between versions.';
COMMENT ON COLUMN action_plan_version.plan_id IS 'The plan.';
COMMENT ON COLUMN action_plan_version.number IS 'Version number within the plan: 1, 2, 3...';
COMMENT ON COLUMN action_plan_version.status IS 'draft (being agreed; at most one per plan), signed (acknowledged by the client: frozen, the one in force) or superseded (an older signed version).';
COMMENT ON COLUMN action_plan_version.content IS 'The plan document, validated by modules/plans/schema-content.ts: assessment summary, goals, minimum service offer, actions (stable ids across versions) with owner, service and due date, mutual obligations with measurable targets, the named case manager, review frequency and next review date.';
COMMENT ON COLUMN action_plan_version.review_note IS 'Why this version was made (the review''s summary); NULL for the first version.';
COMMENT ON COLUMN action_plan_version.created_by IS 'Staff member who started the version.';
COMMENT ON COLUMN action_plan_version.updated_by IS 'Staff member who last changed the draft.';
COMMENT ON COLUMN action_plan_version.signed_at IS 'When the client acknowledged the version.';
COMMENT ON COLUMN action_plan_version.signature_method IS 'on_screen (with the counsellor), portal (later, by the client) or paper (signed form).';
COMMENT ON COLUMN action_plan_version.signed_name IS 'The name the client signed with.';
COMMENT ON COLUMN action_plan_version.witnessed_by IS 'The staff member present at an on-screen or paper signature.';
COMMENT ON COLUMN action_plan_version.version IS 'Optimistic concurrency counter of this version (draft edits, signing).';
COMMENT ON COLUMN action_plan_version.created_at IS 'When the version was started.';
COMMENT ON COLUMN action_plan_version.updated_at IS 'When the version last changed.';

CREATE TABLE plan_action_progress (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id     uuid NOT NULL REFERENCES action_plan(id),
  action_id   uuid NOT NULL,
  status      text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  result      text,
  changed_by  uuid NOT NULL REFERENCES staff_user(id),
  changed_at  timestamptz NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_action_progress_action ON plan_action_progress (plan_id, action_id, changed_at);
COMMENT ON TABLE plan_action_progress IS 'Append-only history of the progress of plan actions: each row is a status (and result) someone recorded. The latest row per action is its current status; an action without rows is planned.';
COMMENT ON COLUMN plan_action_progress.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_action_progress.action_id IS 'The action''s stable id within the plan content.';
COMMENT ON COLUMN plan_action_progress.status IS 'planned, in_progress, done or cancelled.';
COMMENT ON COLUMN plan_action_progress.result IS 'What came of it (done) or why not (cancelled), free text.';
COMMENT ON COLUMN plan_action_progress.changed_by IS 'Staff member who recorded it.';
COMMENT ON COLUMN plan_action_progress.changed_at IS 'When it was recorded.';
COMMENT ON COLUMN plan_action_progress.created_at IS 'When the row was written.';

CREATE TABLE plan_suggestion (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id       uuid NOT NULL REFERENCES action_plan(id),
  service_id    uuid NOT NULL REFERENCES service(id),
  rank          integer NOT NULL CHECK (rank >= 1),
  score         numeric(8, 4) NOT NULL,
  reasons       jsonb NOT NULL,
  decision      text NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'accepted', 'ignored')),
  action_id     uuid,
  decided_by    uuid REFERENCES staff_user(id),
  decided_at    timestamptz,
  suggested_at  timestamptz NOT NULL,
  version       integer NOT NULL DEFAULT 1,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, service_id),
  CHECK ((decision = 'pending') = (decided_at IS NULL)),
  CHECK (decision <> 'accepted' OR action_id IS NOT NULL)
);
COMMENT ON TABLE plan_suggestion IS 'Services the system suggested for a plan from the client''s barriers, segment and municipality (the "strategy suggested by the system" step), and what the counsellor did with each: kept to evaluate whether suggestions help.';
COMMENT ON COLUMN plan_suggestion.plan_id IS 'The plan.';
COMMENT ON COLUMN plan_suggestion.service_id IS 'The suggested service.';
COMMENT ON COLUMN plan_suggestion.rank IS 'Position in the list when last suggested (1 = best).';
COMMENT ON COLUMN plan_suggestion.score IS 'Ranking score when last suggested.';
COMMENT ON COLUMN plan_suggestion.reasons IS 'Why it was suggested: barriers it addresses, place, language, free places.';
COMMENT ON COLUMN plan_suggestion.decision IS 'pending, accepted (became a plan action, possibly edited) or ignored.';
COMMENT ON COLUMN plan_suggestion.action_id IS 'The plan action an accepted suggestion became.';
COMMENT ON COLUMN plan_suggestion.decided_by IS 'Counsellor who decided.';
COMMENT ON COLUMN plan_suggestion.decided_at IS 'When they decided.';
COMMENT ON COLUMN plan_suggestion.suggested_at IS 'When the service was last suggested.';
COMMENT ON COLUMN plan_suggestion.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN plan_suggestion.created_at IS 'When the row was created.';
COMMENT ON COLUMN plan_suggestion.updated_at IS 'When the row last changed.';
