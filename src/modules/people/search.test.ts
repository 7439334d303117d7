import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { auditOf, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let armenianOffice: Staff;
let other: Staff;
const ids: Record<string, string> = {};
const BIRTH = '1985-03-14';

beforeAll(async () => {
  ctx = await createTestApp();
  armenianOffice = await staffMember(ctx);
  other = await staffMember(ctx);
  const person = (givenName: string, familyName: string, birthDate = BIRTH, extra = {}) =>
    register(armenianOffice, { givenName, familyName, sex: 'male', birthDate, ...extra });
  ids.armn = (await person('Արամ', 'Պետրոսյան')).id;
  ids.cyrl = (await person('Арам', 'Петросян')).id;
  ids.latn = (await person('Aram', 'Petrosyan', BIRTH, { nationalId: '1112223334' })).id;
  // Near misses that must rank below the three: same name other birthday, other name same birthday.
  ids.otherBirthday = (await person('Aram', 'Petrosyan', '1971-09-02')).id;
  ids.sameBirthdayOtherName = (await person('Davit', 'Petrosyants')).id;
  ids.unrelated = (await person('Karen', 'Sahakyan')).id;
});
afterAll(() => ctx.close());

const search = (staff: Staff, q: Record<string, string>) => staff.get(`/api/people/search?${new URLSearchParams(q)}`);

describe('cross-script duplicate search', () => {
  it.each([
    ['Armenian', 'Արամ', 'Պետրոսյան'],
    ['Russian', 'Арам', 'Петросян'],
    ['Latin', 'Aram', 'Petrosyan'],
    ['Latin with a typo', 'Aram', 'Petrosyn'],
    ['French-style spelling', 'Aram', 'Petrossian'],
  ])('finds the three spellings first for the %s query', async (_label, givenName, familyName) => {
    const res = await search(armenianOffice, { givenName, familyName, birthDate: BIRTH });
    expect(res.statusCode).toBe(200);
    const candidates = res.json().candidates as { id: string; score: number; reasons: string[] }[];
    expect(candidates.slice(0, 3).map((c) => c.id).sort()).toEqual([ids.armn, ids.cyrl, ids.latn].sort());
    for (const c of candidates.slice(0, 3)) expect(c.reasons).toContain('same_birth_date');
    const rest = candidates.slice(3);
    expect(rest.every((c) => c.score < candidates[2]!.score)).toBe(true);
    expect(candidates.map((c) => c.id)).not.toContain(ids.unrelated);
  });

  it('explains each candidate', async () => {
    const { candidates } = (await search(armenianOffice, { givenName: 'Арам', familyName: 'Петросян', birthDate: BIRTH })).json();
    const byId = new Map(candidates.map((c: { id: string }) => [c.id, c]));
    expect(byId.get(ids.cyrl)).toMatchObject({ reasons: ['same_name', 'same_birth_date'], score: 0.8 });
    expect(byId.get(ids.armn)).toMatchObject({ reasons: ['name_same_after_transliteration', 'different_script', 'same_birth_date'] });
    expect(byId.get(ids.otherBirthday)).toMatchObject({ reasons: ['name_same_after_transliteration', 'different_script'] });
  });

  it('matches on the national id whatever the name', async () => {
    const { candidates } = (await search(armenianOffice, { familyName: 'Unknown', nationalId: '111-222-3334' })).json();
    expect(candidates[0]).toMatchObject({ id: ids.latn, reasons: expect.arrayContaining(['national_id_match']) });
  });

  it('finds a day-and-month swap', async () => {
    await register(armenianOffice, { givenName: 'Nune', familyName: 'Mkrtchyan', sex: 'female', birthDate: '1990-04-07' });
    const { candidates } = (await search(armenianOffice, { givenName: 'Нуне', familyName: 'Мкртчян', birthDate: '1990-07-04' })).json();
    expect(candidates[0]).toMatchObject({ familyName: 'Mkrtchyan', reasons: expect.arrayContaining(['similar_birth_date']) });
  });

  it('needs a family name or a national id', async () => {
    const res = await search(armenianOffice, { givenName: 'Aram' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ field: 'familyName', code: 'name_or_national_id_required' })]);
  });
});

describe('single-registry rule', () => {
  it('shows an unrelated agency minimal identity only, with canOpen false, and 404 on opening', async () => {
    const res = await search(other, { givenName: 'Aram', familyName: 'Petrosyan', birthDate: BIRTH });
    const found = res.json().candidates.find((c: { id: string }) => c.id === ids.latn);
    expect(Object.keys(found).sort()).toEqual(
      ['birthDate', 'canOpen', 'familyName', 'givenName', 'id', 'municipalityCode', 'nameScript', 'onedoorId', 'patronymic', 'reasons', 'score'],
    );
    expect(found.canOpen).toBe(false);
    expect((await other.get(`/api/people/${ids.latn}`)).statusCode).toBe(404);
    const mine = (await search(armenianOffice, { givenName: 'Aram', familyName: 'Petrosyan', birthDate: BIRTH })).json();
    expect(mine.candidates.find((c: { id: string }) => c.id === ids.latn).canOpen).toBe(true);
  });

  it('audits every candidate shown, one event per person, identity only', async () => {
    const res = await search(other, { givenName: 'Karen', familyName: 'Sahakyan', birthDate: BIRTH });
    const shown = res.json().candidates.map((c: { id: string }) => c.id);
    expect(shown).toContain(ids.unrelated);
    for (const id of shown) {
      const events = (await auditOf(ctx, id)).filter((e) => e.action === 'person.search_result' && e.actor_user_id === other.userId);
      expect(events.length).toBeGreaterThanOrEqual(1);
      expect(events.at(-1)).toMatchObject({ purpose: 'case_work', details: expect.objectContaining({ categories: ['identity'] }) });
    }
  });
});
