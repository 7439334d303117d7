import { afterAll, beforeAll, expect, it } from 'vitest';
import { RecordingMailTransport } from '../../server/mail';
import { createTestApp, type TestContext } from '../../test/test-app';

const mail = new RecordingMailTransport();
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({}, { mail });
});
afterAll(() => ctx.close());

type List = { items: { id: string; kind: string; link: string; readAt: string | null; forAgency: boolean }[]; unread: number };

it('shows each staff member what is addressed to them or their agency, and counts the unread', async () => {
  const anna = await ctx.signedIn(['case_manager']);
  const other = await ctx.signedIn(['case_manager']);
  const annaAgency = (await ctx.db.selectFrom('staff_user').select('agency_id').where('id', '=', anna.userId).executeTakeFirstOrThrow()).agency_id;
  const subject = { type: 'referral', id: crypto.randomUUID() };
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.services.notifications.notify(trx, { to: { userId: anna.userId }, kind: 'generic', subject, link: '/a' });
    await ctx.services.notifications.notify(trx, { to: { agencyId: annaAgency }, kind: 'generic', subject, link: '/b' });
  });

  const mine = (await anna.get('/api/notifications')).json<List>();
  expect(mine.unread).toBe(2);
  expect(mine.items.map((n) => [n.link, n.forAgency])).toEqual(expect.arrayContaining([['/a', false], ['/b', true]]));
  expect((await other.get('/api/notifications')).json<List>()).toEqual({ items: [], unread: 0 });

  // Someone else cannot mark Anna's notifications read.
  expect((await other.post('/api/notifications/read', { ids: mine.items.map((n) => n.id) })).json()).toEqual({ updated: 0 });
  expect((await anna.post('/api/notifications/read', { ids: [mine.items[0]!.id] })).json()).toEqual({ updated: 1 });
  expect((await anna.get('/api/notifications/unread-count')).json()).toEqual({ unread: 1 });
  expect((await anna.get('/api/notifications?unreadOnly=true')).json<List>().items).toHaveLength(1);
  expect((await anna.post('/api/notifications/read', { all: true })).json()).toEqual({ updated: 1 });
  expect((await anna.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
});

it('refuses anyone not signed in and a malformed request with the field', async () => {
  expect((await ctx.client().get('/api/notifications')).statusCode).toBe(401);
  const anna = await ctx.signedIn(['case_manager']);
  const res = await anna.post('/api/notifications/read', { ids: ['not-an-id'] });
  expect(res.statusCode).toBe(400);
});

it('e-mails in the recipient’s language, naming no client, once — also after a restart', async () => {
  const staff = await ctx.createStaff(['case_manager']);
  await ctx.db.updateTable('staff_user').set({ preferred_language: 'hy' }).where('id', '=', staff.id).execute();
  const id = await ctx.db.transaction().execute((trx) =>
    ctx.services.notifications.notify(trx, { to: { userId: staff.id }, kind: 'generic', subject: { type: 'referral', id: crypto.randomUUID() }, link: '/referrals/x', email: true }),
  );
  // Nothing leaves inside the request: the e-mail is a job.
  expect(mail.sent.filter((m) => m.to === staff.email)).toHaveLength(0);
  await ctx.services.jobs.runDue();
  const sent = mail.sent.filter((m) => m.to === staff.email);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.subject).toContain('OneDoor');
  expect(sent[0]!.text).toContain('OneDoor-ում');
  expect(sent[0]!.text).toContain('/referrals/x');
  expect((await ctx.db.selectFrom('notification').select('email_sent_at').where('id', '=', id).executeTakeFirstOrThrow()).email_sent_at).not.toBeNull();

  await ctx.restartedServices().jobs.runDue();
  expect(mail.sent.filter((m) => m.to === staff.email)).toHaveLength(1);
});
