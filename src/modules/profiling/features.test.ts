import { describe, expect, it } from 'vitest';
import { buildEpisodes, splitEpisodes } from './episodes';
import { FEATURES, featureValues, selectFeatures, type PersonHistory } from './features';
import { sigmoid } from './logistic';
import { scoreHistory } from './scoring';

const history: PersonHistory = {
  personId: 'p1', birthDate: '1970-05-01', sex: 'female', disability: true, educationLevel: 'primary',
  municipalityCode: 'AM-SH-GYUMRI', region: 'Shirak',
  spells: [
    { startedOn: '2019-01-01', endedOn: '2019-02-01' }, // more than five years before 2024-03-01: not counted
    { startedOn: '2020-01-01', endedOn: '2021-03-01' }, // 425 days: long-term
    { startedOn: '2022-06-01', endedOn: '2022-08-01' },
    { startedOn: '2024-03-01', endedOn: null },
  ],
  benefits: [
    { type: 'unemployment_benefit', startedOn: '2024-03-10', endedOn: '2024-09-08', membership: null },
    // Paid to a household the person had left by then: does not count.
    { type: 'social_assistance', startedOn: '2023-01-01', endedOn: null, membership: { joinedOn: '2023-06-01', leftOn: '2024-01-01' } },
    // Health-related: never read by any feature.
    { type: 'disability_pension', startedOn: '2010-01-01', endedOn: null, membership: null },
  ],
};

describe('protected attributes', () => {
  it('are never inputs unless turned on', () => {
    const names = selectFeatures([]).map((f) => f.name);
    expect(names).not.toContain('female');
    expect(names).not.toContain('disability');
    expect(selectFeatures([]).every((f) => f.category !== 'health')).toBe(true);
  });

  it('are inputs once turned on, each on its own', () => {
    expect(selectFeatures(['disability']).map((f) => f.name)).toEqual([...selectFeatures([]).map((f) => f.name), 'disability']);
    expect(selectFeatures(['sex', 'disability']).map((f) => f.name)).toEqual(FEATURES.map((f) => f.name));
    // Ethnicity is not held: turning it on adds nothing.
    expect(selectFeatures(['ethnicity'])).toEqual(selectFeatures([]));
  });
});

it('computes the features from what was known on the first day of the spell', () => {
  const names = FEATURES.map((f) => f.name);
  const values = Object.fromEntries(names.map((n, i) => [n, featureValues(names, history, '2024-03-01')[i]]));
  expect(values).toEqual({
    age_under_25: 0, age_35_49: 0, age_50_plus: 1,
    education_low: 1, education_tertiary: 0, education_unknown: 0,
    earlier_spells: 2, earlier_long_term: 1,
    unemployment_benefit: 1, social_assistance: 0, outside_capital: 1,
    female: 1, disability: 1,
  });
});

describe('scoring', () => {
  const names = selectFeatures([]).map((f) => f.name);
  const model = {
    id: 'm', number: 1, features: names, intercept: -1.1, medium_threshold: 0.3, intensive_threshold: 0.5,
    coefficients: names.map((_, i) => (i % 3 === 0 ? 0.4 : -0.25) + i / 50),
  };

  it('gives contributions that add up to the logit, largest first', () => {
    const s = scoreHistory(model, history, '2024-06-01');
    const sum = s.intercept + s.contributions.reduce((a, c) => a + c.contribution, 0);
    expect(sum).toBeCloseTo(s.logit, 12);
    expect(s.probability).toBeCloseTo(sigmoid(s.logit), 15);
    for (const c of s.contributions) expect(c.contribution).toBeCloseTo(c.coefficient * c.value, 15);
    const sizes = s.contributions.map((c) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(s.contributions.map((c) => c.factor).sort()).toEqual([...names].sort());
  });

  it('scores an open spell as at its start, and someone not unemployed as registering on the day', () => {
    expect(scoreHistory(model, history, '2024-06-01')).toMatchObject({ referenceDay: '2024-03-01', basis: 'current_spell' });
    expect(scoreHistory(model, history, '2023-01-15')).toMatchObject({ referenceDay: '2023-01-15', basis: 'new_registration' });
  });
});

describe('training examples', () => {
  const person = (id: string, spells: PersonHistory['spells']): PersonHistory => ({ ...history, personId: id, spells, benefits: [] });
  const histories = [
    person('a', [{ startedOn: '2021-01-01', endedOn: '2021-03-01' }, { startedOn: '2022-01-01', endedOn: null }]),
    person('b', [{ startedOn: '2021-06-01', endedOn: '2023-01-01' }, { startedOn: '2025-06-01', endedOn: '2025-07-01' }]),
    person('c', [{ startedOn: '2022-01-01', endedOn: '2025-05-01' }]),
  ];

  it('keeps only spells whose 12-month outcome is known on the as-of day, read as of that day', () => {
    const episodes = buildEpisodes(histories, ['earlier_spells'], { asOf: '2022-12-01' });
    // The 2022 spells of a and c are less than a year old on the as-of day (outcome unknown:
    // left out, not counted as short); b's spell ends after the as-of day but is already 12+ months.
    expect(episodes.map((e) => [e.personId, e.startedOn, e.longTerm, e.features[0]])).toEqual([
      ['a', '2021-01-01', false, 0],
      ['b', '2021-06-01', true, 0],
    ]);
    const later = buildEpisodes(histories, ['earlier_spells'], { asOf: '2026-01-01' });
    expect(later.map((e) => [e.personId, e.startedOn, e.longTerm])).toEqual([
      ['a', '2021-01-01', false], ['b', '2021-06-01', true], ['a', '2022-01-01', true], ['c', '2022-01-01', true],
    ]);
    expect(buildEpisodes(histories, [], { asOf: '2026-01-01', from: '2021-06-01', to: '2021-12-31' }).map((e) => e.personId)).toEqual(['b']);
  });

  it('splits chronologically between days, or by a seeded hash of the person', () => {
    const episodes = buildEpisodes(histories, [], { asOf: '2026-01-01' });
    const chrono = splitEpisodes(episodes, 'chronological', 0.5, 1);
    expect(chrono.cutoff).toBe('2022-01-01');
    expect(chrono.heldOut.map((e) => e.personId)).toEqual(['a', 'c']); // both spells of that day
    const hashed = splitEpisodes(episodes, 'hashed', 0.5, 42);
    expect(splitEpisodes(episodes, 'hashed', 0.5, 42)).toEqual(hashed);
    for (const id of ['a', 'b', 'c']) {
      // Never one spell of a person on each side.
      expect(hashed.training.some((e) => e.personId === id) && hashed.heldOut.some((e) => e.personId === id)).toBe(false);
    }
  });
});
