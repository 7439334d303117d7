/** Database rows and computed results shaped into the API's responses, with translated labels. */
import type { Language } from '../../i18n';
import type { CalibrationBin } from './metrics';
import { featureByName, HELD_PROTECTED, type ProtectedAttribute } from './features';
import type { GroupStats } from './fairness';
import { label } from './labels';
import type * as repo from './repo';
import type { AttributeView, ModelReport, RiskView } from './schema';
import type { RiskScore } from './scoring';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const attributes = (values: readonly string[]) => values as ProtectedAttribute[];

export function modelSummary(m: repo.ModelRow) {
  return {
    modelVersion: m.number,
    id: m.id,
    version: m.version,
    active: m.active,
    activatedAt: iso(m.activated_at),
    createdAt: m.created_at.toISOString(),
    createdBy: { userId: m.created_by, label: m.created_by_label },
    aucHeldOut: m.auc_held_out,
    trainingSize: m.training_size,
    heldOutSize: m.held_out_size,
    protectedIncluded: attributes(m.protected_included),
  };
}

export function modelReport(m: repo.ModelRow, lang: Language): ModelReport {
  return {
    ...modelSummary(m),
    outcome: { days: m.outcome_days, description: label(lang, 'outcome') },
    asOf: m.as_of,
    window: { from: m.window_from, to: m.window_to },
    split: { method: m.split_method as 'chronological' | 'hashed', seed: m.split_seed, heldOutShare: m.held_out_share, cutoff: m.split_cutoff },
    training: { size: m.training_size, longTerm: m.training_positives, auc: m.auc_training },
    heldOut: { size: m.held_out_size, longTerm: m.held_out_positives, auc: m.auc_held_out, brier: m.brier_held_out },
    calibration: m.calibration as CalibrationBin[],
    thresholds: { medium: m.medium_threshold, intensive: m.intensive_threshold },
    l2: m.l2,
    converged: m.converged,
    iterations: m.iterations,
    intercept: m.intercept,
    coefficients: m.features.map((factor, i) => {
      const def = featureByName(factor);
      const coefficient = m.coefficients[i]!;
      return {
        factor, label: label(lang, `factor.${factor}`), category: def.category, protected: def.protectedAttribute !== undefined,
        coefficient, oddsRatio: Math.exp(coefficient),
      };
    }),
  };
}

export function riskView(s: RiskScore, lang: Language): RiskView {
  return {
    personId: s.personId,
    modelVersion: s.model.number,
    at: s.at,
    referenceDay: s.referenceDay,
    basis: s.basis,
    probability: s.probability,
    band: s.band,
    bandLabel: label(lang, `band.${s.band}`),
    thresholds: { medium: s.model.mediumThreshold, intensive: s.model.intensiveThreshold },
    logit: s.logit,
    baseline: { logit: s.intercept, label: label(lang, 'factor.baseline') },
    factors: s.contributions.map((c) => ({ ...c, label: label(lang, `factor.${c.factor}`) })),
  };
}

export function attributeView(a: Awaited<ReturnType<typeof repo.listAttributes>>[number], lang: Language): AttributeView {
  const attribute = a.attribute as ProtectedAttribute;
  return {
    attribute,
    label: label(lang, `attribute.${attribute}`),
    held: HELD_PROTECTED.includes(attribute),
    included: a.included,
    reason: a.reason,
    changedBy: a.changed_by,
    changedAt: iso(a.changed_at),
    version: a.version,
  };
}

/** Subgroup labels: municipalities by their own names, the rest from the translations. */
export function groupLabel(dimension: string, g: GroupStats, lang: Language, municipalities: Map<string, Record<Language, string>>): string {
  if (g.group === 'all') return label(lang, 'group.all');
  if (dimension === 'municipality') return municipalities.get(g.group)?.[lang] ?? g.group;
  if (dimension === 'region') return g.group;
  return label(lang, `group.${dimension}.${g.group}`);
}
