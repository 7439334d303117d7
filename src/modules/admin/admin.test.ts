import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let admin: TestClient & { userId: string };
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await ctx.signedIn(['administrator']);
});
afterAll(() => ctx.close());

describe('agencies and offices', () => {
  it('creates an agency and an office, and audits both', async () => {
    const agency = await admin.post('/api/admin/agencies', { name: 'Gyumri Social Welfare Centre', type: 'social_welfare_centre' });
    expect(agency.statusCode).toBe(201);
    const office = await admin.post('/api/admin/offices', {
      agencyId: agency.json().id,
      name: 'Central office',
      municipalityCode: 'AM-ER-YEREVAN',
      address: '12 Abovyan St',
    });
    expect(office.statusCode).toBe(201);
    expect(office.json()).toMatchObject({ name: 'Central office', phone: null, version: 1 });
    const listed = (await admin.get(`/api/admin/offices?agencyId=${agency.json().id}`)).json();
    expect(listed.map((o: { name: string }) => o.name)).toEqual(['Central office']);
    const actions = await ctx.db.selectFrom('audit_event').select('action').where('actor_user_id', '=', admin.userId).execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['admin.agency.create', 'admin.office.create']));
  });

  it('rejects bad input with the field path and a translated message, writing nothing', async () => {
    admin.language = 'ru';
    const before = (await admin.get('/api/admin/agencies')).json().length;
    const res = await admin.post('/api/admin/agencies', { name: '', type: 'bank' });
    admin.language = 'en';
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', title: 'Некоторые поля нужно исправить' });
    expect(res.json().fields).toEqual(
      expect.arrayContaining([
        { field: 'name', code: 'required', params: expect.any(Object), message: 'Это поле обязательно' },
        expect.objectContaining({ field: 'type', code: 'invalid_value' }),
      ]),
    );
    expect((await admin.get('/api/admin/agencies')).json()).toHaveLength(before);
  });

  it('refuses an unknown municipality and a duplicate name', async () => {
    const agency = (await admin.post('/api/admin/agencies', { name: 'Hope NGO', type: 'ngo' })).json();
    const unknown = await admin.post('/api/admin/offices', { agencyId: agency.id, name: 'A', municipalityCode: 'XX-NOWHERE' });
    expect(unknown.json().fields).toEqual([expect.objectContaining({ field: 'municipalityCode', code: 'unknown_municipality' })]);
    const dup = await admin.post('/api/admin/agencies', { name: 'hope ngo', type: 'ngo' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().fields[0]).toMatchObject({ field: 'name', code: 'name_taken' });
  });

  it('returns 409 with the current version when an edit is based on a stale version', async () => {
    const agency = (await admin.post('/api/admin/agencies', { name: 'Vanadzor Employment Office', type: 'employment_service' })).json();
    const first = await admin.put(`/api/admin/agencies/${agency.id}`, { name: 'Vanadzor Employment Centre', type: 'employment_service', active: true, version: 1 });
    expect(first.json()).toMatchObject({ version: 2, name: 'Vanadzor Employment Centre' });
    const stale = await admin.put(`/api/admin/agencies/${agency.id}`, { name: 'Overwritten', type: 'employment_service', active: true, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const current = (await admin.get('/api/admin/agencies')).json().find((a: { id: string }) => a.id === agency.id);
    expect(current.name).toBe('Vanadzor Employment Centre');
  });
});

describe('staff accounts', () => {
  it('creates a user who can then sign in, and refuses a short password', async () => {
    const staff = await ctx.createStaff(['case_manager']);
    const weak = await admin.post('/api/admin/users', {
      email: 'new.worker@test.onedoor', displayName: 'New Worker', agencyId: staff.agencyId, roles: ['specialist'], password: 'short',
    });
    expect(weak.json().fields[0]).toMatchObject({ field: 'password', code: 'too_small_string' });
    const created = await admin.post('/api/admin/users', {
      email: 'new.worker@test.onedoor', displayName: 'New Worker', agencyId: staff.agencyId, officeId: staff.officeId,
      roles: ['specialist'], preferredLanguage: 'hy', password: 'a long enough password',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ roles: ['specialist'], preferredLanguage: 'hy', locked: false, totpEnabled: false });
    const signIn = await ctx.client().post('/api/auth/sign-in', { email: 'new.worker@test.onedoor', password: 'a long enough password' });
    expect(signIn.statusCode).toBe(200);
  });

  it('refuses an office of another agency', async () => {
    const a = await ctx.createStaff(['case_manager']);
    const b = await ctx.createStaff(['case_manager']);
    const res = await admin.post('/api/admin/users', {
      email: 'misplaced@test.onedoor', displayName: 'Misplaced', agencyId: a.agencyId, officeId: b.officeId,
      roles: ['case_manager'], password: 'a long enough password',
    });
    expect(res.json().fields[0]).toMatchObject({ field: 'officeId', code: 'office_not_in_agency' });
  });

  it('deactivating a user ends their sessions', async () => {
    const worker = await ctx.signedIn(['case_manager']);
    const user = (await admin.get('/api/admin/users')).json().find((u: { id: string }) => u.id === worker.userId);
    const res = await admin.put(`/api/admin/users/${user.id}`, { ...user, active: false });
    expect(res.statusCode).toBe(200);
    expect((await worker.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('an administrator cannot remove their own administrator role', async () => {
    const me = (await admin.get('/api/admin/users')).json().find((u: { id: string }) => u.id === admin.userId);
    const res = await admin.put(`/api/admin/users/${me.id}`, { ...me, roles: ['analyst'] });
    expect(res.json().fields[0]).toMatchObject({ field: 'roles', code: 'cannot_remove_own_admin' });
  });

  it('unlocks a locked account', async () => {
    const staff = await ctx.createStaff(['case_manager']);
    const client = ctx.client();
    for (let i = 0; i < ctx.config.signIn.maxFailures; i++) await client.post('/api/auth/sign-in', { email: staff.email, password: 'wrong password' });
    const locked = (await admin.get(`/api/admin/users?q=${encodeURIComponent(staff.email)}`)).json();
    expect(locked).toEqual([expect.objectContaining({ id: staff.id, locked: true })]);
    const unlocked = await admin.post(`/api/admin/users/${staff.id}/unlock`);
    expect(unlocked.json()).toMatchObject({ locked: false });
  });
});
