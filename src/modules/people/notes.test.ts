/** Case notes: encrypted at rest, shown per data category, audited, and re-sealed when the key rotates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEncryptor } from '../../server/crypto';
import { rotateKeys, sealedByKey } from '../../server/key-rotation';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, colleagueOf, giveConsent, openCase, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let lead: Staff;
let partner: Staff;
let stranger: Staff;
let person: { id: string };
const url = () => `/api/people/${person.id}/notes`;
const HEALTH_TEXT = 'Diagnosed with diabetes type 2; insulin since March';
const WORK_TEXT = 'Wants to retrain as a welder; good references';

beforeAll(async () => {
  ctx = await createTestApp();
  lead = await staffMember(ctx);
  partner = await staffMember(ctx);
  stranger = await staffMember(ctx);
  person = await register(lead, aram);
  await openCase(ctx, person.id, lead, [partner.agencyId]);
  await giveConsent(ctx, person.id, lead.agencyId, ['health']);
  await giveConsent(ctx, person.id, partner.agencyId, ['identity', 'employment']);
});
afterAll(() => ctx.close());

describe('writing and reading notes', () => {
  it('stores the body encrypted: the row never holds the plain text', async () => {
    const res = await lead.post(url(), { dataCategory: 'health', body: HEALTH_TEXT });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ dataCategory: 'health', body: HEALTH_TEXT, version: 1, agency: { id: lead.agencyId } });
    const rows = await ctx.db.selectFrom('person_note').selectAll().where('person_id', '=', person.id).execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('diabetes');
    expect(rows[0]!.body_encrypted).toMatch(/^v1\.[0-9a-f]{8}\./);
  });

  it('shows each viewer only the notes of categories they may see, without counting the others', async () => {
    await lead.post(url(), { dataCategory: 'employment', body: WORK_TEXT });
    const leadNotes = (await lead.get(url())).json<{ dataCategory: string; body: string }[]>();
    expect(leadNotes.map((n) => n.dataCategory).sort()).toEqual(['employment', 'health']);
    const partnerRes = await partner.get(url());
    expect(partnerRes.statusCode).toBe(200);
    expect(partnerRes.json()).toEqual([expect.objectContaining({ dataCategory: 'employment', body: WORK_TEXT })]);
    expect(partnerRes.body).not.toContain('diabetes');
    expect((await stranger.get(url())).statusCode).toBe(404);
  });

  it('refuses a note in a category the writer may not see, and any note on a record they cannot see', async () => {
    expect((await partner.post(url(), { dataCategory: 'addiction', body: 'x' })).statusCode).toBe(403);
    expect((await lead.post(url(), { dataCategory: 'addiction', body: 'x' })).statusCode).toBe(403);
    expect((await stranger.post(url(), { dataCategory: 'identity', body: 'x' })).statusCode).toBe(404);
  });

  it('withdrawn consent hides the notes on the next request', async () => {
    const other = await staffMember(ctx);
    await ctx.db.insertInto('case_partner').values({ case_id: (await caseOf(person.id)), agency_id: other.agencyId, joined_at: ctx.clock.now() }).execute();
    await giveConsent(ctx, person.id, other.agencyId, ['employment']);
    expect((await other.get(url())).json()).toHaveLength(1);
    await ctx.db.updateTable('consent_record').set({ withdrawn_at: ctx.clock.now() }).where('recipient_agency_id', '=', other.agencyId).execute();
    expect((await other.get(url())).statusCode).toBe(404);
  });
});

describe('editing notes', () => {
  it('needs the version read (409 when stale) and the author agency', async () => {
    const note = (await lead.post(url(), { dataCategory: 'employment', body: 'First draft' })).json<{ id: string }>();
    const edit = `${url()}/${note.id}`;
    expect((await lead.put(edit, { body: 'Second draft', version: 1 })).json()).toMatchObject({ body: 'Second draft', version: 2 });
    const stale = await lead.put(edit, { body: 'Lost update', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    const colleague = await colleagueOf(ctx, lead);
    expect((await colleague.put(edit, { body: 'Colleague edit', version: 2 })).statusCode).toBe(200);
    expect((await partner.put(edit, { body: 'Partner edit', version: 3 })).statusCode).toBe(403);
  });

  it('answers a note of a hidden category as not found', async () => {
    const health = (await lead.get(url())).json<{ id: string; dataCategory: string }[]>().find((n) => n.dataCategory === 'health')!;
    expect((await partner.put(`${url()}/${health.id}`, { body: 'x', version: 1 })).statusCode).toBe(404);
    expect((await lead.put(`${url()}/${health.id}`, { body: 'x', dataCategory: 'addiction', version: 1 })).statusCode).toBe(403);
  });
});

describe('audit', () => {
  it('records every read and write with the categories shown, never the text', async () => {
    const events = await ctx.db.selectFrom('audit_event').select(['action', 'actor_user_id', 'details'])
      .where('person_id', '=', person.id).where('action', 'like', 'person.note%').orderBy('seq').execute();
    expect(events.find((e) => e.action === 'person.note.create')?.details).toEqual({ categories: ['health'] });
    const partnerRead = events.filter((e) => e.action === 'person.notes.read' && e.actor_user_id === partner.userId)[0];
    expect(partnerRead?.details).toMatchObject({ categories: ['employment'], notes: 1, relation: 'partner' });
    expect(JSON.stringify(events)).not.toMatch(/diabetes|welder|draft/);
  });
});

describe('key rotation', () => {
  it('re-encrypts everything sealed with a retired key, after which the old key can be dropped', async () => {
    const oldKey = ctx.config.encryptionKey;
    const newKey = Buffer.alloc(32, 9);
    const old = createEncryptor(oldKey);
    await ctx.db.updateTable('staff_user').set({ totp_secret: old.encrypt('JBSWY3DPEHPK3PXP') }).where('id', '=', lead.userId).execute();
    const newOnly = createEncryptor(newKey);
    const bodies = async () => (await ctx.db.selectFrom('person_note').select('body_encrypted').execute()).map((r) => r.body_encrypted);
    const before = (await bodies())[0]!;
    expect(() => newOnly.decrypt(before)).toThrow();

    const rotating = createEncryptor(newKey, [oldKey]);
    const results = await rotateKeys({ db: ctx.db, encryptor: rotating, audit: ctx.services.audit, batchSize: 2 });
    const notes = (await bodies()).length;
    expect(results.find((r) => r.label === 'case notes')).toEqual({ label: 'case notes', reencrypted: notes, unreadable: 0 });
    expect(results.find((r) => r.label === 'second-factor secrets')).toMatchObject({ reencrypted: 1, unreadable: 0 });
    // Only the new key is needed from now on.
    expect((await bodies()).map((b) => newOnly.decrypt(b))).toEqual(expect.arrayContaining([HEALTH_TEXT, WORK_TEXT]));
    const secret = await ctx.db.selectFrom('staff_user').select('totp_secret').where('id', '=', lead.userId).executeTakeFirstOrThrow();
    expect(newOnly.decrypt(secret.totp_secret!)).toBe('JBSWY3DPEHPK3PXP');
    expect((await sealedByKey(ctx.db)).every((r) => r.keyId === newOnly.currentKeyId)).toBe(true);
    // A second run has nothing left to do; every batch was audited.
    expect((await rotateKeys({ db: ctx.db, encryptor: rotating, audit: ctx.services.audit })).every((r) => r.reencrypted === 0)).toBe(true);
    const audited = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'keys.rotate').execute();
    expect(audited.reduce((n, e) => n + (e.details as { reencrypted: number }).reencrypted, 0)).toBe(notes + 1);
  });
});

const caseOf = async (personId: string) =>
  (await ctx.db.selectFrom('client_case').select('id').where('person_id', '=', personId).executeTakeFirstOrThrow()).id;
