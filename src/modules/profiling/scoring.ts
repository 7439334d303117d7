/**
 * Scoring one person with a model, with the reasons: every factor's contribution to the
 * log-odds is its coefficient × the person's value, so the intercept plus the
 * contributions is exactly the logit the probability comes from ("why this score").
 * No access check here: the service decides who may see a score (scorePerson is for
 * other modules' services, which check access themselves).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { AppError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { dayOf } from './dates';
import { featureByName, type PersonHistory } from './features';
import { loadHistories } from './history-repo';
import { logit as linear, sigmoid } from './logistic';
import * as repo from './repo';

export type Band = 'low' | 'medium' | 'high';

export interface Contribution {
  factor: string;
  category: DataCategory;
  value: number;
  coefficient: number;
  /** coefficient × value, in log-odds. */
  contribution: number;
}

export interface RiskScore {
  personId: string;
  model: { id: string; number: number; mediumThreshold: number; intensiveThreshold: number };
  at: string;
  /** The day the features are taken from: the start of the current spell, or `at` when none is open. */
  referenceDay: string;
  basis: 'current_spell' | 'new_registration';
  intercept: number;
  logit: number;
  probability: number;
  band: Band;
  /** Largest effect first. */
  contributions: Contribution[];
}

type ScoringModel = Pick<repo.ModelRow, 'id' | 'number' | 'features' | 'coefficients' | 'intercept' | 'medium_threshold' | 'intensive_threshold'>;

export const bandOf = (p: number, model: Pick<ScoringModel, 'medium_threshold' | 'intensive_threshold'>): Band =>
  p >= model.intensive_threshold ? 'high' : p >= model.medium_threshold ? 'medium' : 'low';

/** The open spell on `at`, if any: its first day is what the model was trained on. */
function referenceOf(h: PersonHistory, at: string) {
  const open = h.spells.find((s) => s.startedOn <= at && (s.endedOn === null || s.endedOn >= at));
  return open ? { day: open.startedOn, basis: 'current_spell' as const } : { day: at, basis: 'new_registration' as const };
}

export function scoreHistory(model: ScoringModel, h: PersonHistory, at: string): RiskScore {
  const { day, basis } = referenceOf(h, at);
  const contributions = model.features.map((factor, i) => {
    const def = featureByName(factor);
    const value = def.value(h, day);
    const coefficient = model.coefficients[i]!;
    return { factor, category: def.category, value, coefficient, contribution: coefficient * value };
  });
  const z = linear(model.intercept, model.coefficients, contributions.map((c) => c.value));
  const probability = sigmoid(z);
  return {
    personId: h.personId,
    model: { id: model.id, number: model.number, mediumThreshold: model.medium_threshold, intensiveThreshold: model.intensive_threshold },
    at,
    referenceDay: day,
    basis,
    intercept: model.intercept,
    logit: z,
    probability,
    band: bandOf(probability, model),
    contributions: contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.factor.localeCompare(b.factor)),
  };
}

/**
 * The risk of long-term unemployment of a person on a day, by the active model (or the
 * given one). null when no model is active; not_found when the person does not exist.
 */
export async function scorePerson(db: Kysely<DB>, personId: string, at: string | Date, model?: ScoringModel): Promise<RiskScore | null> {
  const chosen = model ?? (await repo.activeModel(db));
  if (!chosen) return null;
  const [history] = await loadHistories(db, [personId]);
  if (!history) throw new AppError('not_found');
  return scoreHistory(chosen, history, typeof at === 'string' ? at : dayOf(at));
}
