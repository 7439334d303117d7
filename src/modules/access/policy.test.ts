import { describe, expect, it } from 'vitest';
import { decideAccess, visibleCategories, type AccessFacts, type Viewer } from './policy';

const NOW = new Date('2026-03-02T09:00:00Z');
const LEAD = 'agency-employment';
const PARTNER = 'agency-ngo';
const OTHER = 'agency-elsewhere';

const viewer = (agencyId: string, roles: Viewer['roles'] = ['case_manager']): Viewer => ({ userId: 'u1', agencyId, roles });
const facts = (over: Partial<AccessFacts> = {}): AccessFacts => ({
  registeredByAgencyId: LEAD,
  cases: [{ id: 'c1', leadAgencyId: LEAD, caseManagerId: 'cm', status: 'open', partnerAgencyIds: [PARTNER] }],
  consents: [],
  legalBases: [],
  breakGlassUntil: null,
  ...over,
});
const visible = (v: Viewer, f: AccessFacts, purpose: 'case_work' | 'referral' | 'evaluation' = 'case_work') =>
  visibleCategories(decideAccess(v, f, purpose, NOW)).sort();

describe('lead agency', () => {
  it('sees ordinary categories for its public task but no sensitive ones without consent', () => {
    expect(visible(viewer(LEAD), facts())).toEqual(['benefits', 'contact', 'education', 'employment', 'financial', 'identity']);
  });
  it('sees a sensitive category when consent or a legal basis covers it', () => {
    expect(visible(viewer(LEAD), facts({ consents: [{ categories: ['health'], purposes: ['case_work'] }] }))).toContain('health');
    const decision = decideAccess(viewer(LEAD), facts({ legalBases: [{ categories: ['domestic_violence'] }] }), 'case_work', NOW);
    expect(decision.categories.domestic_violence).toBe('legal_basis');
    expect(decision.categories.health).toBeUndefined();
  });
});

describe('partner agency', () => {
  it('sees nothing without consent', () => {
    expect(decideAccess(viewer(PARTNER), facts(), 'case_work', NOW)).toMatchObject({ relation: 'partner', categories: {} });
  });
  it('sees exactly the consented categories, for the consented purpose only', () => {
    const f = facts({ consents: [{ categories: ['identity', 'employment'], purposes: ['referral'] }] });
    expect(visible(viewer(PARTNER), f, 'referral')).toEqual(['employment', 'identity']);
    expect(visible(viewer(PARTNER), f, 'case_work')).toEqual([]);
  });
  it('loses access when the case is closed', () => {
    const closed = facts({ cases: [{ id: 'c1', leadAgencyId: LEAD, caseManagerId: 'cm', status: 'closed', partnerAgencyIds: [PARTNER] }], consents: [{ categories: ['identity'], purposes: ['case_work'] }] });
    expect(decideAccess(viewer(PARTNER), closed, 'case_work', NOW).relation).toBe('none');
  });
});

describe('others', () => {
  it('an unrelated agency sees nothing', () => {
    expect(decideAccess(viewer(OTHER), facts(), 'case_work', NOW)).toEqual({ relation: 'none', categories: {}, caseIds: [] });
  });
  it('roles without client work see nothing even in the lead agency', () => {
    for (const role of ['analyst', 'administrator', 'data_protection_officer'] as const) {
      expect(visible(viewer(LEAD, [role]), facts())).toEqual([]);
    }
  });
  it('a partnership coordinator sees at most identity and contact', () => {
    expect(visible(viewer(LEAD, ['partnership_coordinator']), facts())).toEqual(['contact', 'identity']);
  });
  it('the registering agency works with the record until a case exists', () => {
    expect(decideAccess(viewer(LEAD), facts({ cases: [] }), 'case_work', NOW).relation).toBe('registrar');
    expect(decideAccess(viewer(OTHER), facts({ cases: [] }), 'case_work', NOW).relation).toBe('none');
  });
});

describe('break-glass', () => {
  it('opens every category while the grant lasts, then nothing', () => {
    const open = facts({ breakGlassUntil: new Date(NOW.getTime() + 60_000) });
    expect(decideAccess(viewer(OTHER), open, 'case_work', NOW)).toMatchObject({ relation: 'break_glass', categories: { health: 'break_glass' } });
    const expired = facts({ breakGlassUntil: new Date(NOW.getTime() - 1) });
    expect(decideAccess(viewer(OTHER), expired, 'case_work', NOW).relation).toBe('none');
  });
});
