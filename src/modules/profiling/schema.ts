/** Request and response shapes of statistical profiling (the OpenAPI document is generated from them). */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';
import { DIMENSIONS } from './fairness';
import { PROTECTED_ATTRIBUTES } from './features';

const Probability = z.number().min(0).max(1);
const Day = z.iso.date();

export const PersonIdParams = z.object({ personId: z.uuid() });
export const RiskQuery = z.object({ at: Day.optional().describe('Day to score on; default today') });
export type RiskQuery = z.infer<typeof RiskQuery>;

export const Band = z.enum(['low', 'medium', 'high']).describe('high: at or above the intensive-support threshold');

export const RiskView = z.object({
  personId: z.uuid(),
  modelVersion: z.number().int(),
  at: Day,
  referenceDay: Day.describe('Day the features are taken from: start of the current unemployment spell, or `at` when none is open'),
  basis: z.enum(['current_spell', 'new_registration']),
  probability: Probability.describe('Predicted probability of still being unemployed 12 months after registration'),
  band: Band,
  bandLabel: z.string(),
  thresholds: z.object({ medium: Probability, intensive: Probability }),
  logit: z.number().describe('Log-odds: baseline + the sum of the contributions'),
  baseline: z.object({ logit: z.number(), label: z.string() }).describe('Log-odds of the reference person (the intercept)'),
  factors: z.array(z.object({
    factor: z.string(),
    label: z.string(),
    category: DataCategory,
    value: z.number(),
    coefficient: z.number(),
    contribution: z.number().describe('coefficient × value, in log-odds; positive raises the risk'),
  })).describe('Why this score: every input, largest effect first'),
});
export type RiskView = z.infer<typeof RiskView>;

export const ModelVersionParams = z.object({ modelVersion: z.coerce.number().int().min(1) });

export const TrainRequest = z.object({
  asOf: Day.optional().describe('Day the outcomes are read on; default today'),
  from: Day.optional().describe('Earliest registration day to learn from'),
  to: Day.optional().describe('Latest registration day (at most a year before asOf, so outcomes are known)'),
  split: z.enum(['chronological', 'hashed']).default('chronological'),
  heldOutShare: z.number().min(0.1).max(0.5).default(0.25),
  seed: z.number().int().min(0).max(2_147_483_647).default(1),
  l2: z.number().min(0).max(1000).default(1).describe('Ridge penalty'),
  mediumThreshold: Probability.default(0.3),
  intensiveThreshold: Probability.default(0.5),
  activate: z.boolean().default(false).describe('Make the new version the active one at once'),
});
export type TrainRequest = z.infer<typeof TrainRequest>;

export const ActivateRequest = z.object({ version: z.number().int().min(1).describe('Row version of the model (optimistic concurrency)') });

const CalibrationBin = z.object({
  bin: z.number().int(), count: z.number().int(), minScore: z.number(), maxScore: z.number(), meanPredicted: z.number(), observedRate: z.number(),
});

export const ModelSummary = z.object({
  modelVersion: z.number().int(),
  id: z.uuid(),
  version: z.number().int(),
  active: z.boolean(),
  activatedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.object({ userId: z.uuid().nullable(), label: z.string().nullable() }),
  aucHeldOut: z.number().nullable(),
  trainingSize: z.number().int(),
  heldOutSize: z.number().int(),
  protectedIncluded: z.array(z.enum(PROTECTED_ATTRIBUTES)),
});

export const ModelReport = ModelSummary.extend({
  outcome: z.object({ days: z.number().int(), description: z.string() }),
  asOf: Day,
  window: z.object({ from: Day, to: Day }),
  split: z.object({ method: z.enum(['chronological', 'hashed']), seed: z.number().int(), heldOutShare: z.number(), cutoff: Day.nullable() }),
  training: z.object({ size: z.number().int(), longTerm: z.number().int(), auc: z.number().nullable() }),
  heldOut: z.object({ size: z.number().int(), longTerm: z.number().int(), auc: z.number().nullable(), brier: z.number() }),
  calibration: z.array(CalibrationBin).describe('Held-out spells in bins by score: mean predicted against observed rate'),
  thresholds: z.object({ medium: Probability, intensive: Probability }),
  l2: z.number(),
  converged: z.boolean(),
  iterations: z.number().int(),
  intercept: z.number(),
  coefficients: z.array(z.object({
    factor: z.string(), label: z.string(), category: DataCategory, protected: z.boolean(), coefficient: z.number(), oddsRatio: z.number(),
  })),
});
export type ModelReport = z.infer<typeof ModelReport>;

export const FairnessQuery = z.object({
  modelVersion: z.coerce.number().int().min(1).optional().describe('Default: the active model'),
  minCellSize: z.coerce.number().int().min(5).max(1000).default(10).describe('Groups smaller than this are suppressed'),
});
export type FairnessQuery = z.infer<typeof FairnessQuery>;

const Rate = z.number().nullable();
const GroupStats = z.object({
  group: z.string(),
  label: z.string(),
  suppressed: z.boolean().describe('Too few people to show any figure'),
  count: z.number().int().nullable(),
  meanScore: Rate,
  quartiles: z.object({ q1: z.number(), median: z.number(), q3: z.number() }).nullable(),
  longTermRate: Rate.describe('Actual share long-term unemployed'),
  selectionRate: Rate.describe('Share scored at or above the intensive threshold'),
  falsePositiveRate: Rate.describe('Of those not long-term, the share selected (null when too few)'),
  falseNegativeRate: Rate.describe('Of those long-term, the share not selected (null when too few)'),
  selectionRateRatio: Rate.describe('Selection rate ÷ the highest in the dimension (below 0.8: adverse impact by the four-fifths rule)'),
  falsePositiveRateRatio: Rate.describe('False positive rate ÷ the lowest in the dimension'),
  falseNegativeRateRatio: Rate.describe('False negative rate ÷ the lowest in the dimension'),
});

export const FairnessReport = z.object({
  modelVersion: z.number().int(),
  intensiveThreshold: Probability,
  minCellSize: z.number().int(),
  heldOutSize: z.number().int(),
  protectedIncluded: z.array(z.enum(PROTECTED_ATTRIBUTES)),
  notHeld: z.array(z.enum(PROTECTED_ATTRIBUTES)).describe('Protected attributes OneDoor does not record, so no breakdown is possible'),
  overall: GroupStats,
  dimensions: z.array(z.object({ dimension: z.enum(DIMENSIONS), label: z.string(), groups: z.array(GroupStats) })),
});
export type FairnessReport = z.infer<typeof FairnessReport>;

export const AttributeParams = z.object({ attribute: z.enum(PROTECTED_ATTRIBUTES) });
export const AttributeView = z.object({
  attribute: z.enum(PROTECTED_ATTRIBUTES),
  label: z.string(),
  held: z.boolean().describe('OneDoor records this attribute'),
  included: z.boolean().describe('Models trained from now on use it as an input'),
  reason: z.string().nullable(),
  changedBy: z.uuid().nullable(),
  changedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type AttributeView = z.infer<typeof AttributeView>;
export const AttributeChange = z.object({
  included: z.boolean(),
  reason: z.string().trim().max(500).default('').describe('Required to turn an attribute on'),
  version: z.number().int().min(1),
});
export type AttributeChange = z.infer<typeof AttributeChange>;
