import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes } from '../../server/clock';
import { createTestApp, type TestContext } from '../../test/test-app';
import { visibleCategories } from '../access/policy';
import { consentBody, insertPerson, staffAt, staffOfNewAgency, type Staff } from '../cases/test-fixtures';

let ctx: TestContext;
let lead: Staff;
let partner: Staff;
let thirdParty: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  partner = await staffOfNewAgency(ctx, ['specialist']);
  thirdParty = await staffOfNewAgency(ctx, ['specialist']);
});
afterAll(() => ctx.close());

/** A person with a case led by `lead`, with `partner` (and the third agency) as partners. */
async function sharedCase() {
  const person = await insertPerson(ctx, lead.agencyId);
  const caseId = (await lead.post('/api/cases', { personId: person.id })).json().id;
  await lead.post(`/api/cases/${caseId}/partners`, { agencyId: partner.agencyId });
  await lead.post(`/api/cases/${caseId}/partners`, { agencyId: thirdParty.agencyId });
  return { person, caseId };
}

const partnerSees = async (personId: string) => {
  const decision = (await ctx.services.access.decideMany(partner.viewer, [personId], 'case_work')).get(personId);
  return decision ? visibleCategories(decision).sort() : [];
};

describe('consent for a partner agency', () => {
  it('gives the partner exactly the consented categories, for the consented purpose', async () => {
    const { person, caseId } = await sharedCase();
    expect(await partnerSees(person.id)).toEqual([]);
    const res = await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { dataCategories: ['identity', 'employment', 'employment'] }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'given', decision: 'given', dataCategories: ['identity', 'employment'], purposes: ['case_work'],
      recipientAgency: { id: partner.agencyId }, recordedBy: { id: lead.userId }, recordedByAgency: { id: lead.agencyId }, evidence: null, version: 1,
    });
    expect(await partnerSees(person.id)).toEqual(['employment', 'identity']);
    expect((await partner.get(`/api/cases/${caseId}`)).json().person.name).not.toBeNull();
    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'details']).where('subject_id', '=', res.json().id).execute();
    expect(audit).toContainEqual({ action: 'consent.record', details: expect.objectContaining({ decision: 'given', dataCategories: ['identity', 'employment'] }) });
  });

  it('withdrawal hides the data in the very next request', async () => {
    const { person, caseId } = await sharedCase();
    const consent = (await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId))).json();
    const before = (await partner.get(`/api/people/${person.id}`)).json();
    expect(before).toMatchObject({ relation: 'partner', visibleCategories: ['employment', 'identity'], givenName: 'Aram' });
    expect(before).not.toHaveProperty('phone');
    const withdrawn = await partner.post(`/api/consents/${consent.id}/withdraw`, { reason: 'Client asked at our office', version: 1 });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Client asked at our office', version: 2 });
    expect((await partner.get(`/api/people/${person.id}`)).statusCode).toBe(404);
    expect((await partner.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    const again = await lead.post(`/api/consents/${consent.id}/withdraw`, { version: 2 });
    expect(again.json().fields[0]).toMatchObject({ field: 'id', code: 'already_withdrawn' });
    expect((await lead.post(`/api/consents/${consent.id}/withdraw`, { version: 1 })).statusCode).toBe(409);
    const types = (await lead.get(`/api/cases/${caseId}/timeline`)).json().items.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('consent.withdrawn');
  });

  it('an expired consent no longer grants anything', async () => {
    const { person } = await sharedCase();
    // Minutes, not hours: moving the clock past the session idle timeout would sign everyone out.
    const until = new Date(ctx.clock.now().getTime() + minutes(10)).toISOString();
    const consent = (await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { validUntil: until }))).json();
    expect(await partnerSees(person.id)).toEqual(['employment', 'identity']);
    ctx.clock.advance(minutes(11));
    expect(await partnerSees(person.id)).toEqual([]);
    expect((await partner.get(`/api/people/${person.id}`)).statusCode).toBe(404);
    const listed = (await lead.get(`/api/people/${person.id}/consents`)).json();
    expect(listed.find((c: { id: string }) => c.id === consent.id).status).toBe('expired');
  });

  it('a refusal is recorded, listed, grants nothing and cannot be withdrawn', async () => {
    const { person } = await sharedCase();
    const refusal = (await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { decision: 'refused' }))).json();
    expect(refusal.status).toBe('refused');
    expect(await partnerSees(person.id)).toEqual([]);
    const res = await lead.post(`/api/consents/${refusal.id}/withdraw`, { version: 1 });
    expect(res.json().fields[0].code).toBe('refusal_not_withdrawable');
  });

  it('partners see only the consents addressed to their own agency', async () => {
    const { person } = await sharedCase();
    await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId));
    const other = (await lead.post(`/api/people/${person.id}/consents`, consentBody(thirdParty.agencyId, { dataCategories: ['health'] }))).json();
    expect((await lead.get(`/api/people/${person.id}/consents`)).json()).toHaveLength(2);
    const seen = (await partner.get(`/api/people/${person.id}/consents`)).json();
    expect(seen.map((c: { recipientAgency: { id: string } }) => c.recipientAgency.id)).toEqual([partner.agencyId]);
    expect((await partner.get(`/api/consents/${other.id}/receipt`)).statusCode).toBe(404);
    expect((await partner.post(`/api/consents/${other.id}/withdraw`, { version: 1 })).statusCode).toBe(404);
  });

  it('only the agency working with the client records consent', async () => {
    const { person } = await sharedCase();
    await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId));
    expect((await partner.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId))).statusCode).toBe(403);
    const stranger = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await stranger.post(`/api/people/${person.id}/consents`, consentBody(stranger.agencyId))).statusCode).toBe(404);
  });

  it('refuses an unknown agency and an end before the start, writing nothing', async () => {
    const { person } = await sharedCase();
    const unknown = await lead.post(`/api/people/${person.id}/consents`, consentBody('00000000-0000-4000-8000-000000000000'));
    expect(unknown.json().fields).toEqual([expect.objectContaining({ field: 'recipientAgencyId', code: 'unknown_agency' })]);
    const backwards = await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, {
      validFrom: '2030-01-02T00:00:00Z', validUntil: '2030-01-01T00:00:00Z',
    }));
    expect(backwards.json().fields).toEqual([expect.objectContaining({ field: 'validUntil', code: 'must_be_after_valid_from', message: 'Must be after the start date' })]);
    const bad = await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId, { dataCategories: [], purposes: ['marketing'] }));
    expect(bad.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['dataCategories', 'purposes.0']);
    expect((await lead.get(`/api/people/${person.id}/consents`)).json()).toEqual([]);
  });
});

describe('sensitive categories and legal bases', () => {
  it('health stays hidden from the lead agency until a legal basis covers it, and again once revoked', async () => {
    const { person } = await sharedCase();
    const supervisor = await staffAt(ctx, lead.agencyId, ['supervisor']);
    const leadSees = async () => (await ctx.services.access.requireRecord(lead.viewer, person.id, 'case_work')).categories;
    expect((await leadSees()).health).toBeUndefined();
    expect((await leadSees()).employment).toBe('public_task');
    const body = { agencyId: lead.agencyId, dataCategories: ['health'], basis: 'legal_obligation', reference: 'Law HO-21, art. 12' };
    expect((await lead.post(`/api/people/${person.id}/legal-bases`, body)).statusCode).toBe(403);
    const basis = await supervisor.post(`/api/people/${person.id}/legal-bases`, body);
    expect(basis.statusCode).toBe(201);
    expect(basis.json()).toMatchObject({ status: 'active', basis: 'legal_obligation', agency: { id: lead.agencyId }, version: 1 });
    expect((await leadSees()).health).toBe('legal_basis');
    const events = (await lead.get(`/api/cases/${(await lead.get(`/api/people/${person.id}/cases`)).json()[0].id}/timeline`)).json().items;
    expect(events[0]).toMatchObject({ type: 'legal_basis.recorded', dataCategory: null });
    expect((await supervisor.post(`/api/legal-bases/${basis.json().id}/revoke`, { version: 2 })).statusCode).toBe(409);
    const revoked = await supervisor.post(`/api/legal-bases/${basis.json().id}/revoke`, { version: 1 });
    expect(revoked.json()).toMatchObject({ status: 'revoked', version: 2 });
    expect((await leadSees()).health).toBeUndefined();
    expect((await lead.get(`/api/people/${person.id}/legal-bases`)).json()).toEqual([expect.objectContaining({ status: 'revoked' })]);
  });

  it('consent covers a sensitive category for the lead agency too', async () => {
    const { person } = await sharedCase();
    await lead.post(`/api/people/${person.id}/consents`, consentBody(lead.agencyId, { dataCategories: ['health'] }));
    expect((await ctx.services.access.requireRecord(lead.viewer, person.id, 'case_work')).categories.health).toBe('consent');
  });
});
