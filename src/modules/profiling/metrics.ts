/** How good a risk score is on outcomes it was not trained on: discrimination (AUC) and calibration. */

/**
 * Area under the ROC curve: the probability that a random long-term case scores higher
 * than a random short one, ties counting a half (Mann–Whitney U with average ranks).
 * null when either class is absent.
 */
export function auc(scores: readonly number[], outcomes: readonly (0 | 1 | boolean)[]): number | null {
  const order = scores.map((s, i) => [s, outcomes[i] ? 1 : 0] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const averageRank = (i + 1 + j) / 2; // ranks i+1 … j share their mean
    for (let k = i; k < j; k++) {
      if (order[k]![1]) {
        positives += 1;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface CalibrationBin {
  bin: number;
  count: number;
  minScore: number;
  maxScore: number;
  meanPredicted: number;
  observedRate: number;
}

/**
 * Predicted against observed, in `bins` groups of (nearly) equal size ordered by score:
 * deciles by default, fewer when the sample is small so each bin keeps at least
 * `minPerBin` cases.
 */
export function calibration(scores: readonly number[], outcomes: readonly (0 | 1 | boolean)[], bins = 10, minPerBin = 20): CalibrationBin[] {
  const n = scores.length;
  const k = Math.max(1, Math.min(bins, Math.floor(n / minPerBin)));
  const order = scores.map((s, i) => [s, outcomes[i] ? 1 : 0] as const).sort((a, b) => a[0] - b[0]);
  const out: CalibrationBin[] = [];
  for (let b = 0; b < k && n > 0; b++) {
    const slice = order.slice(Math.floor((b * n) / k), Math.floor(((b + 1) * n) / k));
    out.push({
      bin: b + 1,
      count: slice.length,
      minScore: slice[0]![0],
      maxScore: slice[slice.length - 1]![0],
      meanPredicted: mean(slice.map((r) => r[0])),
      observedRate: mean(slice.map((r) => r[1])),
    });
  }
  return out;
}

/** Mean squared difference between the predicted probability and the outcome (lower is better). */
export const brier = (scores: readonly number[], outcomes: readonly (0 | 1 | boolean)[]) =>
  mean(scores.map((s, i) => (s - (outcomes[i] ? 1 : 0)) ** 2));

export const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Quantile by linear interpolation between order statistics (type 7, as R and numpy default). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}
