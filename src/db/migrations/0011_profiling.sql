-- Statistical profiling: versioned logistic-regression models of the risk of long-term
-- unemployment trained on OneDoor's own history, the held-out scores their fairness report
-- is computed from, and the administrator's explicit choice of protected attributes.

CREATE TABLE profiling_protected_attribute (
  attribute   text PRIMARY KEY CHECK (attribute IN ('sex', 'disability', 'ethnicity')),
  included    boolean NOT NULL DEFAULT false,
  reason      text,
  changed_by  uuid REFERENCES staff_user(id),
  changed_at  timestamptz,
  version     integer NOT NULL DEFAULT 1,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT included OR (reason IS NOT NULL AND changed_at IS NOT NULL))
);
COMMENT ON TABLE profiling_protected_attribute IS 'Whether a protected attribute may be an input of newly trained risk models. Off by default; only an administrator turns one on, with a reason, and every change is audited.';
COMMENT ON COLUMN profiling_protected_attribute.attribute IS 'sex, disability or ethnicity (ethnicity is not held by OneDoor and cannot be turned on).';
COMMENT ON COLUMN profiling_protected_attribute.included IS 'True when models trained from now on use the attribute as an input.';
COMMENT ON COLUMN profiling_protected_attribute.reason IS 'Why the administrator changed the setting (required to turn it on); no personal data.';
COMMENT ON COLUMN profiling_protected_attribute.changed_by IS 'Administrator who last changed the setting.';
COMMENT ON COLUMN profiling_protected_attribute.changed_at IS 'When the setting last changed.';
COMMENT ON COLUMN profiling_protected_attribute.version IS 'Optimistic concurrency counter.';
COMMENT ON COLUMN profiling_protected_attribute.created_at IS 'When the row was created.';
COMMENT ON COLUMN profiling_protected_attribute.updated_at IS 'When the row last changed.';
INSERT INTO profiling_protected_attribute (attribute) VALUES ('sex'), ('disability'), ('ethnicity');

CREATE TABLE profiling_model (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number                integer NOT NULL UNIQUE CHECK (number >= 1),
  active                boolean NOT NULL DEFAULT false,
  activated_at          timestamptz,
  activated_by          uuid REFERENCES staff_user(id),
  outcome_days          integer NOT NULL CHECK (outcome_days > 0),
  features              text[] NOT NULL,
  protected_included    text[] NOT NULL DEFAULT '{}',
  intercept             double precision NOT NULL,
  coefficients          double precision[] NOT NULL,
  l2                    double precision NOT NULL CHECK (l2 >= 0),
  iterations            integer NOT NULL,
  converged             boolean NOT NULL,
  as_of                 date NOT NULL,
  window_from           date NOT NULL,
  window_to             date NOT NULL,
  split_method          text NOT NULL CHECK (split_method IN ('chronological', 'hashed')),
  split_seed            integer NOT NULL,
  held_out_share        double precision NOT NULL CHECK (held_out_share > 0 AND held_out_share < 1),
  split_cutoff          date,
  training_size         integer NOT NULL,
  training_positives    integer NOT NULL,
  held_out_size         integer NOT NULL,
  held_out_positives    integer NOT NULL,
  auc_training          double precision,
  auc_held_out          double precision,
  brier_held_out        double precision NOT NULL,
  calibration           jsonb NOT NULL,
  medium_threshold      double precision NOT NULL,
  intensive_threshold   double precision NOT NULL,
  created_by            uuid REFERENCES staff_user(id),
  created_by_label      text,
  version               integer NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  CHECK (cardinality(features) = cardinality(coefficients)),
  CHECK (0 < medium_threshold AND medium_threshold <= intensive_threshold AND intensive_threshold < 1),
  CHECK (NOT active OR activated_at IS NOT NULL)
);
CREATE UNIQUE INDEX profiling_model_one_active ON profiling_model (active) WHERE active;
COMMENT ON TABLE profiling_model IS 'A trained version of the statistical risk model (logistic regression of long-term unemployment). Never changed after training except which version is active; scores and reports name the version.';
COMMENT ON COLUMN profiling_model.number IS 'Model version shown to users: 1, 2, 3...';
COMMENT ON COLUMN profiling_model.active IS 'True for the one version used to score clients; chosen explicitly by an administrator.';
COMMENT ON COLUMN profiling_model.activated_at IS 'When the version was last made active.';
COMMENT ON COLUMN profiling_model.activated_by IS 'Administrator who made it active; NULL when activated by the demo start-up or the command line.';
COMMENT ON COLUMN profiling_model.outcome_days IS 'The outcome predicted: still registered unemployed this many days after registration (365 = long-term).';
COMMENT ON COLUMN profiling_model.features IS 'Names of the input features, in the order of coefficients (catalogue in modules/profiling/features.ts).';
COMMENT ON COLUMN profiling_model.protected_included IS 'Protected attributes an administrator had turned on when the model was trained (empty: none is an input).';
COMMENT ON COLUMN profiling_model.intercept IS 'Log-odds of the reference person (all features zero).';
COMMENT ON COLUMN profiling_model.coefficients IS 'Log-odds coefficient of each feature, same order as features.';
COMMENT ON COLUMN profiling_model.l2 IS 'Ridge penalty used in fitting (coefficients shrunk towards zero).';
COMMENT ON COLUMN profiling_model.iterations IS 'Newton iterations the fit took.';
COMMENT ON COLUMN profiling_model.converged IS 'False if the fit stopped at the iteration limit.';
COMMENT ON COLUMN profiling_model.as_of IS 'Day the outcomes were read on: only spells registered at least a year before have a known outcome.';
COMMENT ON COLUMN profiling_model.window_from IS 'Earliest registration day of a spell in the training data.';
COMMENT ON COLUMN profiling_model.window_to IS 'Latest registration day of a spell in the training data.';
COMMENT ON COLUMN profiling_model.split_method IS 'chronological (the latest spells held out) or hashed (persons held out by a seeded hash of their id).';
COMMENT ON COLUMN profiling_model.split_seed IS 'Seed of the hashed split (recorded for chronological too); same data and seed, same model.';
COMMENT ON COLUMN profiling_model.held_out_share IS 'Share of spells (or persons) held out for evaluation.';
COMMENT ON COLUMN profiling_model.split_cutoff IS 'Chronological split: first registration day of the held-out set.';
COMMENT ON COLUMN profiling_model.training_size IS 'Spells the model was fitted on.';
COMMENT ON COLUMN profiling_model.training_positives IS 'Of which long-term.';
COMMENT ON COLUMN profiling_model.held_out_size IS 'Spells held out for evaluation.';
COMMENT ON COLUMN profiling_model.held_out_positives IS 'Of which long-term.';
COMMENT ON COLUMN profiling_model.auc_training IS 'Area under the ROC curve on the training set (optimistic).';
COMMENT ON COLUMN profiling_model.auc_held_out IS 'Area under the ROC curve on the held-out set: the honest measure of discrimination.';
COMMENT ON COLUMN profiling_model.brier_held_out IS 'Mean squared error of the predicted probability on the held-out set.';
COMMENT ON COLUMN profiling_model.calibration IS 'Held-out calibration table: bins by score (deciles) with count, score range, mean predicted and observed rate.';
COMMENT ON COLUMN profiling_model.medium_threshold IS 'Probability from which the risk band is medium.';
COMMENT ON COLUMN profiling_model.intensive_threshold IS 'Probability from which the risk band is high and intensive support is indicated (the selection rate in the fairness report).';
COMMENT ON COLUMN profiling_model.created_by IS 'Administrator who trained the model; NULL for the command line or the demo start-up.';
COMMENT ON COLUMN profiling_model.created_by_label IS 'Who trained it when no staff member did: cli or startup.';
COMMENT ON COLUMN profiling_model.version IS 'Optimistic concurrency counter (activation).';
COMMENT ON COLUMN profiling_model.created_at IS 'When the model was trained.';
COMMENT ON COLUMN profiling_model.updated_at IS 'When the row last changed.';

CREATE TABLE profiling_held_out_score (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  model_id           uuid NOT NULL REFERENCES profiling_model(id),
  score              double precision NOT NULL CHECK (score BETWEEN 0 AND 1),
  long_term          boolean NOT NULL,
  sex                text NOT NULL,
  age_band           text NOT NULL,
  disability         boolean NOT NULL,
  municipality_code  text,
  region             text,
  version            integer NOT NULL DEFAULT 1,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX profiling_held_out_score_model ON profiling_held_out_score (model_id);
COMMENT ON TABLE profiling_held_out_score IS 'One row per held-out spell of a model: its score, actual outcome and subgroups, so the fairness report is computed on exactly the evaluation data. Holds no person id or dates; reported only in aggregate with small groups suppressed. Written once at training.';
COMMENT ON COLUMN profiling_held_out_score.model_id IS 'The model that scored the spell.';
COMMENT ON COLUMN profiling_held_out_score.score IS 'Predicted probability of long-term unemployment.';
COMMENT ON COLUMN profiling_held_out_score.long_term IS 'Actual outcome: still unemployed 12 months after registration.';
COMMENT ON COLUMN profiling_held_out_score.sex IS 'Sex of the person (fairness subgroup, whether or not the model used it).';
COMMENT ON COLUMN profiling_held_out_score.age_band IS 'Age band at registration: under_25, 25_34, 35_49, 50_plus.';
COMMENT ON COLUMN profiling_held_out_score.disability IS 'Registered disability (fairness subgroup, whether or not the model used it).';
COMMENT ON COLUMN profiling_held_out_score.municipality_code IS 'Municipality of residence.';
COMMENT ON COLUMN profiling_held_out_score.region IS 'Region of that municipality.';
COMMENT ON COLUMN profiling_held_out_score.version IS 'Row version (rows are not edited; kept for the schema convention).';
COMMENT ON COLUMN profiling_held_out_score.created_at IS 'When the row was written (at training).';
COMMENT ON COLUMN profiling_held_out_score.updated_at IS 'When the row last changed.';
