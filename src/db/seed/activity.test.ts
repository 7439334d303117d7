/**
 * The demo's referral activity (activity.ts) on a small seeded demo: what `npm start` shows
 * users — incoming referrals in the welfare and employment inboxes, chains where a declined
 * referral was sent again, referral steps on the case timelines, journey smoothness, every
 * step audited on an intact chain.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../modules/access/roles';
import type { Caller } from '../../modules/cases/context';
import { ManualClock } from '../../server/clock';
import { loadConfig } from '../../server/config';
import { createServices, type Services } from '../../server/services';
import { createTestDatabase, type TestDatabase } from '../../test/test-database';
import { seedDemoActivity, type ActivitySummary } from './activity';
import { seedDemo } from './index';

const NOW = new Date('2026-11-23T07:30:00Z');

describe('demo referral activity on a seeded demo', () => {
  let testDb: TestDatabase;
  let summary: ActivitySummary;
  let services: Services;
  let ms = 0;
  const db = () => testDb.database.db;

  const callerOf = async (email: string): Promise<Caller> => {
    const s = await db().selectFrom('staff_user').select(['id', 'agency_id', 'roles']).where('email', '=', email).executeTakeFirstOrThrow();
    return { viewer: { userId: s.id, agencyId: s.agency_id, roles: s.roles as Role[] }, actor: { userId: s.id } };
  };

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test', ONEDOOR_SESSION_SECRET: 'test-session-secret-that-is-long-enough-1234', ONEDOOR_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      ONEDOOR_SEED_DEMO: 'false',
    });
    await seedDemo(db(), { clients: 400, now: new Date('2026-11-01T00:00:00Z') });
    const started = Date.now();
    summary = await seedDemoActivity({ db: db(), config, now: NOW });
    ms = Date.now() - started;
    services = createServices({ db: db(), clock: new ManualClock(NOW), config });
  }, 180_000);
  afterAll(() => testDb?.drop());

  it('plays dozens of referrals through the whole lifecycle, quickly, with nothing refused', () => {
    expect(summary.referrals).toBeGreaterThanOrEqual(35);
    expect(summary.referrals).toBeLessThanOrEqual(80);
    expect(summary.refused).toEqual([]);
    expect(Object.values(summary.duties).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(6);
    for (const status of ['sent', 'received', 'appointment_booked', 'in_service', 'completed', 'feedback_delivered', 'declined', 'withdrawn']) {
      expect(summary.byStatus[status] ?? 0, status).toBeGreaterThan(0);
    }
    expect(ms).toBeLessThan(30_000);
  });

  it('the Yerevan welfare centre and employment office find incoming referrals in their inboxes; the welfare inbox fits one page', async () => {
    const gohar = await callerOf('gohar.harutyunyan@welfare.onedoor.test');
    const welfare = await services.referrals.inbox(gohar, { status: [], overdue: undefined, limit: 25, offset: 0 }, 'hy');
    expect(welfare.total).toBeGreaterThan(0);
    expect(welfare.total).toBeLessThanOrEqual(20);
    const waiting = await services.referrals.inbox(gohar, { status: ['sent', 'received'], overdue: undefined, limit: 25, offset: 0 }, 'hy');
    expect(waiting.total).toBeGreaterThan(0);
    const anna = await callerOf('anna.sargsyan@employment.onedoor.test');
    const employment = await services.referrals.inbox(anna, { status: ['sent', 'received'], overdue: undefined, limit: 25, offset: 0 }, 'hy');
    expect(employment.total).toBeGreaterThan(0);
    // Every incoming referral names the client (identity is always shared).
    for (const item of [...welfare.items, ...employment.items]) expect(item.client.familyName).toBeTruthy();
  });

  it('keeps chains where a declined referral was sent again, and a need met after more than one referral counts in journey smoothness', async () => {
    const resent = await db()
      .selectFrom('referral as r')
      .innerJoin('referral as p', 'p.id', 'r.previous_referral_id')
      .select(['r.chain_id', 'p.chain_id as previous_chain', 'p.status as previous_status', 'r.sent_at', 'p.status_changed_at as declined_at'])
      .where('p.status', '=', 'declined')
      .execute();
    expect(resent.length).toBeGreaterThan(0);
    for (const r of resent) {
      expect(r.chain_id).toBe(r.previous_chain);
      expect(r.sent_at!.getTime()).toBeGreaterThan(r.declined_at.getTime());
    }
    const agencies = await db().selectFrom('agency').select('id').where('type', 'in', ['employment_service', 'social_welfare_centre']).execute();
    const untilMet: number[] = [];
    for (const a of agencies) {
      const staff = (await db().selectFrom('staff_user').select(['id', 'agency_id', 'roles']).where('agency_id', '=', a.id).orderBy('id').execute())
        .find((s) => (s.roles as string[]).includes('case_manager'));
      if (!staff) continue;
      const j = await services.referrals.journeySmoothness({ viewer: { userId: staff.id, agencyId: staff.agency_id, roles: staff.roles as Role[] }, actor: { userId: staff.id } }, {});
      for (const c of j.chains) if (c.referralsUntilMet !== null) untilMet.push(c.referralsUntilMet);
    }
    expect(untilMet.some((n) => n >= 2)).toBe(true);
    expect(untilMet.reduce((s, n) => s + n, 0) / untilMet.length).toBeGreaterThan(1);
  });

  it('puts every step on the case timeline, after the case opened, and flags the overdue ones', async () => {
    const referrals = await db().selectFrom('referral as r').innerJoin('client_case as c', 'c.id', 'r.case_id')
      .select(['r.id', 'r.case_id', 'r.sent_at', 'c.opened_at', 'r.overdue_at']).execute();
    const events = await db().selectFrom('case_event').select(['case_id', 'event_type', 'details']).where('event_type', 'like', 'referral.%').execute();
    for (const r of referrals) {
      const mine = events.filter((e) => (e.details as { referralId?: string }).referralId === r.id);
      expect(mine.map((e) => e.event_type)).toContain('referral.sent');
      expect(mine.every((e) => e.case_id === r.case_id)).toBe(true);
      expect(r.sent_at!.getTime()).toBeGreaterThan(r.opened_at.getTime());
      expect(r.sent_at!.getTime()).toBeLessThan(NOW.getTime());
    }
    expect(referrals.some((r) => r.overdue_at)).toBe(true);
    expect(events.some((e) => e.event_type === 'referral.overdue')).toBe(true);
  });

  it('records notification duties between the offices: acknowledged ones, and one past its days never sent (on the supervisor overview)', async () => {
    expect(summary.duties.acknowledged ?? 0).toBeGreaterThan(0);
    expect(summary.duties.open ?? 0).toBeGreaterThan(0);
    const overdue = await db().selectFrom('duty').select(['id', 'due_on']).where('status', '=', 'open').where('due_on', '<', NOW.toISOString().slice(0, 10)).execute();
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('audits every step on an intact audit chain', async () => {
    const audited = await db().selectFrom('audit_event').select('action').where('action', 'like', 'referral.%').execute();
    expect(audited.filter((a) => a.action === 'referral.send').length).toBe(summary.referrals);
    expect(await services.audit.verifyChain()).toMatchObject({ ok: true });
  });
});
