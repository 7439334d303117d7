import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hours, minutes } from '../../server/clock';
import { createTestApp, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let agencyId: string;
beforeAll(async () => {
  ctx = await createTestApp();
  agencyId = (await ctx.createStaff(['case_manager'])).agencyId;
});
afterAll(() => ctx.close());

/** The effect a test job has: a row others can see, written in the job's transaction. */
const effects = async (subjectId: string) =>
  Number((await ctx.db.selectFrom('notification').select((eb) => eb.fn.countAll<number>().as('n')).where('subject_id', '=', subjectId).executeTakeFirstOrThrow()).n);

const subject = () => crypto.randomUUID();

function registerNotifyingJob(services: TestContext['services'], kind: string) {
  services.jobs.register(kind, async (trx, job) => {
    await services.notifications.notify(trx, { to: { agencyId }, kind: 'generic', subject: { type: 'test', id: String(job.payload.subjectId) }, link: '/' });
  });
}

it('runs a timer once when its time has come, and not again after a restart', async () => {
  registerNotifyingJob(ctx.services, 'test.once');
  const id = subject();
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.once', key: `test.once:${id}`, runAt: new Date(ctx.clock.now().getTime() + hours(2)), payload: { subjectId: id } });

  expect(await ctx.services.jobs.runDue()).toBe(0);
  ctx.clock.advance(hours(2));
  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(1);
  expect((await ctx.services.jobs.find(`test.once:${id}`))?.status).toBe('done');

  // A restarted process registers the same handlers; the done job stays done.
  const restarted = ctx.restartedServices();
  registerNotifyingJob(restarted, 'test.once');
  ctx.clock.advance(hours(24));
  expect(await restarted.jobs.runDue()).toBe(0);
  expect(await effects(id)).toBe(1);
});

it('moves a timer scheduled again under the same key instead of adding a second', async () => {
  registerNotifyingJob(ctx.services, 'test.moved');
  const id = subject();
  const key = `test.moved:${id}`;
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.moved', key, runAt: new Date(ctx.clock.now().getTime() + hours(1)), payload: { subjectId: id } });
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.moved', key, runAt: new Date(ctx.clock.now().getTime() + hours(5)), payload: { subjectId: id } });
  ctx.clock.advance(hours(2));
  expect(await ctx.services.jobs.runDue()).toBe(0);
  ctx.clock.advance(hours(3));
  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(1);
});

it('keeps an existing timer when asked to, and a cancelled one never runs', async () => {
  registerNotifyingJob(ctx.services, 'test.kept');
  const id = subject();
  const at = new Date(ctx.clock.now().getTime() + hours(1));
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.kept', key: `test.kept:${id}`, runAt: at, payload: { subjectId: id } });
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.kept', key: `test.kept:${id}`, runAt: new Date(at.getTime() + hours(10)), payload: { subjectId: id } }, { ifExists: 'keep' });
  expect((await ctx.services.jobs.find(`test.kept:${id}`))?.run_at).toEqual(at);

  const other = subject();
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.kept', key: `test.kept:${other}`, runAt: at, payload: { subjectId: other } });
  await ctx.services.jobs.cancel(ctx.db, `test.kept:${other}`);
  ctx.clock.advance(hours(2));
  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(1);
  expect(await effects(other)).toBe(0);
});

it('rolls back a failed run with its effects and retries it later, with back-off', async () => {
  let fail = true;
  const id = subject();
  ctx.services.jobs.register('test.flaky', async (trx, job) => {
    await ctx.services.notifications.notify(trx, { to: { agencyId }, kind: 'generic', subject: { type: 'test', id: String(job.payload.subjectId) }, link: '/' });
    if (fail) throw new Error('transport down');
  });
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.flaky', key: `test.flaky:${id}`, runAt: ctx.clock.now(), payload: { subjectId: id } });

  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(0);
  const failed = await ctx.services.jobs.find(`test.flaky:${id}`);
  expect(failed).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error' });

  // Not retried at once: the retry waits (a minute after the first failure).
  expect(await ctx.services.jobs.runDue()).toBe(0);
  fail = false;
  ctx.clock.advance(minutes(1));
  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(1);
});

it('runs a recurring job again at the time its handler names', async () => {
  const id = subject();
  ctx.services.jobs.register('test.weekly', async (trx, job, now) => {
    await ctx.services.notifications.notify(trx, { to: { agencyId }, kind: 'generic', subject: { type: 'test', id: String(job.payload.subjectId) }, link: '/' });
    return { next: new Date(now.getTime() + hours(24 * 7)) };
  });
  await ctx.services.jobs.schedule(ctx.db, { kind: 'test.weekly', key: `test.weekly:${id}`, runAt: ctx.clock.now(), payload: { subjectId: id } });
  expect(await ctx.services.jobs.runDue()).toBe(1);
  ctx.clock.advance(hours(24 * 6));
  expect(await ctx.services.jobs.runDue()).toBe(0);
  ctx.clock.advance(hours(24));
  expect(await ctx.services.jobs.runDue()).toBe(1);
  expect(await effects(id)).toBe(2);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job WHERE key = ${`test.weekly:${id}`}`.execute(ctx.db);
  expect(rows[0]!.n).toBe(1);
});
