import { describe, expect, it } from 'vitest';
import { auc, brier, calibration, quantile } from './metrics';

describe('auc', () => {
  it('matches a hand count of correctly ordered pairs', () => {
    // Positives 0.35 and 0.8, negatives 0.1 and 0.4: of the 4 pairs, 0.35 < 0.4 is the one wrong.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('counts a tie between a positive and a negative as half a pair', () => {
    // Pairs: (0.5 vs 0.5) ½, (0.5 vs 0.2) 1, (0.9 vs 0.5) 1, (0.9 vs 0.2) 1 → 3.5 / 4.
    expect(auc([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBe(0.875);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one and null without both outcomes', () => {
    expect(auc([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
    expect(auc([0.3, 0.4], [1, 1])).toBeNull();
  });
});

describe('calibration', () => {
  it('bins by score into equal groups with mean predicted and observed rate', () => {
    const scores = Array.from({ length: 40 }, (_, i) => i / 40);
    const outcomes = scores.map((_, i) => (i >= 30 ? 1 : 0));
    const bins = calibration(scores, outcomes, 4, 10);
    expect(bins.map((b) => b.count)).toEqual([10, 10, 10, 10]);
    expect(bins.map((b) => b.observedRate)).toEqual([0, 0, 0, 1]);
    expect(bins[0]).toMatchObject({ bin: 1, minScore: 0, maxScore: 9 / 40 });
    expect(bins[0]!.meanPredicted).toBeCloseTo(4.5 / 40, 12);
  });

  it('uses fewer bins when the sample is small', () => {
    expect(calibration([0.1, 0.2, 0.3, 0.4, 0.5], [0, 0, 1, 0, 1], 10, 20)).toHaveLength(1);
  });
});

it('computes the Brier score and quantiles', () => {
  expect(brier([1, 0, 0.5], [1, 1, 0])).toBeCloseTo((0 + 1 + 0.25) / 3, 12);
  expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
});
