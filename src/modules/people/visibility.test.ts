/** What each viewer gets of one person: fields of hidden categories are absent, not null. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, giveConsent, openCase, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let agencyA: Staff;
let agencyB: Staff;
let person: { id: string; onedoorId: string };
let certificateId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  agencyA = await staffMember(ctx);
  agencyB = await staffMember(ctx);
  person = await register(agencyA, { ...aram, phone: '+37491111111', email: 'aram@example.com', educationLevel: 'bachelor' });
  await agencyA.put(`/api/people/${person.id}`, { address: '5 Tumanyan St', version: 1 });
  await agencyA.post(`/api/people/${person.id}/documents`, { documentType: 'passport', number: 'AN1234567', issuedOn: '2015-01-01', validUntil: '2025-01-01' });
  await giveConsent(ctx, person.id, agencyA.agencyId, ['health']);
  const cert = await agencyA.post(`/api/people/${person.id}/documents`, { documentType: 'disability_certificate', number: 'D-77' });
  certificateId = cert.json().id;
});
afterAll(() => ctx.close());

describe('person record visibility', () => {
  it('the registering agency sees contact data and, with consent, health', async () => {
    const view = (await agencyA.get(`/api/people/${person.id}`)).json();
    expect(view).toMatchObject({ relation: 'registrar', phone: '+37491111111', address: '5 Tumanyan St', disability: false });
    expect(view.visibleCategories).toContain('health');
    expect(view.documents.map((d: { documentType: string }) => d.documentType).sort()).toEqual(['disability_certificate', 'passport']);
  });

  it('an unrelated agency gets 404 everywhere, exactly like a missing record', async () => {
    for (const url of [`/api/people/${person.id}`, `/api/people/${person.id}/history`, `/api/people/${person.id}/household-history`]) {
      expect((await agencyB.get(url)).statusCode).toBe(404);
    }
    expect((await agencyB.put(`/api/people/${person.id}`, { phone: '+37400000000', version: 2 })).statusCode).toBe(404);
    expect((await agencyB.post(`/api/people/${person.id}/documents`, { documentType: 'passport' })).statusCode).toBe(404);
  });

  it('a partner agency sees only the consented categories; the rest is absent, in the record and its history', async () => {
    await openCase(ctx, person.id, agencyA, [agencyB.agencyId]);
    await giveConsent(ctx, person.id, agencyB.agencyId, ['identity', 'employment']);
    const view = (await agencyB.get(`/api/people/${person.id}`)).json();
    expect(view).toMatchObject({ id: person.id, onedoorId: person.onedoorId, relation: 'partner', visibleCategories: ['employment', 'identity'] });
    expect(view.givenName).toBe('Արամ');
    for (const hidden of ['phone', 'email', 'address', 'municipalityCode', 'preferredLanguage', 'interpreterNeeded', 'educationLevel', 'disability', 'benefits']) {
      expect(view).not.toHaveProperty(hidden);
    }
    expect(view.documents.map((d: { documentType: string }) => d.documentType)).toEqual(['passport']);
    const history = (await agencyB.get(`/api/people/${person.id}/history`)).json();
    // Version 2 changed only the address (contact): the whole revision is left out.
    expect(history.map((r: { version: number }) => r.version)).toEqual([1]);
    expect(Object.keys(history[0].changes).sort()).toEqual(['birthDate', 'familyName', 'givenName', 'sex']);
  });

  it('a partner may not edit or reveal fields of hidden categories', async () => {
    expect((await agencyB.put(`/api/people/${person.id}`, { phone: '+37400000000', version: 2 })).statusCode).toBe(403);
    expect((await agencyB.post(`/api/people/${person.id}/documents`, { documentType: 'disability_certificate' })).statusCode).toBe(403);
    const put = await agencyB.put(`/api/people/${person.id}/documents/${certificateId}`, { documentType: 'passport', version: 1 });
    expect(put.statusCode).toBe(404);
  });

  it('consent withdrawal hides the data on the next request', async () => {
    await ctx.db.updateTable('consent_record').set({ withdrawn_at: ctx.clock.now() }).where('recipient_agency_id', '=', agencyB.agencyId).execute();
    expect((await agencyB.get(`/api/people/${person.id}`)).statusCode).toBe(404);
  });

  it('every read is audited with the categories shown', async () => {
    const reads = await ctx.db
      .selectFrom('audit_event').select(['details']).where('person_id', '=', person.id)
      .where('action', '=', 'person.read').where('actor_user_id', '=', agencyB.userId).execute();
    expect(reads.at(-1)?.details).toMatchObject({ categories: ['employment', 'identity'], relation: 'partner' });
  });
});
