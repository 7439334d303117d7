import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, auditOf, register, staffMember, type Staff } from './test-fixtures';

let ctx: TestContext;
let worker: Staff;
beforeAll(async () => {
  ctx = await createTestApp();
  worker = await staffMember(ctx);
});
afterAll(() => ctx.close());

const actions = async (personId: string) => (await auditOf(ctx, personId)).map((e) => e.action);

describe('duplicate links', () => {
  it('links a duplicate without merging, redirects reads, and undoes the link keeping both histories', async () => {
    const primary = await register(worker, aram);
    const duplicate = await register(worker, { ...aram, givenName: 'Арам', familyName: 'Петросян' });
    await worker.put(`/api/people/${duplicate.id}`, { phone: '+37491000000', version: 1 });

    const created = await worker.post(`/api/people/${primary.id}/links`, { duplicatePersonId: duplicate.id, status: 'linked', reason: 'Same passport seen at both offices' });
    expect(created.statusCode).toBe(201);
    const link = created.json();
    expect(link).toMatchObject({ personId: primary.id, duplicatePersonId: duplicate.id, status: 'linked', version: 1 });

    const dupView = (await worker.get(`/api/people/${duplicate.id}`)).json();
    expect(dupView.linkedTo).toEqual({ linkId: link.id, id: primary.id, onedoorId: primary.onedoorId });
    expect(dupView.phone).toBe('+37491000000');
    const primaryView = (await worker.get(`/api/people/${primary.id}`)).json();
    expect(primaryView.linkedTo).toBeNull();
    expect(primaryView.linkedDuplicates).toEqual([
      { linkId: link.id, status: 'linked', version: 1, otherPerson: { id: duplicate.id, onedoorId: duplicate.onedoorId }, otherIs: 'duplicate' },
    ]);

    const undone = await worker.post(`/api/person-links/${link.id}/decide`, { status: 'unlinked', reason: 'Twins, not the same person', version: 1 });
    expect(undone.json()).toMatchObject({ status: 'unlinked', version: 2 });
    expect((await worker.get(`/api/people/${duplicate.id}`)).json()).toMatchObject({ linkedTo: null, linkedDuplicates: [] });

    // Both records and their histories are intact.
    expect((await worker.get(`/api/people/${primary.id}/history`)).json().map((r: { version: number }) => r.version)).toEqual([1]);
    expect((await worker.get(`/api/people/${duplicate.id}/history`)).json().map((r: { version: number }) => r.version)).toEqual([2, 1]);
    // Each step is in both people's audit trails.
    for (const id of [primary.id, duplicate.id]) expect(await actions(id)).toEqual(expect.arrayContaining(['person.link', 'person.unlink']));
  });

  it('flags a suspected duplicate, then confirms it; stale versions and bad transitions are refused', async () => {
    const a = await register(worker, { ...aram, givenName: 'Ani', familyName: 'Hovhannisyan', sex: 'female' });
    const b = await register(worker, { ...aram, givenName: 'Ани', familyName: 'Оганесян', sex: 'female' });
    const flagged = (await worker.post(`/api/people/${a.id}/links`, { duplicatePersonId: b.id, status: 'suspected', reason: 'Same birth date' })).json();
    const again = await worker.post(`/api/people/${b.id}/links`, { duplicatePersonId: a.id, status: 'suspected', reason: 'Again' });
    expect(again.json().fields).toEqual([expect.objectContaining({ field: 'duplicatePersonId', code: 'link_exists' })]);
    const bad = await worker.post(`/api/person-links/${flagged.id}/decide`, { status: 'unlinked', reason: 'x', version: 1 });
    expect(bad.json().fields).toEqual([expect.objectContaining({ field: 'status', code: 'invalid_status_change' })]);
    const ok = await worker.post(`/api/person-links/${flagged.id}/decide`, { status: 'linked', reason: 'Checked the passport', version: 1 });
    expect(ok.json()).toMatchObject({ status: 'linked', version: 2 });
    const stale = await worker.post(`/api/person-links/${flagged.id}/decide`, { status: 'unlinked', reason: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2 });
    expect(await actions(b.id)).toEqual(expect.arrayContaining(['person.link_suspected', 'person.link']));
  });

  it('refuses a link to itself, chains, and records the viewer may not see', async () => {
    const a = await register(worker, { ...aram, givenName: 'Tigran' });
    const b = await register(worker, { ...aram, givenName: 'Tigran', familyName: 'Petrosian' });
    const c = await register(worker, { ...aram, givenName: 'Tigran', familyName: 'Petrossian' });
    expect((await worker.post(`/api/people/${a.id}/links`, { duplicatePersonId: a.id, status: 'linked', reason: 'x' })).json().fields[0].code).toBe('same_person');
    await worker.post(`/api/people/${a.id}/links`, { duplicatePersonId: b.id, status: 'linked', reason: 'x' });
    const chain = await worker.post(`/api/people/${b.id}/links`, { duplicatePersonId: c.id, status: 'linked', reason: 'x' });
    expect(chain.json().fields[0].code).toBe('already_linked');
    const stranger = await staffMember(ctx);
    const hidden = await stranger.post(`/api/people/${a.id}/links`, { duplicatePersonId: c.id, status: 'suspected', reason: 'x' });
    expect(hidden.statusCode).toBe(404);
  });
});
