import { describe, expect, it } from 'vitest';
import { fairnessByDimension, type ScoredOutcome } from './fairness';

const row = (score: number, longTerm: boolean, sex: string, ageBand: string, disability = 'no'): ScoredOutcome => ({
  score, longTerm, groups: { sex, age_band: ageBand, disability, municipality: 'AM-ER-YEREVAN', region: 'Yerevan' },
});

// Threshold 0.5, minimum cell 2. Worked out by hand below.
const ROWS = [
  row(0.6, true, 'female', 'under_25', 'yes'),
  row(0.7, false, 'female', '25_34'),
  row(0.2, true, 'female', '25_34'),
  row(0.4, false, 'female', '25_34'),
  row(0.8, true, 'male', '35_49'),
  row(0.9, true, 'male', '35_49'),
  row(0.1, false, 'male', '35_49'),
  row(0.55, false, 'male', '35_49'),
  row(0.3, false, 'male', '35_49'),
];
const report = fairnessByDimension(ROWS, 0.5, 2);
const dimension = (name: string) => report.dimensions.find((d) => d.dimension === name)!.groups;

describe('fairness report', () => {
  it('matches a hand computation per group', () => {
    const [female, male] = dimension('sex');
    // Women: scores 0.2 0.4 0.6 0.7; selected 0.6 and 0.7; long-term 0.6 (selected) and 0.2 (missed).
    expect(female).toMatchObject({ group: 'female', suppressed: false, count: 4, longTermRate: 0.5, selectionRate: 0.5, falsePositiveRate: 0.5, falseNegativeRate: 0.5 });
    expect(female!.meanScore).toBeCloseTo(0.475, 12);
    expect(female!.quartiles!.q1).toBeCloseTo(0.35, 12);
    expect(female!.quartiles!.median).toBeCloseTo(0.5, 12);
    expect(female!.quartiles!.q3).toBeCloseTo(0.625, 12);
    // Men: selected 0.8, 0.9, 0.55 of 5; both long-term selected; 1 of 3 short ones selected.
    expect(male).toMatchObject({ group: 'male', count: 5, selectionRate: 0.6, falseNegativeRate: 0 });
    expect(male!.falsePositiveRate).toBeCloseTo(1 / 3, 12);
    expect(report.overall).toMatchObject({ group: 'all', count: 9 });
    expect(report.overall.selectionRate).toBeCloseTo(5 / 9, 12);
  });

  it('sets each group against the best-off group of its dimension', () => {
    const [female, male] = dimension('sex');
    expect(female!.selectionRateRatio).toBeCloseTo(0.5 / 0.6, 12); // against the most selected
    expect(male!.selectionRateRatio).toBe(1);
    expect(female!.falsePositiveRateRatio).toBeCloseTo(1.5, 12); // against the lowest error rate
    expect(male!.falsePositiveRateRatio).toBe(1);
    expect(male!.falseNegativeRateRatio).toBe(1); // 0 ÷ 0
    expect(female!.falseNegativeRateRatio).toBeNull(); // 0.5 ÷ 0 has no finite ratio
  });

  it('suppresses small groups, and the next smallest when one alone would be recoverable from the total', () => {
    // Disability: 1 "yes" (too small), so "no" = 9 − 1 would give it away: both hidden.
    expect(dimension('disability').map((g) => [g.group, g.suppressed, g.count])).toEqual([['no', true, null], ['yes', true, null]]);
    // Age: under_25 has 1; 25_34 (3) is hidden with it; 35_49 (5) is shown.
    expect(dimension('age_band').map((g) => [g.group, g.suppressed])).toEqual([['under_25', true], ['25_34', true], ['35_49', false]]);
    const shown = dimension('age_band').find((g) => g.group === '35_49')!;
    expect(shown.selectionRateRatio).toBe(1); // alone among shown groups
    const hidden = dimension('age_band').find((g) => g.group === 'under_25')!;
    expect(Object.entries(hidden).filter(([k, v]) => !['group', 'suppressed'].includes(k) && v !== null)).toEqual([]);
  });

  it('hides a rate whose denominator is below the minimum cell, even in a shown group', () => {
    const wider = fairnessByDimension(ROWS, 0.5, 3);
    const [female, male] = wider.dimensions.find((d) => d.dimension === 'sex')!.groups;
    expect(female!.falseNegativeRate).toBeNull(); // 2 long-term women < 3
    expect(male!.falsePositiveRate).toBeCloseTo(1 / 3, 12); // 3 short spells of men
    expect(male!.selectionRate).toBe(0.6);
  });
});
