/**
 * The fairness report of a model, on its held-out set: per subgroup the score
 * distribution, how many would be selected for intensive support, and how often the
 * selection is wrong either way, each set against the best-off group of its dimension so
 * a disparity shows as a ratio. Only aggregates, small groups suppressed (access/disclosure).
 */
import { suppressedGroups } from '../access/disclosure';
import { mean, quantile } from './metrics';

export const DIMENSIONS = ['sex', 'age_band', 'disability', 'municipality', 'region'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface ScoredOutcome {
  score: number;
  longTerm: boolean;
  groups: Record<Dimension, string>;
}

export interface GroupStats {
  group: string;
  suppressed: boolean;
  count: number | null;
  meanScore: number | null;
  quartiles: { q1: number; median: number; q3: number } | null;
  longTermRate: number | null;
  selectionRate: number | null;
  falsePositiveRate: number | null;
  falseNegativeRate: number | null;
  selectionRateRatio: number | null;
  falsePositiveRateRatio: number | null;
  falseNegativeRateRatio: number | null;
}

/** A rate whose denominator is below the cell size is not shown: it would describe a handful of people. */
const rate = (hits: number, of: number, minCell: number) => (of >= minCell && of > 0 ? hits / of : null);

function stats(group: string, rows: readonly ScoredOutcome[], threshold: number, minCell: number): GroupStats {
  const scores = rows.map((r) => r.score).sort((a, b) => a - b);
  const selected = (r: ScoredOutcome) => r.score >= threshold;
  const longTerm = rows.filter((r) => r.longTerm);
  const short = rows.filter((r) => !r.longTerm);
  return {
    group,
    suppressed: false,
    count: rows.length,
    meanScore: mean(scores),
    quartiles: { q1: quantile(scores, 0.25), median: quantile(scores, 0.5), q3: quantile(scores, 0.75) },
    longTermRate: longTerm.length / rows.length,
    selectionRate: rows.filter(selected).length / rows.length,
    // Selected although the spell ended within the year; not selected although it did not.
    falsePositiveRate: rate(short.filter(selected).length, short.length, minCell),
    falseNegativeRate: rate(longTerm.filter((r) => !selected(r)).length, longTerm.length, minCell),
    selectionRateRatio: null,
    falsePositiveRateRatio: null,
    falseNegativeRateRatio: null,
  };
}

const hidden = (group: string): GroupStats => ({
  group, suppressed: true, count: null, meanScore: null, quartiles: null, longTermRate: null, selectionRate: null,
  falsePositiveRate: null, falseNegativeRate: null, selectionRateRatio: null, falsePositiveRateRatio: null, falseNegativeRateRatio: null,
});

/** value ÷ reference; 1 when both are 0, null when only the reference is. */
const ratio = (value: number | null, reference: number | undefined) =>
  value === null || reference === undefined ? null : reference === 0 ? (value === 0 ? 1 : null) : value / reference;

function withRatios(groups: GroupStats[]): GroupStats[] {
  const shown = groups.filter((g) => !g.suppressed);
  const best = (pick: (g: GroupStats) => number | null, choose: (...v: number[]) => number) => {
    const values = shown.map(pick).filter((v): v is number => v !== null);
    return values.length ? choose(...values) : undefined;
  };
  // Selection: against the most-selected group (the four-fifths rule reads a ratio below 0.8
  // as adverse impact). Errors: against the group the model errs least on.
  const maxSelection = best((g) => g.selectionRate, Math.max);
  const minFpr = best((g) => g.falsePositiveRate, Math.min);
  const minFnr = best((g) => g.falseNegativeRate, Math.min);
  return groups.map((g) => g.suppressed ? g : {
    ...g,
    selectionRateRatio: ratio(g.selectionRate, maxSelection),
    falsePositiveRateRatio: ratio(g.falsePositiveRate, minFpr),
    falseNegativeRateRatio: ratio(g.falseNegativeRate, minFnr),
  });
}

/** Age bands in age order; other groups alphabetically. */
const AGE_ORDER = ['under_25', '25_34', '35_49', '50_plus'];
const rank = (dimension: Dimension, group: string) => (dimension === 'age_band' ? AGE_ORDER.indexOf(group) : 0);

export function fairnessByDimension(rows: readonly ScoredOutcome[], threshold: number, minCell: number) {
  const overall = stats('all', rows, threshold, minCell);
  const dimensions = DIMENSIONS.map((dimension) => {
    const byGroup = new Map<string, ScoredOutcome[]>();
    for (const r of rows) byGroup.set(r.groups[dimension], [...(byGroup.get(r.groups[dimension]) ?? []), r]);
    const entries = [...byGroup].sort((a, b) => rank(dimension, a[0]) - rank(dimension, b[0]) || a[0].localeCompare(b[0]));
    const small = suppressedGroups(entries.map(([g, rs]) => [g, rs.length] as const), minCell);
    const groups = entries.map(([g, rs]) => (small.has(g) ? hidden(g) : stats(g, rs, threshold, minCell)));
    return { dimension, groups: withRatios(groups) };
  });
  return { overall: overall.count! < minCell ? hidden('all') : overall, dimensions };
}
