/**
 * The model's inputs: only what OneDoor holds on the day an unemployment spell starts, so
 * the score can be given at registration and the model never learns from the future.
 * One function computes them for training and for scoring, so the two cannot drift apart.
 *
 * Protected attributes (sex, disability, ethnicity) are listed here but left out of every
 * model unless an administrator has turned them on (profiling_protected_attribute). Some
 * things that proxy them are deliberately absent: the disability pension (health), the
 * child care allowance (sex) and the interpreter flag (ethnic origin). Ethnicity is not
 * held in OneDoor at all, so it can never be an input.
 */
import type { DataCategory } from '../access/data-categories';
import { addDays, ageOn, daysBetween } from './dates';

export const PROTECTED_ATTRIBUTES = ['sex', 'disability', 'ethnicity'] as const;
export type ProtectedAttribute = (typeof PROTECTED_ATTRIBUTES)[number];
/** Protected attributes OneDoor records (person.sex, person.disability). */
export const HELD_PROTECTED: readonly ProtectedAttribute[] = ['sex', 'disability'];

/** Long-term unemployment: still registered twelve months (365 days) after registration. */
export const LONG_TERM_DAYS = 365;
/** How far back earlier spells count: registers rarely hold more, and older spells matter less. */
const LOOKBACK_YEARS = 5;
/** The region of the capital: living elsewhere stands for the thinner local labour market. */
export const CAPITAL_REGION = 'Yerevan';
const SOCIAL_ASSISTANCE = new Set(['family_benefit', 'social_assistance']);

export interface PaidBenefit {
  type: string;
  startedOn: string;
  endedOn: string | null;
  /** Set when the benefit is paid to the person's household: it counts while they were a member. */
  membership: { joinedOn: string; leftOn: string | null } | null;
}

/** Everything the features are computed from, for one person. */
export interface PersonHistory {
  personId: string;
  birthDate: string;
  sex: string;
  disability: boolean;
  educationLevel: string | null;
  municipalityCode: string | null;
  region: string | null;
  /** Registered unemployment, oldest first. */
  spells: { startedOn: string; endedOn: string | null }[];
  benefits: PaidBenefit[];
}

export interface FeatureDef {
  name: string;
  /** The data category the value reveals: a viewer must see it to see the score. */
  category: DataCategory;
  protectedAttribute?: ProtectedAttribute;
  value(h: PersonHistory, day: string): number;
}

const flag = (b: boolean) => (b ? 1 : 0);
export type AgeBand = 'under_25' | '25_34' | '35_49' | '50_plus';
export function ageBand(age: number): AgeBand {
  return age < 25 ? 'under_25' : age < 35 ? '25_34' : age < 50 ? '35_49' : '50_plus';
}
const bandOn = (h: PersonHistory, day: string) => ageBand(ageOn(h.birthDate, day));

const EDUCATION_LOW = new Set(['none', 'primary', 'lower_secondary']);
const EDUCATION_TERTIARY = new Set(['bachelor', 'master_or_higher']);

function earlierSpells(h: PersonHistory, day: string) {
  // The same day five years before, as a string: compared, never parsed (29 Feb is harmless).
  const since = `${String(Number(day.slice(0, 4)) - LOOKBACK_YEARS).padStart(4, '0')}${day.slice(4)}`;
  return h.spells.filter((s) => s.startedOn < day && s.startedOn >= since);
}

const paidOn = (b: PaidBenefit, day: string) =>
  b.startedOn <= day && (b.endedOn === null || b.endedOn >= day) &&
  (b.membership === null || (b.membership.joinedOn <= day && (b.membership.leftOn === null || b.membership.leftOn >= day)));

/**
 * In a fixed order; the reference groups (age 25–34, upper secondary or vocational
 * education, living in the capital) have no column: a coefficient is the difference from them.
 */
export const FEATURES: readonly FeatureDef[] = [
  { name: 'age_under_25', category: 'identity', value: (h, d) => flag(bandOn(h, d) === 'under_25') },
  { name: 'age_35_49', category: 'identity', value: (h, d) => flag(bandOn(h, d) === '35_49') },
  { name: 'age_50_plus', category: 'identity', value: (h, d) => flag(bandOn(h, d) === '50_plus') },
  { name: 'education_low', category: 'education', value: (h) => flag(EDUCATION_LOW.has(h.educationLevel ?? '')) },
  { name: 'education_tertiary', category: 'education', value: (h) => flag(EDUCATION_TERTIARY.has(h.educationLevel ?? '')) },
  { name: 'education_unknown', category: 'education', value: (h) => flag(h.educationLevel === null) },
  // Capped: the fourth earlier spell says little more than the third.
  { name: 'earlier_spells', category: 'employment', value: (h, d) => Math.min(earlierSpells(h, d).length, 3) },
  {
    name: 'earlier_long_term', category: 'employment',
    value: (h, d) => flag(earlierSpells(h, d).some((s) => daysBetween(s.startedOn, s.endedOn ?? d) >= LONG_TERM_DAYS)),
  },
  {
    // Granted in the first month of registration, so known when the first plan is made.
    name: 'unemployment_benefit', category: 'benefits',
    value: (h, d) => flag(h.benefits.some((b) => b.type === 'unemployment_benefit' && b.startedOn >= d && b.startedOn <= addDays(d, 30))),
  },
  { name: 'social_assistance', category: 'benefits', value: (h, d) => flag(h.benefits.some((b) => SOCIAL_ASSISTANCE.has(b.type) && paidOn(b, d))) },
  { name: 'outside_capital', category: 'contact', value: (h) => flag(h.region !== null && h.region !== CAPITAL_REGION) },
  { name: 'female', category: 'identity', protectedAttribute: 'sex', value: (h) => flag(h.sex === 'female') },
  { name: 'disability', category: 'health', protectedAttribute: 'disability', value: (h) => flag(h.disability) },
];

/** The features of a model trained with these protected attributes turned on, in catalogue order. */
export function selectFeatures(protectedIncluded: readonly ProtectedAttribute[]): FeatureDef[] {
  return FEATURES.filter((f) => !f.protectedAttribute || protectedIncluded.includes(f.protectedAttribute));
}

const BY_NAME = new Map(FEATURES.map((f) => [f.name, f]));

export function featureByName(name: string): FeatureDef {
  const f = BY_NAME.get(name);
  if (!f) throw new Error(`unknown profiling feature ${name}`);
  return f;
}

/** Feature values of a person as of a day, in the order of `names`. */
export function featureValues(names: readonly string[], h: PersonHistory, day: string): number[] {
  return names.map((n) => featureByName(n).value(h, day));
}

/** The subgroups a fairness report breaks scores down by: recorded whatever the model's inputs. */
export interface Subgroups {
  sex: string;
  ageBand: AgeBand;
  disability: boolean;
  municipalityCode: string | null;
  region: string | null;
}

export const subgroupsOf = (h: PersonHistory, day: string): Subgroups => ({
  sex: h.sex, ageBand: bandOn(h, day), disability: h.disability, municipalityCode: h.municipalityCode, region: h.region,
});
