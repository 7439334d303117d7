import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { consentBody, insertPerson, staffAt, staffOfNewAgency, type Staff } from './test-fixtures';

let ctx: TestContext;
let lead: Staff; // case manager of the registering (then lead) agency
let supervisor: Staff;
let partner: Staff; // worker of a partner agency
let outsider: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  lead = await staffOfNewAgency(ctx, ['case_manager']);
  supervisor = await staffAt(ctx, lead.agencyId, ['supervisor']);
  partner = await staffOfNewAgency(ctx, ['specialist']);
  outsider = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

async function openCase(by: Staff = lead) {
  const person = await insertPerson(ctx, by.agencyId);
  const res = await by.post('/api/cases', { personId: person.id });
  expect(res.statusCode).toBe(201);
  return { person, caseView: res.json() };
}

describe('opening a case', () => {
  it('opens a case led by the registering agency, audits it, and refuses a second active case', async () => {
    const person = await insertPerson(ctx, lead.agencyId, { given: 'Anahit', family: 'Grigoryan' });
    const res = await lead.post('/api/cases', { personId: person.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'open', version: 1, partners: [], closedAt: null,
      leadAgency: { id: lead.agencyId }, caseManager: { id: lead.userId },
      person: { id: person.id, onedoorId: person.onedoorId, name: { given: 'Anahit', family: 'Grigoryan' } },
    });
    const again = await supervisor.post('/api/cases', { personId: person.id });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'already_exists', reason: 'active_case_exists', activeCaseId: res.json().id });
    const audit = await ctx.db.selectFrom('audit_event').select(['action', 'person_id']).where('subject_id', '=', res.json().id).execute();
    expect(audit).toContainEqual({ action: 'case.open', person_id: person.id });
  });

  it('lets only one of two simultaneous openings win', async () => {
    const person = await insertPerson(ctx, lead.agencyId);
    const results = await Promise.all([lead.post('/api/cases', { personId: person.id }), supervisor.post('/api/cases', { personId: person.id })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.statusCode === 201)!.json();
    expect(results.find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'already_exists', activeCaseId: winner.id });
  });

  it('names another case manager of the lead agency, and refuses one from elsewhere', async () => {
    const person = await insertPerson(ctx, lead.agencyId);
    const foreign = await supervisor.post('/api/cases', { personId: person.id, caseManagerId: outsider.userId });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().fields).toEqual([expect.objectContaining({ field: 'caseManagerId', code: 'not_case_manager_of_agency' })]);
    const res = await supervisor.post('/api/cases', { personId: person.id, caseManagerId: lead.userId });
    expect(res.json().caseManager.id).toBe(lead.userId);
  });

  it('takes on a client who walks into another office while no case is open anywhere', async () => {
    const person = await insertPerson(ctx, lead.agencyId);
    const walkIn = await staffOfNewAgency(ctx, ['case_manager']);
    expect((await walkIn.get(`/api/people/${person.id}`)).statusCode).toBe(404);
    const taken = await walkIn.post('/api/cases', { personId: person.id });
    expect(taken.statusCode).toBe(201);
    expect(taken.json().caseManager.id).toBe(walkIn.userId);
    // The office now leads the case and works with the record.
    expect((await walkIn.get(`/api/people/${person.id}`)).statusCode).toBe(200);
    const audit = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'case.open').where('person_id', '=', person.id).executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ relation: 'taken_on' });
    // The registering office no longer works with the record; the case led elsewhere is not revealed to it.
    expect((await lead.post('/api/cases', { personId: person.id })).statusCode).toBe(404);
  });

  it('answers 404 for a case led elsewhere, as for a person that does not exist', async () => {
    const { person } = await openCase();
    expect((await outsider.post('/api/cases', { personId: person.id })).statusCode).toBe(404);
    expect((await outsider.post('/api/cases', { personId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('does not let roles without client work take a client on', async () => {
    const person = await insertPerson(ctx, lead.agencyId);
    const analyst = await staffOfNewAgency(ctx, ['analyst']);
    expect((await analyst.post('/api/cases', { personId: person.id })).statusCode).toBe(403);
  });
});

describe('partners and the timeline', () => {
  it('a partner joins, sees the case once the client consents, and the timeline spans both agencies', async () => {
    const { person, caseView } = await openCase();
    const joined = await lead.post(`/api/cases/${caseView.id}/partners`, { agencyId: partner.agencyId, role: 'Psychological support' });
    expect(joined.statusCode).toBe(201);
    expect(joined.json().partners).toEqual([expect.objectContaining({ agencyId: partner.agencyId, role: 'Psychological support' })]);
    // Membership alone shows nothing: deny by default until the client consents.
    expect((await partner.get(`/api/cases/${caseView.id}`)).statusCode).toBe(404);
    const consent = await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId));
    expect(consent.statusCode).toBe(201);
    const seen = await partner.get(`/api/cases/${caseView.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().person.name).toMatchObject({ given: 'Aram' });

    const timeline = (await partner.get(`/api/cases/${caseView.id}/timeline`)).json().items;
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(['consent.recorded', 'partner.joined', 'case.opened']);
    expect(timeline[2]).toMatchObject({ agency: { id: lead.agencyId, name: expect.any(String) }, actor: { id: lead.userId, displayName: expect.any(String) } });
    expect(timeline[0].details).toEqual({ consentId: consent.json().id, recipientAgencyId: partner.agencyId, decision: 'given' });
  });

  it('omits events of a data category the viewer may not see, without counting them', async () => {
    const { caseView } = await openCase();
    await ctx.db.transaction().execute((trx) =>
      ctx.services.cases.appendCaseEvent(trx, {
        caseId: caseView.id, type: 'note.added', agencyId: lead.agencyId, actorUserId: lead.userId, dataCategory: 'health', details: {},
      }),
    );
    await ctx.db.transaction().execute((trx) =>
      ctx.services.cases.appendCaseEvent(trx, {
        caseId: caseView.id, type: 'note.added', agencyId: lead.agencyId, actorUserId: lead.userId, dataCategory: 'employment', details: {},
      }),
    );
    const items = (await lead.get(`/api/cases/${caseView.id}/timeline`)).json().items;
    expect(items.map((e: { dataCategory: string | null }) => e.dataCategory)).toEqual(['employment', null]);
    const read = await ctx.db.selectFrom('audit_event').select('details').where('action', '=', 'case.timeline.read').where('subject_id', '=', caseView.id).executeTakeFirstOrThrow();
    expect(read.details).toMatchObject({ categories: ['employment'], events: 2 });
  });

  it('only the lead agency adds partners; a partner can leave and then sees nothing', async () => {
    const { person, caseView } = await openCase();
    expect((await lead.post(`/api/cases/${caseView.id}/partners`, { agencyId: lead.agencyId })).json().fields[0].code).toBe('partner_is_lead');
    await lead.post(`/api/cases/${caseView.id}/partners`, { agencyId: partner.agencyId });
    expect((await lead.post(`/api/cases/${caseView.id}/partners`, { agencyId: partner.agencyId })).statusCode).toBe(409);
    await lead.post(`/api/people/${person.id}/consents`, consentBody(partner.agencyId));
    expect((await partner.post(`/api/cases/${caseView.id}/partners`, { agencyId: outsider.agencyId })).statusCode).toBe(403);
    const left = await partner.post(`/api/cases/${caseView.id}/partners/${partner.agencyId}/leave`);
    expect(left.statusCode).toBe(204);
    expect((await partner.get(`/api/cases/${caseView.id}`)).statusCode).toBe(404);
    expect((await lead.get(`/api/cases/${caseView.id}`)).json().partners).toEqual([]);
  });
});

describe('status and case manager', () => {
  it('closes with a reason, refuses a stale version, and reopens only without another active case', async () => {
    const { person, caseView } = await openCase();
    const closed = await lead.put(`/api/cases/${caseView.id}/status`, { status: 'closed', reason: 'Found work', version: 1 });
    expect(closed.json()).toMatchObject({ status: 'closed', statusReason: 'Found work', version: 2, closedAt: expect.any(String) });
    const stale = await lead.put(`/api/cases/${caseView.id}/status`, { status: 'open', reason: 'Again', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const second = await lead.post('/api/cases', { personId: person.id });
    expect(second.statusCode).toBe(201);
    const reopen = await lead.put(`/api/cases/${caseView.id}/status`, { status: 'open', reason: 'Lost the job', version: 2 });
    expect(reopen.json()).toMatchObject({ code: 'already_exists', activeCaseId: second.json().id });
    const types = (await lead.get(`/api/cases/${caseView.id}/timeline`)).json().items.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('case.status_changed');
  });

  it('hands a case over: the supervisor may, another case manager may not', async () => {
    const { caseView } = await openCase();
    const colleague = await staffAt(ctx, lead.agencyId, ['case_manager']);
    expect((await colleague.put(`/api/cases/${caseView.id}/case-manager`, { caseManagerId: colleague.userId, version: 1 })).statusCode).toBe(403);
    const moved = await supervisor.put(`/api/cases/${caseView.id}/case-manager`, { caseManagerId: colleague.userId, version: 1 });
    expect(moved.json()).toMatchObject({ caseManager: { id: colleague.userId }, version: 2 });
    expect((await lead.put(`/api/cases/${caseView.id}/case-manager`, { caseManagerId: lead.userId, version: 1 })).statusCode).toBe(403);
    expect((await colleague.put(`/api/cases/${caseView.id}/case-manager`, { caseManagerId: lead.userId, version: 1 })).statusCode).toBe(409);
  });
});

describe('caseloads', () => {
  it("lists the viewer's own cases newest first, audits each person shown, and the agency's for supervisors only", async () => {
    const cm = await staffAt(ctx, lead.agencyId, ['case_manager']);
    const first = await openCase(cm);
    ctx.clock.advance(1000);
    const second = await openCase(cm);
    const mine = (await cm.get('/api/cases?assignedTo=me&limit=10')).json();
    expect(mine.total).toBe(2);
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([second.caseView.id, first.caseView.id]);
    expect(mine.items[0].person.name).not.toBeNull();
    const listed = await ctx.db.selectFrom('audit_event').select('person_id').where('action', '=', 'person.list').where('actor_user_id', '=', cm.userId).execute();
    expect(listed.map((r) => r.person_id).sort()).toEqual([first.person.id, second.person.id].sort());
    expect((await cm.get('/api/cases?assignedTo=agency')).statusCode).toBe(403);
    const agency = (await supervisor.get('/api/cases?assignedTo=agency&limit=200')).json();
    expect(agency.items.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([first.caseView.id, second.caseView.id]));
    const page = (await cm.get('/api/cases?limit=1&offset=1')).json();
    expect(page).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ id: first.caseView.id }] });
  });

  it("lists a person's cases for those who may see them", async () => {
    const { person, caseView } = await openCase();
    expect((await lead.get(`/api/people/${person.id}/cases`)).json()).toEqual([expect.objectContaining({ id: caseView.id, status: 'open' })]);
    expect((await outsider.get(`/api/people/${person.id}/cases`)).statusCode).toBe(404);
  });
});
