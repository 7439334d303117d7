/**
 * The demo's recent referral activity, played through the real services: over the last ten
 * weeks, the demo's case managers refer clients to the other agencies' services (employment
 * offices to the welfare centres' benefit advice, rent support and day care; welfare centres
 * to the employment offices' training, job clubs, wage subsidies and job mediation; some to
 * the training centre and the disability NGO), and the receiving staff confirm receipt,
 * accept, book, record attendance and outcomes; some referrals are declined and sent again
 * (chains of two or three), withdrawn, waitlisted, reopened or left to go overdue; the most
 * recent ones still wait in the inboxes. Alongside, a few notification duties between the
 * welfare centres and the employment offices are recorded, sent and acknowledged (one late,
 * one overdue, one still open).
 *
 * A ManualClock walks through the weeks and every step is a service call (referrals module),
 * so each referral has the history, case timeline entries, audit events, place bookings,
 * notifications and timers (run as they fall due) that real use would leave. Only cases
 * whose client consented to share with the receiving agency for referrals are used, and only
 * the categories that consent covers and the referring case manager may see.
 *
 * Deterministic for the same database and `now` (the seed's random streams, cases in id
 * order); run once, right after the demo seed (main.ts). Anna Sargsyan's own cases are left
 * out: the referral journey (e2e) counts the notifications of her referrals.
 */
import type { Kysely } from 'kysely';
import type { DataCategory } from '../../modules/access/data-categories';
import { canSee, type Viewer } from '../../modules/access/policy';
import { can, type Role } from '../../modules/access/roles';
import type { Caller } from '../../modules/cases/context';
import type { EventType } from '../../modules/duties/schema';
import type { ReferralView, Urgency } from '../../modules/referrals/schema';
import { ManualClock } from '../../server/clock';
import type { Config } from '../../server/config';
import { AppError } from '../../server/errors';
import type { MailTransport } from '../../server/mail';
import { createServices, type Services } from '../../server/services';
import type { DB } from '../types';
import { AGAIN, DECLINE_REASONS, MET, NOT_MET, PARTLY_MET, REASONS, REOPEN_COMMENT, ROOM, WITHDRAW_REASONS, type Lang } from './activity-texts';
import { Rng } from './random';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** No more chains than this (about 1.6 referrals each). */
const MAX_CHAINS = 40;
/** Per receiving agency; the Yerevan welfare centre's inbox stays within one page (the referral journey looks for its new referral there). */
const MAX_PER_AGENCY: Record<string, number> = { 'csw-yerevan': 7 };
const DEFAULT_MAX_PER_AGENCY = 9;
/** Staff whose cases send no demo referrals (see the header). */
const NOT_SENDING = new Set(['anna.sargsyan@employment.onedoor.test']);

/** What becomes of one referral of a chain (awaiting: completed, the referring case manager has not taken the feedback in yet). */
type Fate = 'met' | 'awaiting' | 'partly' | 'not_met' | 'declined' | 'withdrawn_mistake' | 'withdrawn_job' | 'overdue' | 'waitlist' | 'no_show' | 'reopened' | 'pending';

/** Chains of referrals for one need, and how many days ago the first was sent (a range). */
const TEMPLATES: { fates: Fate[]; start: [number, number] }[] = [
  { fates: ['pending'], start: [1, 2] },
  { fates: ['declined', 'met'], start: [40, 60] },
  { fates: ['met'], start: [3, 5] },
  { fates: ['awaiting'], start: [15, 30] },
  { fates: ['overdue'], start: [16, 28] },
  { fates: ['met'], start: [8, 20] },
  { fates: ['not_met', 'met'], start: [55, 70] },
  { fates: ['declined', 'declined', 'met'], start: [50, 65] },
  { fates: ['withdrawn_mistake', 'met'], start: [25, 45] },
  { fates: ['waitlist'], start: [5, 15] },
  { fates: ['declined', 'pending'], start: [6, 9] },
  { fates: ['no_show'], start: [25, 40] },
  { fates: ['reopened'], start: [25, 40] },
  { fates: ['met'], start: [30, 50] },
  { fates: ['partly', 'met'], start: [45, 65] },
  { fates: ['withdrawn_job'], start: [10, 30] },
  { fates: ['declined', 'met'], start: [18, 30] },
  { fates: ['pending'], start: [3, 6] },
  { fates: ['met'], start: [3, 7] },
];
/** The oldest a chain may start; the case must be older still. */
const OLDEST = 72;

/** What each kind of receiving agency needs to know, besides who the client is. */
const WANTED: Record<string, DataCategory[]> = {
  social_welfare_centre: ['identity', 'contact', 'benefits', 'financial'],
  employment_service: ['identity', 'contact', 'employment', 'education'],
  training_provider: ['identity', 'contact', 'education', 'employment'],
  ngo: ['identity', 'contact', 'education', 'employment'],
};

export interface ActivityOptions {
  db: Kysely<DB>;
  config: Config;
  /** The end of the simulated weeks: nothing happens at or after it. Default: now. */
  now?: Date;
  /** Random seed (the demo seed's). Default 1. */
  seed?: number;
  /** Mail transport of the simulated services; default: none (the demo's staff have no real mailboxes). */
  mail?: MailTransport;
}

export interface ActivitySummary {
  chains: number;
  referrals: number;
  byStatus: Record<string, number>;
  /** Notification duties between the welfare centres and the employment offices (events recorded, by status). */
  duties: Record<string, number>;
  /** Steps the services refused (consent changed in between, no place...): the referral stays where it was. */
  refused: string[];
}

interface Staff {
  id: string;
  email: string;
  agencyId: string;
  roles: Role[];
  lang: Lang;
  caller: Caller;
}

interface ChainPlan {
  caseId: string;
  personId: string;
  sender: Staff;
  agencyId: string;
  agencyType: string;
  categories: DataCategory[];
  fates: Fate[];
  startDaysAgo: number;
}

/** Steps in time order; a step may add later ones. Steps at or after `until` never run. */
class Agenda {
  private steps: { at: number; n: number; run: () => Promise<void> }[] = [];
  private n = 0;
  add(at: Date, run: () => Promise<void>) {
    this.steps.push({ at: at.getTime(), n: this.n++, run });
  }
  async runAll(clock: ManualClock, services: Services, until: Date) {
    let lastRun = 0;
    while (this.steps.length) {
      this.steps.sort((a, b) => a.at - b.at || a.n - b.n);
      const step = this.steps.shift()!;
      if (step.at >= until.getTime()) break;
      clock.set(new Date(step.at));
      // Timers fall due at midnight or days after a step: looking once per simulated hour is enough.
      if (step.at - lastRun >= 3_600_000) {
        await services.jobs.runDue();
        lastRun = step.at;
      }
      await step.run();
    }
    this.steps = [];
  }
}

export async function seedDemoActivity(opts: ActivityOptions): Promise<ActivitySummary> {
  const now = opts.now ?? new Date();
  const rng = new Rng(opts.seed ?? 1, 'activity');
  const clock = new ManualClock(new Date(now.getTime() - OLDEST * DAY));
  const services = createServices({
    db: opts.db, clock, config: opts.config, mail: opts.mail ?? { enabled: false, send: async () => undefined },
  });
  const db = opts.db;

  const staffRows = await db.selectFrom('staff_user').select(['id', 'email', 'agency_id', 'roles', 'preferred_language']).where('active', '=', true).orderBy('id').execute();
  const staff = staffRows.map((s): Staff => {
    const viewer: Viewer = { userId: s.id, agencyId: s.agency_id, roles: s.roles as Role[] };
    return { id: s.id, email: s.email, agencyId: s.agency_id, roles: viewer.roles as Role[], lang: s.preferred_language as Lang, caller: { viewer, actor: { userId: s.id } } };
  });
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const agencies = await db.selectFrom('agency').select(['id', 'type']).orderBy('id').execute();
  const agencyType = new Map(agencies.map((a) => [a.id, a.type]));
  const offices = await db.selectFrom('office').select(['agency_id', 'address']).orderBy('id').execute();
  const addressOf = new Map<string, string>();
  for (const o of offices) if (!addressOf.has(o.agency_id) && o.address) addressOf.set(o.agency_id, o.address);
  const serviceRows = await db.selectFrom('service').select(['id', 'agency_id', 'type']).where('status', '=', 'active').orderBy('id').execute();
  const servicesOf = new Map<string, { id: string; type: string }[]>();
  for (const s of serviceRows) if (REASONS[s.type]) servicesOf.set(s.agency_id, [...(servicesOf.get(s.agency_id) ?? []), { id: s.id, type: s.type }]);
  /** Who works each agency's inbox: its case managers and specialists (supervisors only where nobody else can). */
  const receiversOf = (agencyId: string) => {
    const all = staff.filter((s) => s.agencyId === agencyId && can(s.roles, 'referral.receive'));
    const workers = all.filter((s) => !s.roles.includes('supervisor'));
    return workers.length ? workers : all;
  };

  const plans = await chooseChains({ db, services, clock, now, rng, staffById, agencyType, servicesOf, receiversOf });

  const agenda = new Agenda();
  const refused: string[] = [];
  const ids: string[] = [];
  /** A service call that may be refused (e.g. no place: accepted becomes waitlisted, so booking is refused); the referral then stays where it is. */
  const attempt = async <T>(what: string, call: () => Promise<T>): Promise<T | null> => {
    try {
      return await call();
    } catch (error) {
      if (error instanceof AppError) {
        refused.push(`${what}: ${error.code}`);
        return null;
      }
      throw error;
    }
  };
  /** A moment `days` after `t`, in working hours (09:00–17:00 in Armenia), never before `t`. */
  const after = (t: Date, days: number): Date => {
    const day = Math.floor(t.getTime() / DAY) * DAY + days * DAY;
    const at = new Date(day + 5 * 3_600_000 + rng.int(0, 8 * 60) * MINUTE);
    return at.getTime() > t.getTime() ? at : new Date(t.getTime() + rng.int(15, 90) * MINUTE);
  };
  const minutesAfter = (t: Date, min: number, max: number) => new Date(t.getTime() + rng.int(min, max) * MINUTE);

  for (const plan of plans) {
    const receivers = receiversOf(plan.agencyId);
    const choices = servicesOf.get(plan.agencyId)!;
    const first = new Date(Math.floor(now.getTime() / DAY) * DAY - plan.startDaysAgo * DAY);
    const sendAt = after(first, 0);
    let previousService: string | null = null;

    const refer = (index: number, at: Date, previousReferralId: string | null) => {
      const fate = plan.fates[index]!;
      const others = choices.filter((s) => s.id !== previousService);
      const service = rng.pick(others.length ? others : choices);
      previousService = service.id;
      const receiver = rng.pick(receivers);
      const urgency: Urgency = rng.weighted([['routine', 5], ['priority', 4], ['urgent', 1]]);
      const sendDay = new Date(Math.floor(at.getTime() / DAY) * DAY);
      const appearBy = new Date(sendDay.getTime() + (urgency === 'urgent' ? 7 : urgency === 'priority' ? 10 : rng.int(14, 21)) * DAY).toISOString().slice(0, 10);
      const s = plan.sender;
      const reason = rng.pick(REASONS[service.type]!)[s.lang] + (previousReferralId ? ` ${AGAIN[s.lang]}` : '');
      const next = (t: Date, id: string) => {
        if (index + 1 < plan.fates.length) agenda.add(t, async () => refer(index + 1, t, id));
      };

      agenda.add(at, async () => {
        const sent = await attempt('send', () => services.referrals.createAndSend(s.caller, {
          caseId: plan.caseId, serviceId: service.id, previousReferralId, planActionId: null, reason, categories: plan.categories, urgency, appearBy,
        }, s.lang));
        if (!sent) return;
        ids.push(sent.id);
        const r = { id: sent.id, version: sent.version };
        const R = receiver;
        /** Takes a step at `t` and, when it went through, the next ones. */
        const step = (t: Date, what: string, call: (version: number) => Promise<ReferralView>, then?: (t: Date, view: ReferralView) => void) =>
          agenda.add(t, async () => {
            const view = await attempt(what, () => call(r.version));
            if (!view) return;
            r.version = view.version;
            then?.(t, view);
          });
        const receive = (t: Date, then: (t: Date) => void) => step(t, 'receive', (version) => services.referrals.receive(R.caller, r.id, { version }, R.lang), (t2) => then(t2));
        const acknowledge = (t: Date, then?: (t: Date) => void) =>
          step(t, 'acknowledge', (version) => services.referrals.acknowledgeFeedback(s.caller, r.id, { version }, s.lang), then && ((t2) => then(t2)));
        const place = `${addressOf.get(plan.agencyId) ?? ''}, ${ROOM[R.lang]} ${rng.int(3, 24)}`.replace(/^, /, '');
        const appointmentAfter = (t: Date, days: number) => {
          const day = Math.floor(t.getTime() / DAY) * DAY + days * DAY;
          return new Date(day + rng.int(6, 11) * 3_600_000 + rng.pick([0, 30]) * MINUTE);
        };
        /** Books an appointment; the client comes (or not), and the service runs to the outcome. */
        const book = (t: Date, outcome: 'need_met' | 'partly_met' | 'not_met', noShowFirst = false) => {
          const appointment = appointmentAfter(t, rng.int(3, 7));
          step(t, 'book', (version) => services.referrals.bookAppointment(R.caller, r.id, { version, at: appointment.toISOString(), place }, R.lang), () => {
            const seen = minutesAfter(appointment, 50, 80);
            if (noShowFirst) {
              step(seen, 'no_show', (version) => services.referrals.recordAttendance(R.caller, r.id, { version, attended: false }, R.lang), (t2) => book(after(t2, 1), outcome));
              return;
            }
            step(seen, 'attend', (version) => services.referrals.recordAttendance(R.caller, r.id, { version, attended: true }, R.lang), (t2) => {
              const courseLike = ['training', 'almp'].includes(service.type);
              const start = courseLike ? after(t2, rng.int(2, 6)) : minutesAfter(t2, 20, 60);
              step(start, 'start', (version) => services.referrals.startService(R.caller, r.id, { version }, R.lang), (t3) => {
                const done = after(t3, outcome === 'not_met' ? rng.int(10, 15) : rng.int(8, 24));
                const feedback = outcome === 'need_met' ? MET[service.type]![R.lang] : outcome === 'partly_met' ? PARTLY_MET[R.lang] : NOT_MET[R.lang];
                step(done, 'complete', (version) => services.referrals.complete(R.caller, r.id, { version, outcome, feedback }, R.lang), (t4) => {
                  if (fate === 'awaiting') return;
                  const read = after(t4, rng.int(1, 3));
                  acknowledge(read, outcome === 'need_met' ? undefined : (t5) => next(after(t5, rng.int(0, 2)), r.id));
                });
              });
            });
          });
        };
        const accept = (t: Date, outcome: 'need_met' | 'partly_met' | 'not_met', noShowFirst = false) =>
          step(t, 'accept', (version) => services.referrals.accept(R.caller, r.id, { version }, R.lang), (t2, view) => {
            if (view.status === 'accepted') book(minutesAfter(t2, 10, 60), outcome, noShowFirst);
          });
        const decline = (t: Date, reasonIndex: number, then: (t: Date) => void) =>
          step(t, 'decline', (version) => services.referrals.decline(R.caller, r.id, { version, reason: DECLINE_REASONS[reasonIndex]![R.lang] }, R.lang), (t2) => then(t2));

        const t0 = new Date(at);
        const soon = after(t0, rng.int(0, 1));
        switch (fate) {
          case 'pending':
            // The freshest wait unopened in the inbox.
            if (at.getTime() < now.getTime() - 2 * DAY && rng.chance(0.6)) receive(soon, () => undefined);
            break;
          case 'waitlist':
            receive(soon, (t) => step(after(t, rng.int(1, 2)), 'waitlist', (version) => services.referrals.waitlist(R.caller, r.id, { version }, R.lang)));
            break;
          case 'declined':
            receive(soon, (t) => decline(after(t, rng.int(1, 3)), rng.int(0, DECLINE_REASONS.length - 1), (t2) => next(after(t2, rng.int(1, 3)), r.id)));
            break;
          case 'reopened':
            receive(soon, (t) => decline(after(t, rng.int(1, 2)), 1, (t2) => {
              step(after(t2, rng.int(3, 5)), 'reopen', (version) => services.referrals.reopen(R.caller, r.id, { version, comment: REOPEN_COMMENT[R.lang] }, R.lang),
                (t3) => accept(minutesAfter(t3, 5, 30), 'need_met'));
            }));
            break;
          case 'withdrawn_mistake':
            step(minutesAfter(t0, 20, 60), 'withdraw', (version) => services.referrals.withdraw(s.caller, r.id, { version, reason: WITHDRAW_REASONS.mistake[s.lang] }, s.lang),
              (t) => next(minutesAfter(t, 5, 20), r.id));
            break;
          case 'withdrawn_job':
            receive(soon, (t) => step(after(t, rng.int(1, 2)), 'accept', (version) => services.referrals.accept(R.caller, r.id, { version }, R.lang), (t2) =>
              step(after(t2, rng.int(2, 5)), 'withdraw', (version) => services.referrals.withdraw(s.caller, r.id, { version, reason: WITHDRAW_REASONS.found_job[s.lang] }, s.lang))));
            break;
          case 'overdue':
            // Accepted and booked, but the client never comes: the appear-by timer flags it and reminds the case manager.
            receive(soon, (t) => step(after(t, 1), 'accept', (version) => services.referrals.accept(R.caller, r.id, { version }, R.lang), (t2) => {
              const appointment = appointmentAfter(t2, 2);
              step(minutesAfter(t2, 10, 40), 'book', (version) => services.referrals.bookAppointment(R.caller, r.id, { version, at: appointment.toISOString(), place }, R.lang),
                () => step(minutesAfter(appointment, 60, 120), 'no_show', (version) => services.referrals.recordAttendance(R.caller, r.id, { version, attended: false }, R.lang)));
            }));
            break;
          case 'no_show':
            receive(soon, (t) => accept(after(t, rng.int(1, 2)), 'need_met', true));
            break;
          default:
            receive(soon, (t) => accept(after(t, rng.int(1, 2)), fate === 'met' || fate === 'awaiting' ? 'need_met' : fate === 'partly' ? 'partly_met' : 'not_met'));
        }
      });
    };
    refer(0, sendAt, null);
  }

  await playDuties({ db, services, agenda, now, rng, staffById, receiversOf, attempt, after });
  await agenda.runAll(clock, services, now);
  // Timers that fell due before `now` (the rest wait for the app's job runner).
  clock.set(new Date(now.getTime() - 1));
  await services.jobs.runDue();

  const rows = ids.length ? await db.selectFrom('referral').select(['status']).where('id', 'in', ids).execute() : [];
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const dutyRows = await db.selectFrom('duty').select('status').orderBy('id').execute();
  const duties: Record<string, number> = {};
  for (const d of dutyRows) duties[d.status] = (duties[d.status] ?? 0) + 1;
  return { chains: plans.length, referrals: rows.length, byStatus, duties, refused };
}

/** The notification duties' events, by who records them (the lead agency's case manager); the other office is a partner of the case. */
const DUTY_EVENTS: { lead: string; partner: string; events: EventType[] }[] = [
  { lead: 'social_welfare_centre', partner: 'employment_service', events: ['social_assistance_granted_to_work_able'] },
  { lead: 'employment_service', partner: 'social_welfare_centre', events: ['job_taken_up', 'offer_refused', 'programme_left'] },
];
/** How each duty goes: sent within the deadline and acknowledged (most), sent late, not sent yet (still in time, or overdue). */
const DUTY_FATES: { daysAgo: [number, number]; sendAfter: [number, number] | null; ack: boolean }[] = [
  { daysAgo: [20, 45], sendAfter: [1, 5], ack: true },
  { daysAgo: [12, 20], sendAfter: null, ack: false },
  { daysAgo: [25, 40], sendAfter: [10, 14], ack: true },
  { daysAgo: [3, 6], sendAfter: null, ack: false },
  { daysAgo: [6, 12], sendAfter: [1, 3], ack: false },
  { daysAgo: [12, 30], sendAfter: [2, 7], ack: true },
  { daysAgo: [30, 50], sendAfter: [0, 3], ack: true },
];
const DUTIES_PER_DIRECTION = 5;

/**
 * A few notification duties between the offices (modules/duties), recorded, sent and
 * acknowledged through the duty service on the same simulated weeks: most in time, one late,
 * one overdue and never sent, one still open within its days.
 */
async function playDuties(c: {
  db: Kysely<DB>; services: Services; agenda: Agenda; now: Date; rng: Rng; staffById: Map<string, Staff>; receiversOf: (agencyId: string) => Staff[];
  attempt: <T>(what: string, call: () => Promise<T>) => Promise<T | null>; after: (t: Date, days: number) => Date;
}) {
  const { db, services, agenda, now, rng } = c;
  const cases = await db
    .selectFrom('client_case as k')
    .innerJoin('agency as lead', 'lead.id', 'k.lead_agency_id')
    .innerJoin('case_partner as p', 'p.case_id', 'k.id')
    .innerJoin('agency as partner', 'partner.id', 'p.agency_id')
    .select(['k.id', 'k.case_manager_id', 'k.opened_at', 'lead.type as lead_type', 'partner.type as partner_type', 'p.agency_id as partner_id', 'p.joined_at'])
    .where('k.status', '=', 'open')
    .where('p.left_at', 'is', null)
    .orderBy('k.id')
    .orderBy('p.agency_id')
    .execute();
  // Cases that already carry a demo referral are left alone, so each case tells one story.
  const withReferral = new Set((await db.selectFrom('referral').select('case_id').execute()).map((r) => r.case_id));
  const today = Math.floor(now.getTime() / DAY) * DAY;
  for (const direction of DUTY_EVENTS) {
    const candidates = shuffle(cases.filter((k) => k.lead_type === direction.lead && k.partner_type === direction.partner && !withReferral.has(k.id)
      && k.joined_at.getTime() < today - (OLDEST - 20) * DAY), rng);
    let taken = 0;
    for (const k of candidates) {
      if (taken >= DUTIES_PER_DIRECTION) break;
      const recorder = c.staffById.get(k.case_manager_id);
      const acknowledgers = c.receiversOf(k.partner_id).filter((s) => can(s.roles, 'duty.record'));
      if (!recorder || NOT_SENDING.has(recorder.email) || !can(recorder.roles, 'duty.record') || !acknowledgers.length) continue;
      const fate = DUTY_FATES[taken % DUTY_FATES.length]!;
      taken++;
      const eventType = rng.pick(direction.events);
      const occurred = today - rng.int(fate.daysAgo[0], fate.daysAgo[1]) * DAY;
      const occurredOn = new Date(occurred).toISOString().slice(0, 10);
      const acknowledger = rng.pick(acknowledgers);
      agenda.add(c.after(new Date(occurred), rng.int(0, 1)), async () => {
        const recorded = await c.attempt('duty.record', () => services.duties.recordEvent(recorder.caller, k.id, { eventType, occurredOn }));
        const duty = recorded?.duties.find((d) => d.direction === 'outgoing');
        if (!duty || !fate.sendAfter) return;
        const sendAt = c.after(new Date(occurred), rng.int(fate.sendAfter[0], fate.sendAfter[1]));
        agenda.add(sendAt, async () => {
          // Read first, as the duty page does (its timer may have flagged it since).
          const sent = await c.attempt('duty.send', async () => services.duties.send(recorder.caller, duty.id, { version: (await services.duties.get(recorder.caller, duty.id)).version }));
          if (!sent || !fate.ack) return;
          agenda.add(c.after(sendAt, rng.int(0, 2)), async () => {
            await c.attempt('duty.acknowledge', async () => services.duties.acknowledge(acknowledger.caller, duty.id, { version: (await services.duties.get(acknowledger.caller, duty.id)).version }));
          });
        });
      });
    }
  }
}

/**
 * The chains to play: open cases (in id order, then shuffled by the seed's stream) whose
 * lead agency's case manager refers the client to another agency the client consented to
 * share with for referrals, spread over the receiving agencies in turn.
 */
async function chooseChains(c: {
  db: Kysely<DB>; services: Services; clock: ManualClock; now: Date; rng: Rng; staffById: Map<string, Staff>; agencyType: Map<string, string>;
  servicesOf: Map<string, unknown[]>; receiversOf: (agencyId: string) => Staff[];
}): Promise<ChainPlan[]> {
  const { db, services, clock, now, rng } = c;
  const oldest = new Date(now.getTime() - (OLDEST + 1) * DAY);
  const cases = await db
    .selectFrom('client_case')
    .select(['id', 'person_id', 'lead_agency_id', 'case_manager_id'])
    .where('status', '=', 'open')
    .where('opened_at', '<', oldest)
    .orderBy('id')
    .execute();
  const consents = await db
    .selectFrom('consent_record')
    .select(['person_id', 'recipient_agency_id', 'purposes'])
    .where('decision', '=', 'given')
    .where('withdrawn_at', 'is', null)
    .orderBy('id')
    .execute();
  const recipientsOf = new Map<string, string[]>();
  for (const r of consents) {
    if (!(r.purposes as string[]).includes('referral')) continue;
    const list = recipientsOf.get(r.person_id) ?? [];
    if (!list.includes(r.recipient_agency_id)) recipientsOf.set(r.person_id, [...list, r.recipient_agency_id]);
  }
  const agencyKey = await agencyKeys(db);

  // Candidates by receiving agency; the counterpart office (welfare ↔ employment) first when a client has several.
  const byAgency = new Map<string, { caseId: string; personId: string; sender: Staff; agencyId: string }[]>();
  for (const k of cases) {
    const sender = c.staffById.get(k.case_manager_id);
    if (!sender || sender.agencyId !== k.lead_agency_id || NOT_SENDING.has(sender.email) || !can(sender.roles, 'referral.send')) continue;
    const recipients = (recipientsOf.get(k.person_id) ?? [])
      .filter((a) => a !== k.lead_agency_id && c.servicesOf.has(a) && WANTED[c.agencyType.get(a) ?? ''] && c.receiversOf(a).length)
      .sort((a, b) => rank(c.agencyType.get(a)) - rank(c.agencyType.get(b)) || a.localeCompare(b));
    const agencyId = recipients[0];
    if (!agencyId) continue;
    byAgency.set(agencyId, [...(byAgency.get(agencyId) ?? []), { caseId: k.id, personId: k.person_id, sender, agencyId }]);
  }

  const plans: ChainPlan[] = [];
  const queues = [...byAgency.entries()].sort(([a], [b]) => (agencyKey.get(a) ?? a).localeCompare(agencyKey.get(b) ?? b)).map(([agencyId, list]) => ({
    agencyId, list: shuffle(list, rng), taken: 0, limit: MAX_PER_AGENCY[agencyKey.get(agencyId) ?? ''] ?? DEFAULT_MAX_PER_AGENCY,
  }));
  // The two Yerevan inboxes (the demo's usual sign-ins) start with a fresh referral; then every template in turn.
  let round = 0;
  let next = 0;
  while (plans.length < MAX_CHAINS && queues.some((q) => q.list.length && q.taken < q.limit)) {
    for (const q of queues) {
      if (plans.length >= MAX_CHAINS || q.taken >= q.limit || !q.list.length) continue;
      const fresh = round === 0 && ['csw-yerevan', 'pes-yerevan'].includes(agencyKey.get(q.agencyId) ?? '');
      const template = fresh ? TEMPLATES[0]! : TEMPLATES[next++ % TEMPLATES.length]!;
      const startDaysAgo = rng.int(template.start[0], template.start[1]);
      while (q.list.length) {
        const candidate = q.list.shift()!;
        const categories = await shareable(services, clock, now, startDaysAgo, candidate, c.agencyType.get(candidate.agencyId)!);
        if (!categories) continue;
        plans.push({ ...candidate, agencyType: c.agencyType.get(candidate.agencyId)!, categories, fates: template.fates, startDaysAgo });
        q.taken++;
        break;
      }
    }
    round++;
  }
  return plans;
}

const rank = (type: string | undefined) => (type === 'social_welfare_centre' || type === 'employment_service' ? 0 : 1);

/** The categories the referral will carry: wanted, consented at the start and now, and visible to the sender; null when identity is not among them. */
async function shareable(
  services: Services, clock: ManualClock, now: Date, startDaysAgo: number, k: { personId: string; sender: Staff; agencyId: string }, type: string,
): Promise<DataCategory[] | null> {
  const wanted = WANTED[type]!;
  clock.set(new Date(now.getTime() - (startDaysAgo + 1) * DAY));
  const atStart = await services.access.consentedTo(k.personId, k.agencyId, 'referral');
  clock.set(now);
  const atEnd = await services.access.consentedTo(k.personId, k.agencyId, 'referral');
  const decision = (await services.access.decideMany(k.sender.caller.viewer, [k.personId], 'case_work')).get(k.personId);
  if (!decision) return null;
  const categories = wanted.filter((cat) => atStart.has(cat) && atEnd.has(cat) && canSee(decision, cat));
  return categories.includes('identity') ? categories : null;
}

function shuffle<T>(items: T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The demo's organisation keys (organisations.ts) by agency id, from the agency names: stable order and the per-agency limits. */
async function agencyKeys(db: Kysely<DB>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('agency').select(['id', 'name', 'type']).execute();
  const keys = new Map<string, string>();
  for (const a of rows) {
    const town = /Yerevan/.test(a.name) ? 'yerevan' : /Gyumri/.test(a.name) ? 'gyumri' : /Vanadzor/.test(a.name) ? 'vanadzor' : a.name.toLowerCase();
    const prefix = a.type === 'employment_service' ? 'pes' : a.type === 'social_welfare_centre' ? 'csw' : a.type;
    keys.set(a.id, `${prefix}-${town}`);
  }
  return keys;
}
