/**
 * Who may do what with referrals, as a table: writing one is referral.send and the lead or a
 * partner agency of the case; the inbox and every receiving step are referral.receive and
 * staff of the receiving agency; anyone else gets 404 for a referral (and a case) they may
 * not see, or 403 when their role lacks the permission.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { staffAt, staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { consentBody } from '../cases/test-fixtures';
import { consentedClient, referralBody, world, type World } from './test-helpers';

let ctx: TestContext;
let w: World;
let caseId: string;
let viewers: Record<string, Staff>;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  w = await world(ctx);
  const client = await consentedClient(ctx, w);
  caseId = client.caseId;
  const partner = await staffOfNewAgency(ctx, ['case_manager']);
  expect((await w.lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId })).statusCode).toBe(201);
  expect((await w.lead.post(`/api/people/${client.person.id}/consents`, consentBody(partner.agencyId, { dataCategories: ['identity', 'employment'] }))).statusCode).toBe(201);
  viewers = {
    'lead case manager': w.lead,
    'lead analyst': await staffAt(ctx, w.lead.agencyId, ['analyst']),
    'partner case manager': partner,
    'receiving coordinator': w.coordinator,
    'receiving social worker': w.worker,
    'receiving analyst': await staffAt(ctx, w.coordinator.agencyId, ['analyst']),
    'unrelated case manager': await staffOfNewAgency(ctx, ['case_manager']),
    'unrelated coordinator': await staffOfNewAgency(ctx, ['partnership_coordinator']),
  };
});
afterAll(() => ctx.close());

/** A fresh sent referral from the lead, so each probe starts from the same state. */
async function sent() {
  const res = await w.lead.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, w.debt.id));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

type Probe = (who: Staff) => Promise<number>;
const PROBES: Record<string, Probe> = {
  create: async (who) => (await who.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, w.debt.id, { send: false, categories: ['identity'] }))).statusCode,
  'list of case': async (who) => (await who.get(`/api/cases/${caseId}/referrals`)).statusCode,
  read: async (who) => (await who.get(`/api/referrals/${(await sent()).id}`)).statusCode,
  'read draft': async (who) => {
    const draft = (await w.lead.post(`/api/cases/${caseId}/referrals`, referralBody(ctx, w.debt.id, { send: false }))).json();
    return (await who.get(`/api/referrals/${draft.id}`)).statusCode;
  },
  inbox: async (who) => (await who.get('/api/referrals/inbox')).statusCode,
  receive: async (who) => {
    const r = await sent();
    return (await who.post(`/api/referrals/${r.id}/receive`, { version: r.version })).statusCode;
  },
  accept: async (who) => {
    const r = await sent();
    return (await who.post(`/api/referrals/${r.id}/accept`, { version: r.version })).statusCode;
  },
  withdraw: async (who) => {
    const r = await sent();
    return (await who.post(`/api/referrals/${r.id}/withdraw`, { version: r.version, reason: 'Sent by mistake' })).statusCode;
  },
  'bulk accept': async (who) => {
    const r = await sent();
    const res = await who.post('/api/referrals/bulk-accept', { items: [{ id: r.id, version: r.version }] });
    return res.statusCode === 200 ? (res.json().results[0].ok ? 200 : 404) : res.statusCode;
  },
  indicator: async (who) => (await who.get('/api/referrals/indicators/journey-smoothness')).statusCode,
};

/** Expected status per viewer, in the order of PROBES. */
const TABLE: Record<string, number[]> = {
  //                         create list read draft inbox receive accept withdraw bulk indicator
  'lead case manager': [201, 200, 200, 200, 200, 403, 403, 200, 404, 200],
  'lead analyst': [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  'partner case manager': [201, 200, 200, 200, 200, 403, 403, 403, 404, 200],
  'receiving coordinator': [403, 404, 200, 404, 200, 200, 200, 403, 200, 403],
  'receiving social worker': [404, 404, 200, 404, 200, 200, 200, 403, 200, 200],
  'receiving analyst': [403, 403, 403, 403, 403, 403, 403, 403, 403, 403],
  'unrelated case manager': [404, 404, 404, 404, 200, 404, 404, 404, 404, 200],
  'unrelated coordinator': [403, 404, 404, 404, 200, 404, 404, 403, 404, 403],
};

describe('referral access', () => {
  for (const [viewer, expected] of Object.entries(TABLE)) {
    it(`${viewer}`, async () => {
      const got: number[] = [];
      for (const probe of Object.values(PROBES)) got.push(await probe(viewers[viewer]!));
      expect(Object.fromEntries(Object.keys(PROBES).map((k, i) => [k, got[i]]))).toEqual(Object.fromEntries(Object.keys(PROBES).map((k, i) => [k, expected[i]])));
    });
  }

  it('never shows another agency its incoming referrals', async () => {
    const r = await sent();
    for (const viewer of ['lead case manager', 'partner case manager', 'unrelated case manager', 'unrelated coordinator']) {
      const ids = (await viewers[viewer]!.get('/api/referrals/inbox')).json().items.map((i: { id: string }) => i.id);
      expect(ids, viewer).not.toContain(r.id);
    }
    const ids = (await w.coordinator.get('/api/referrals/inbox?limit=100')).json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(r.id);
  });
});
