/** Ranking suggestions on fixtures: barriers weighted by severity, then place, language and reserved places; full and planned services left out. */
import { describe, expect, it } from 'vitest';
import type { ServiceFacts } from './context';
import { rankServices } from './ranking';

const service = (id: string, over: Partial<ServiceFacts> = {}): ServiceFacts => ({
  id, agencyId: 'a', agencyName: 'Agency', type: 'training', active: true, name: id, barriers: [], languages: ['hy'], municipalities: ['AM-ER-YEREVAN'],
  eligibility: {} as ServiceFacts['eligibility'], costPerParticipant: null, capacity: 10, reservedPlaces: 0, freePlaces: 5, freeReservedPlaces: 0, freeGeneralPlaces: 5,
  ...over,
});

const needs = { barriers: [{ code: 'no_childcare', severity: 'high' }, { code: 'low_digital_skills', severity: 'low' }], municipalityCode: 'AM-ER-YEREVAN', language: 'ru' };

describe('rankServices', () => {
  it('puts the service for the most severe barrier first and explains every point', () => {
    const ranked = rankServices([
      service('digital', { barriers: ['low_digital_skills'], languages: ['ru'] }),
      service('childcare', { barriers: ['no_childcare'], municipalities: ['AM-SH-GYUMRI'], freeReservedPlaces: 1 }),
      service('both', { barriers: ['no_childcare', 'low_digital_skills'] }),
    ], needs, new Set());
    // both: 3 + 1 + 1.5 nearby = 5.5; childcare: 3 + 0.5 reserved = 3.5; digital: 1 + 1.5 + 1 language = 3.5 (a tie: by name).
    expect(ranked.map((r) => [r.service.id, r.score])).toEqual([['both', 5.5], ['childcare', 3.5], ['digital', 3.5]]);
    expect(ranked[1]!.reasons).toEqual([
      { code: 'addresses_barrier', params: { barrier: 'no_childcare' } },
      { code: 'reserved_places', params: { count: 1 } },
      { code: 'free_places', params: { count: 5 } },
    ]);
    expect(ranked[2]!.reasons.map((r) => r.code)).toEqual(['addresses_barrier', 'in_municipality', 'in_language', 'free_places']);
  });

  it('leaves out full, inactive, already planned and unrelated services, and keeps the order stable on ties', () => {
    const ranked = rankServices([
      service('full', { barriers: ['no_childcare'], freePlaces: 0 }),
      service('closed', { barriers: ['no_childcare'], active: false }),
      service('planned', { barriers: ['no_childcare'] }),
      service('near-but-unrelated', { barriers: ['debt_problems'] }),
      service('b', { barriers: ['no_childcare'], freePlaces: 2 }),
      service('a', { barriers: ['no_childcare'], freePlaces: 2 }),
      service('c', { barriers: ['no_childcare'], freePlaces: 9 }),
    ], needs, new Set(['planned']));
    expect(ranked.map((r) => r.service.id)).toEqual(['c', 'a', 'b']);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 30 }, (_, i) => service(`s${String(i).padStart(2, '0')}`, { barriers: ['no_childcare'] }));
    expect(rankServices(many, needs, new Set(), 10)).toHaveLength(10);
  });
});
