/**
 * The referral's durable timers (jobs module), one of each kind per referral:
 *
 * - referral.stale:<id> — due REFERRAL_STALE_DAYS after the last status change; it nudges the
 *   current owner once (the receiving agency while the referral is with it, the referring case
 *   manager while it is a draft or waits for the feedback to be acknowledged). Every status change
 *   schedules it again under the same key, which moves it (re-arms it); a final status cancels it.
 * - referral.appear_by:<id> — due the day after the appear-by date; if the client has not attended
 *   by then, the referral is flagged overdue (overdue_at) and the case manager gets one reminder.
 *   Scheduled once when first sent ("keep": reopening never re-arms a reminder that already ran).
 *
 * A job's effect and its "done" mark commit together, so neither runs twice, even after a restart.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { addDays } from '../../server/days';
import type { ReferralDeps } from './context';
import { notifyCaseManager, referralLink, timelineCategory } from './notify';
import * as repo from './repo';
import { FINAL, WITH_SENDER } from './rules';
import type { ReferralStatus } from './schema';

export const STALE_JOB = 'referral.stale';
export const APPEAR_JOB = 'referral.appear_by';
const staleKey = (id: string) => `${STALE_JOB}:${id}`;
const appearKey = (id: string) => `${APPEAR_JOB}:${id}`;
const SYSTEM = { label: 'system' };

/** After a status change: re-arm the stale timer, or stop it when the referral is over. */
export async function armStaleTimer(deps: ReferralDeps, trx: Kysely<DB>, r: { id: string; status: ReferralStatus; at: Date }) {
  if (FINAL.includes(r.status)) {
    // Scheduling again under the same key (a reopening) re-arms a cancelled timer.
    await deps.jobs.cancel(trx, staleKey(r.id));
    return;
  }
  await deps.jobs.schedule(trx, { kind: STALE_JOB, key: staleKey(r.id), runAt: new Date(r.at.getTime() + deps.staleDays * 86_400_000), payload: { referralId: r.id, status: r.status } });
}

/** When first sent: the appear-by check, due at the start of the day after the deadline. */
export async function armAppearByTimer(deps: ReferralDeps, trx: Kysely<DB>, r: { id: string; appearBy: string }) {
  await deps.jobs.schedule(trx, { kind: APPEAR_JOB, key: appearKey(r.id), runAt: new Date(`${addDays(r.appearBy, 1)}T00:00:00Z`), payload: { referralId: r.id } }, { ifExists: 'keep' });
}

export function registerReferralJobs(deps: ReferralDeps) {
  deps.jobs.register(STALE_JOB, async (trx, job) => {
    const row = await repo.findReferral(trx, String(job.payload.referralId));
    const status = row?.status as ReferralStatus | undefined;
    if (!row || !status || FINAL.includes(status) || status !== job.payload.status) return;
    const details = { days: deps.staleDays, status };
    if (WITH_SENDER.includes(status)) await notifyCaseManager(deps, trx, row, 'referral_stale', details);
    else {
      await deps.notifications.notify(trx, {
        to: { agencyId: row.receiving_agency_id }, kind: 'referral_stale', subject: { type: 'referral', id: row.id }, details, link: referralLink(row.id),
      });
    }
  });

  deps.jobs.register(APPEAR_JOB, async (trx, job, now) => {
    const row = await repo.lockReferral(trx, String(job.payload.referralId));
    if (!row || row.overdue_at || !(repo.BEFORE_ATTENDANCE as readonly string[]).includes(row.status)) return;
    // A flag set by the clock, not an edit: the version stays, so nobody's open form goes stale.
    await trx.updateTable('referral').set({ overdue_at: now, updated_at: now }).where('id', '=', row.id).execute();
    await repo.insertEvent(trx, { referral_id: row.id, action: 'overdue', from_status: row.status, to_status: row.status, at: now, actor_user_id: null, agency_id: null, note: null, details: { appearBy: row.appear_by } });
    await deps.cases.appendCaseEvent(trx, {
      caseId: row.case_id, type: 'referral.overdue', agencyId: null, actorUserId: null, dataCategory: await timelineCategory(deps, trx, row.service_id),
      details: { referralId: row.id, status: row.status, appearBy: row.appear_by },
    });
    await notifyCaseManager(deps, trx, row, 'referral_appear_overdue', { appearBy: row.appear_by });
    await deps.audit.record(trx, SYSTEM, {
      action: 'referral.overdue', personId: row.person_id, purpose: 'referral', subjectType: 'referral', subjectId: row.id, details: { status: row.status, categories: [] },
    });
  });
}
