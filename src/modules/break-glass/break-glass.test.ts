import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes } from '../../server/clock';
import { createTestApp, type TestContext } from '../../test/test-app';
import { insertPerson, staffOfNewAgency, type Staff } from '../cases/test-fixtures';
import { BREAK_GLASS_MINUTES } from './service';

let ctx: TestContext;
let lead: Staff;
let emergency: Staff; // a worker of an agency with no relation to the client
let dpo: Staff;

const REASON = 'Client collapsed at our office; need medical contacts';

beforeAll(async () => {
  // The grant outlives the default idle timeout; a longer one keeps the test's sessions alive.
  ctx = await createTestApp({ SESSION_IDLE_MINUTES: '240' });
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  emergency = await staffOfNewAgency(ctx, ['case_manager']);
  dpo = await staffOfNewAgency(ctx, ['data_protection_officer']);
});
afterAll(() => ctx.close());

const seesRecord = async (personId: string) => {
  const decision = (await ctx.services.access.decideMany(emergency.viewer, [personId], 'case_work')).get(personId);
  return decision?.relation ?? 'none';
};

describe('break-glass', () => {
  it('needs a reason of at least 20 characters, in the user\'s language', async () => {
    const { id } = await insertPerson(ctx, lead.agencyId);
    emergency.language = 'ru';
    const res = await emergency.post(`/api/people/${id}/break-glass`, { reason: 'urgent' });
    emergency.language = 'en';
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'reason', code: 'too_small_string', params: expect.objectContaining({ minimum: '20' }), message: 'Не менее 20 символов' }]);
  });

  it('opens the record for a limited time, flagged in the audit trail and the case timeline, then expires', async () => {
    const { id } = await insertPerson(ctx, lead.agencyId);
    const caseId = (await lead.post('/api/cases', { personId: id })).json().id;
    expect(await seesRecord(id)).toBe('none');
    const res = await emergency.post(`/api/people/${id}/break-glass`, { reason: REASON });
    expect(res.statusCode).toBe(201);
    const expiresAt = new Date(ctx.clock.now().getTime() + minutes(BREAK_GLASS_MINUTES)).toISOString();
    expect(res.json()).toMatchObject({ personId: id, expiresAt });
    expect(await seesRecord(id)).toBe('break_glass');
    expect((await emergency.get(`/api/people/${id}`)).json()).toMatchObject({ relation: 'break_glass', visibleCategories: expect.arrayContaining(['health']) });
    expect((await emergency.get(`/api/cases/${caseId}`)).json().person.name).not.toBeNull();
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'break_glass.open').where('person_id', '=', id).executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ flagged: true, expiresAt });
    const read = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'case.read').where('actor_user_id', '=', emergency.userId).executeTakeFirstOrThrow();
    expect(read.details).toMatchObject({ relation: 'break_glass', breakGlass: true });
    expect((await lead.get(`/api/cases/${caseId}/timeline`)).json().items[0]).toMatchObject({ type: 'break_glass.opened', actor: { id: emergency.userId } });

    ctx.clock.advance(minutes(BREAK_GLASS_MINUTES + 1));
    expect(await seesRecord(id)).toBe('none');
    expect((await emergency.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
    expect((await emergency.get(`/api/people/${id}`)).statusCode).toBe(404);
  });

  it('is refused to someone who already works with the client, and for an unknown person', async () => {
    const { id } = await insertPerson(ctx, lead.agencyId);
    const res = await lead.post(`/api/people/${id}/break-glass`, { reason: REASON });
    expect(res.json().fields[0]).toMatchObject({ field: 'reason', code: 'break_glass_not_needed' });
    expect((await emergency.post('/api/people/00000000-0000-4000-8000-000000000000/break-glass', { reason: REASON })).statusCode).toBe(404);
  });

  it('is listed for the data protection officer, who reviews it once per version', async () => {
    const person = await insertPerson(ctx, lead.agencyId);
    const grant = (await emergency.post(`/api/people/${person.id}/break-glass`, { reason: REASON })).json();
    const unreviewed = (await dpo.get('/api/break-glass?status=unreviewed')).json();
    const use = unreviewed.items.find((u: { id: string }) => u.id === grant.id);
    expect(use).toMatchObject({
      person: { id: person.id, onedoorId: person.onedoorId }, user: { id: emergency.userId, agency: { id: emergency.agencyId } },
      reason: REASON, active: true, review: null, version: 1,
    });
    expect(Object.keys(use.person)).toEqual(['id', 'onedoorId']);
    const reviewed = await dpo.post(`/api/break-glass/${grant.id}/review`, { outcome: 'justified', note: 'Ambulance log confirms', version: 1 });
    expect(reviewed.json()).toMatchObject({ review: { outcome: 'justified', reviewedBy: { id: dpo.userId } }, version: 2 });
    expect((await dpo.post(`/api/break-glass/${grant.id}/review`, { outcome: 'not_justified', note: 'x', version: 1 })).statusCode).toBe(409);
    const after = (await dpo.get('/api/break-glass?status=unreviewed')).json();
    expect(after.items.map((u: { id: string }) => u.id)).not.toContain(grant.id);
    expect((await dpo.get('/api/break-glass?status=all')).json().items.map((u: { id: string }) => u.id)).toContain(grant.id);
    const audit = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', grant.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['break_glass.open', 'break_glass.list', 'break_glass.review']));
  });
});
