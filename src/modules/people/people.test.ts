import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, auditOf, colleagueOf, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let worker: Staff;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = await staffMember(ctx);
});
afterAll(() => ctx.close());

describe('registration', () => {
  it('registers a person with a OneDoor id, a Latin transliteration, revision 1 and an audit event', async () => {
    const res = await worker.post('/api/people', {
      ...aram, patronymic: 'Գագիկի', nationalId: '1234 567 890', phone: '+374 91 123-456', email: 'aram@example.com',
      municipalityCode: 'AM-ER-YEREVAN', address: '1 Abovyan St', preferredLanguage: 'hy', educationLevel: 'vocational',
    });
    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({
      onedoorId: expect.stringMatching(/^OD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
      version: 1, relation: 'registrar', nationalId: '1234567890', nameScript: 'Armn',
      givenNameLatin: 'Aram', familyNameLatin: 'Petrosyan', phone: '+37491123456', interpreterNeeded: false,
      household: null, documents: [], unemploymentSpells: [], benefits: [], linkedTo: null, linkedDuplicates: [],
    });
    // The registering agency works with ordinary data; health needs consent.
    expect(person.visibleCategories).toEqual(['benefits', 'contact', 'education', 'employment', 'financial', 'identity']);
    expect(person).not.toHaveProperty('disability');
    const revision = await ctx.db.selectFrom('person_revision').selectAll().where('person_id', '=', person.id).executeTakeFirstOrThrow();
    expect(revision).toMatchObject({ version: 1, changed_by: worker.userId });
    expect(revision.changes.familyName).toEqual({ from: null, to: 'Պետրոսյան' });
    const events = await auditOf(ctx, person.id);
    expect(events).toEqual([expect.objectContaining({ action: 'person.create', actor_user_id: worker.userId, purpose: 'case_work' })]);
    expect(JSON.stringify(events[0]!.details)).not.toContain('Պետրոսյան');
  });

  it('rejects bad input with field paths and translated messages, writing nothing', async () => {
    const count = async () => (await ctx.db.selectFrom('person').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const before = await count();
    worker.language = 'ru';
    const res = await worker.post('/api/people', {
      ...aram, birthDate: '2023-02-30', nationalId: '12345', municipalityCode: 'XX-NOWHERE', phone: 'call me', email: 'not-mail',
    });
    worker.language = 'en';
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields;
    expect(fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'birthDate', code: 'invalid_birth_date', message: expect.stringContaining('дату рождения') }),
      expect.objectContaining({ field: 'nationalId', code: 'invalid_national_id' }),
      expect.objectContaining({ field: 'municipalityCode', code: 'unknown_municipality' }),
      expect.objectContaining({ field: 'phone', code: 'invalid_phone' }),
      expect.objectContaining({ field: 'email', code: 'invalid_email' }),
    ]));
    for (const birthDate of ['2999-01-01', '1850-06-01', 'yesterday']) {
      const bad = await worker.post('/api/people', { ...aram, birthDate });
      expect(bad.json().fields).toEqual([expect.objectContaining({ field: 'birthDate', code: 'invalid_birth_date' })]);
    }
    const shape = await worker.post('/api/people', { givenName: '', familyName: 'X', sex: 'robot', birthDate: '1990-01-01' });
    expect(shape.json().fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'givenName', code: 'required' }),
      expect.objectContaining({ field: 'sex', code: 'invalid_value' }),
    ]));
    expect(await count()).toBe(before);
  });

  it('answers 409 on a national id that is already registered', async () => {
    await register(worker, { ...aram, givenName: 'Anna', familyName: 'Sargsyan', sex: 'female', nationalId: '5555555555' });
    const dup = await worker.post('/api/people', { ...aram, nationalId: '5555-555-555' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'already_exists', fields: [expect.objectContaining({ field: 'nationalId', code: 'national_id_taken' })] });
  });
});

describe('editing and history', () => {
  it('gives the second of two concurrent editors 409 with the current version', async () => {
    const person = await register(worker, { ...aram, givenName: 'Gayane', familyName: 'Hakobyan', sex: 'female' });
    const colleague = await colleagueOf(ctx, worker);
    const first = await worker.put(`/api/people/${person.id}`, { phone: '+37499000111', version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, phone: '+37499000111' });
    const second = await colleague.put(`/api/people/${person.id}`, { phone: '+37477000222', version: 1 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await worker.get(`/api/people/${person.id}`)).json().phone).toBe('+37499000111');
  });

  it('recomputes the transliteration and shows who changed what, audited by field name only', async () => {
    const person = await register(worker, { ...aram, givenName: 'Armen', familyName: 'Grigoryan' });
    const colleague = await colleagueOf(ctx, worker);
    const res = await colleague.put(`/api/people/${person.id}`, { familyName: 'Գրիգորյան', email: 'armen@example.org', version: 1 });
    expect(res.json()).toMatchObject({ familyName: 'Գրիգորյան', familyNameLatin: 'Grigoryan', nameScript: 'Armn', version: 2 });
    const history = (await worker.get(`/api/people/${person.id}/history`)).json();
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      version: 2,
      changedBy: { id: colleague.userId, displayName: expect.stringContaining('Colleague'), agencyName: expect.any(String) },
      changes: { familyName: { from: 'Grigoryan', to: 'Գրիգորյան' }, email: { from: null, to: 'armen@example.org' } },
    });
    expect(history[1]).toMatchObject({ version: 1, changedBy: { id: worker.userId } });
    const events = await auditOf(ctx, person.id);
    const update = events.find((e) => e.action === 'person.update')!;
    expect(update.details).toMatchObject({ changed: ['familyName', 'email'] });
    expect(JSON.stringify(update.details)).not.toContain('example.org');
    expect(events.map((e) => e.action)).toContain('person.history');
  });

  it('refuses to edit a field of a category the editor may not see', async () => {
    const person = await register(worker, { ...aram, givenName: 'Lilit', familyName: 'Avetisyan', sex: 'female' });
    const res = await worker.put(`/api/people/${person.id}`, { disability: true, version: 1 });
    expect(res.statusCode).toBe(403);
    expect((await worker.get(`/api/people/${person.id}`)).json().version).toBe(1);
  });
});
