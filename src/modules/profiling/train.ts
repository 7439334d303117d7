/**
 * Training a new model version from the outcome history in OneDoor's own database: build
 * the examples, split them, refuse when there are too few, fit, evaluate on the held-out
 * set, and store the version with its report and held-out scores (audited). The new
 * version is not used for scoring until it is activated, unless asked for.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { AppError } from '../../server/errors';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import { dayOf } from './dates';
import { buildEpisodes, splitEpisodes, type Episode, type SplitMethod } from './episodes';
import { LONG_TERM_DAYS, selectFeatures, type ProtectedAttribute } from './features';
import { latestRegisterDay, loadHistories } from './history-repo';
import { fitLogistic, logit, sigmoid } from './logistic';
import { auc, brier, calibration } from './metrics';
import * as repo from './repo';

export interface TrainOptions {
  asOf?: string;
  from?: string;
  to?: string;
  split?: SplitMethod;
  heldOutShare?: number;
  seed?: number;
  l2?: number;
  mediumThreshold?: number;
  intensiveThreshold?: number;
  activate?: boolean;
  minimums?: Partial<Minimums>;
}

/** Below these a model's coefficients and its AUC are mostly noise: training refuses. */
export interface Minimums {
  training: number;
  trainingPerOutcome: number;
  heldOut: number;
  heldOutPerOutcome: number;
}
export const DEFAULT_MINIMUMS: Minimums = { training: 200, trainingPerOutcome: 30, heldOut: 50, heldOutPerOutcome: 10 };

export interface TrainDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
}

const positives = (es: readonly Episode[]) => es.filter((e) => e.longTerm).length;

function checkEnough(training: Episode[], heldOut: Episode[], min: Minimums) {
  const counts = {
    training: training.length, trainingLongTerm: positives(training), trainingShort: training.length - positives(training),
    heldOut: heldOut.length, heldOutLongTerm: positives(heldOut), heldOutShort: heldOut.length - positives(heldOut),
  };
  const enough =
    counts.training >= min.training && Math.min(counts.trainingLongTerm, counts.trainingShort) >= min.trainingPerOutcome &&
    counts.heldOut >= min.heldOut && Math.min(counts.heldOutLongTerm, counts.heldOutShort) >= min.heldOutPerOutcome;
  if (!enough) {
    const params = { ...counts, minTraining: min.training, minPerOutcome: min.trainingPerOutcome, minHeldOut: min.heldOut, minHeldOutPerOutcome: min.heldOutPerOutcome };
    throw new AppError('validation_failed', { fields: [{ field: 'window', code: 'profiling_too_little_data', params }], extra: { counts } });
  }
}

/**
 * Outcomes are read on the last day the register has news from, if that is before today:
 * when imports lag (or, in the demo, the data were generated on a fixed day) a spell that
 * ended unseen would otherwise count as still open, and long-term.
 */
async function defaultAsOf(db: Kysely<DB>, today: string) {
  const latest = await latestRegisterDay(db);
  return latest && latest < today ? latest : today;
}

export async function trainModel(deps: TrainDeps, actor: AuditActor, options: TrainOptions = {}): Promise<repo.ModelRow> {
  const { db, clock, audit } = deps;
  const asOf = options.asOf ?? (await defaultAsOf(db, dayOf(clock.now())));
  const method = options.split ?? 'chronological';
  const share = options.heldOutShare ?? 0.25;
  const seed = options.seed ?? 1;
  const l2 = options.l2 ?? 1;
  const medium = options.mediumThreshold ?? 0.3;
  const intensive = options.intensiveThreshold ?? 0.5;
  if (!(medium > 0 && medium <= intensive && intensive < 1)) throw new AppError('validation_failed', { fields: [{ field: 'intensiveThreshold', code: 'invalid' }] });

  const included = (await repo.listAttributes(db)).filter((a) => a.included).map((a) => a.attribute as ProtectedAttribute);
  const features = selectFeatures(included).map((f) => f.name);
  const episodes = buildEpisodes(await loadHistories(db), features, { asOf, from: options.from, to: options.to });
  const { training, heldOut, cutoff } = splitEpisodes(episodes, method, share, seed);
  checkEnough(training, heldOut, { ...DEFAULT_MINIMUMS, ...options.minimums });

  const d = features.length;
  const fit = fitLogistic({
    x: Float64Array.from(training.flatMap((e) => e.features)),
    y: Uint8Array.from(training.map((e) => (e.longTerm ? 1 : 0))),
    n: training.length,
    d,
  }, { l2 });
  const score = (e: Episode) => sigmoid(logit(fit.intercept, fit.coefficients, e.features));
  const heldOutScores = heldOut.map(score);
  const heldOutOutcomes = heldOut.map((e) => e.longTerm);
  const starts = episodes.map((e) => e.startedOn);

  return db.transaction().execute(async (trx) => {
    const now = clock.now();
    const number = await repo.nextModelNumber(trx);
    let model = await repo.insertModel(trx, {
      number,
      outcome_days: LONG_TERM_DAYS,
      features,
      protected_included: included,
      intercept: fit.intercept,
      coefficients: fit.coefficients,
      l2,
      iterations: fit.iterations,
      converged: fit.converged,
      as_of: asOf,
      window_from: starts[0]!,
      window_to: starts[starts.length - 1]!,
      split_method: method,
      split_seed: seed,
      held_out_share: share,
      split_cutoff: cutoff,
      training_size: training.length,
      training_positives: positives(training),
      held_out_size: heldOut.length,
      held_out_positives: positives(heldOut),
      auc_training: auc(training.map(score), training.map((e) => e.longTerm)),
      auc_held_out: auc(heldOutScores, heldOutOutcomes),
      brier_held_out: brier(heldOutScores, heldOutOutcomes),
      calibration: JSON.stringify(calibration(heldOutScores, heldOutOutcomes)),
      medium_threshold: medium,
      intensive_threshold: intensive,
      created_by: actor.userId ?? null,
      created_by_label: actor.userId ? null : (actor.label ?? 'system'),
      created_at: now,
      updated_at: now,
    });
    await repo.insertHeldOut(trx, heldOut.map((e, i) => ({
      model_id: model.id, score: heldOutScores[i]!, long_term: e.longTerm, sex: e.subgroups.sex, age_band: e.subgroups.ageBand,
      disability: e.subgroups.disability, municipality_code: e.subgroups.municipalityCode, region: e.subgroups.region, created_at: now, updated_at: now,
    })));
    await audit.record(trx, actor, {
      action: 'profiling.model.trained', subjectType: 'profiling_model', subjectId: model.id, purpose: 'evaluation',
      details: { number, features, protectedIncluded: included, trainingSize: training.length, heldOutSize: heldOut.length, aucHeldOut: model.auc_held_out },
    });
    if (options.activate) model = await activateModel(trx, audit, actor, model, now);
    return model;
  });
}

/** Makes a version the one that scores clients (audited); 409 when the caller's copy is stale. */
export async function activateModel(trx: Kysely<DB>, audit: AuditService, actor: AuditActor, model: repo.ModelRow, at: Date, expectedVersion = model.version) {
  const previous = await repo.activeModel(trx);
  const updated = await repo.activate(trx, model.id, expectedVersion, actor.userId ?? null, at);
  if (!updated) throw new AppError('version_conflict', { extra: { currentVersion: model.version } });
  await audit.record(trx, actor, {
    action: 'profiling.model.activated', subjectType: 'profiling_model', subjectId: model.id, purpose: 'administration',
    details: { number: model.number, previous: previous && previous.id !== model.id ? previous.number : null },
  });
  return updated;
}
