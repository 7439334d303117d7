import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, auditOf, giveConsent, openCase, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let worker: Staff;
let stranger: Staff;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = await staffMember(ctx);
  stranger = await staffMember(ctx);
});
afterAll(() => ctx.close());

describe('households', () => {
  it('creates a household, adds members, and moves a person with history', async () => {
    const head = await register(worker, aram);
    const child = await register(worker, { ...aram, givenName: 'Արփի', sex: 'female', birthDate: '2012-05-01' });
    const other = await register(worker, { ...aram, givenName: 'Vardan', familyName: 'Sahakyan' });

    const created = await worker.post('/api/households', { personId: head.id, joinedOn: '2020-01-01' });
    expect(created.statusCode).toBe(201);
    const household = created.json();
    expect(household.members).toEqual([expect.objectContaining({ personId: head.id, relationship: 'head', joinedOn: '2020-01-01' })]);
    const added = await worker.post(`/api/households/${household.id}/members`, { personId: child.id, relationship: 'child', joinedOn: '2020-01-01' });
    expect(added.json().members.map((m: { personId: string }) => m.personId)).toEqual([head.id, child.id]);
    const again = await worker.post(`/api/households/${household.id}/members`, { personId: child.id, relationship: 'child', joinedOn: '2021-01-01' });
    expect(again.json().fields[0]).toMatchObject({ field: 'personId', code: 'already_member' });

    const second = (await worker.post('/api/households', { personId: other.id, joinedOn: '2019-06-01' })).json();
    const early = await worker.post(`/api/households/${second.id}/members`, { personId: child.id, relationship: 'other_relative', joinedOn: '2019-12-31' });
    expect(early.json().fields[0]).toMatchObject({ field: 'joinedOn', code: 'joined_before_previous' });
    const moved = await worker.post(`/api/households/${second.id}/members`, { personId: child.id, relationship: 'other_relative', joinedOn: '2024-03-01' });
    expect(moved.statusCode).toBe(200);

    const history = (await worker.get(`/api/people/${child.id}/household-history`)).json();
    expect(history).toEqual([
      { householdId: second.id, relationship: 'other_relative', joinedOn: '2024-03-01', leftOn: null },
      { householdId: household.id, relationship: 'child', joinedOn: '2020-01-01', leftOn: '2024-02-29' },
    ]);
    const view = (await worker.get(`/api/people/${head.id}`)).json();
    expect(view.household.members.map((m: { personId: string }) => m.personId)).toEqual([head.id]);
    expect((await auditOf(ctx, child.id)).map((e) => e.action)).toEqual(expect.arrayContaining(['household.member.leave', 'household.member.join']));
  });

  it('leaves out members the viewer may not see, and audits the ones shown', async () => {
    const mine = await register(worker, { ...aram, givenName: 'Mariam', sex: 'female' });
    const theirs = await register(stranger, { ...aram, givenName: 'Seda', sex: 'female' });
    const household = (await stranger.post('/api/households', { personId: theirs.id, joinedOn: '2020-01-01' })).json();
    // The stranger cannot add someone they do not see; the worker cannot reach the stranger's household.
    expect((await stranger.post(`/api/households/${household.id}/members`, { personId: mine.id, relationship: 'sibling', joinedOn: '2021-01-01' })).statusCode).toBe(404);
    expect((await worker.post(`/api/households/${household.id}/members`, { personId: mine.id, relationship: 'sibling', joinedOn: '2021-01-01' })).statusCode).toBe(404);
    // Once the worker's agency is a partner in the client's case, with consent to identity, it is shared.
    await openCase(ctx, theirs.id, stranger, [worker.agencyId]);
    await giveConsent(ctx, theirs.id, worker.agencyId, ['identity']);
    const joined = await worker.post(`/api/households/${household.id}/members`, { personId: mine.id, relationship: 'sibling', joinedOn: '2021-01-01' });
    expect(joined.statusCode).toBe(200);
    // The stranger's agency sees its own client but not the worker's.
    const strangerView = (await stranger.get(`/api/people/${theirs.id}`)).json();
    expect(strangerView.household.members.map((m: { personId: string }) => m.personId)).toEqual([theirs.id]);
    const workerView = (await worker.get(`/api/people/${mine.id}`)).json();
    expect(workerView.household.members.map((m: { personId: string }) => m.personId)).toEqual([theirs.id, mine.id]);
    const related = (await auditOf(ctx, theirs.id)).filter((e) => e.action === 'person.read_related' && e.actor_user_id === worker.userId);
    expect(related.at(-1)?.details).toMatchObject({ categories: ['identity'], shownIn: 'household' });
  });
});
