/**
 * Changing referrals: writing one (a draft, or sent at once), editing the draft, and every
 * step of the lifecycle. Each change takes the referral's lock, checks the step is allowed
 * from the current status (409 invalid_transition) and the version the caller read (409
 * version_conflict), books or frees the place, appends the lifecycle event and the case
 * timeline entry, moves the stale timer, notifies, and records the audit event last — all in
 * one transaction.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { defaultLanguage, type Language } from '../../i18n';
import { translatorFor } from '../../i18n/translate';
import { dayOf } from '../../server/days';
import { AppError, fieldError, versionConflict, type FieldError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision } from '../access/policy';
import type { AuditActor } from '../audit/schema';
import {
  assertInCase, assertReceivingAgency, assertSendingAgency, visibleCase, visibleReferral, type CaseFacts, type Caller, type ReferralDeps, type Seen,
} from './context';
import { notifyCaseManager, notifyReceiver, timelineCategory } from './notify';
import * as repo from './repo';
import { HOLDS_PLACE, ruleFor, type Step } from './rules';
import type {
  AppointmentInput, AttendanceInput, CompleteInput, DraftUpdate, ReferralCreate, ReferralStatus, ReferralView, ReopenInput, VersionOnly, WithReason,
} from './schema';
import { armAppearByTimer, armStaleTimer } from './timers';
import { referralView, shownCategories, snapshotFor } from './view';

const within = <T>(deps: ReferralDeps, outer: Kysely<DB> | undefined, work: (trx: Kysely<DB>) => Promise<T>) =>
  outer ? work(outer) : deps.db.transaction().execute(work);

/**
 * What may travel to the receiving agency. Identity must be shared: the receiver has to
 * know who will come, and the name is personal data like any other, so it needs the
 * client's consent too (no category rides along unconsented). Each category must also be
 * one the sender may see (nobody shares what they may not see), and be covered by the
 * client's current consent to the receiving agency for the purpose 'referral'. A referral
 * to a service of the sender's own agency shares nothing with anyone new: the sender's own
 * access is the rule there.
 */
async function checkCategories(
  deps: ReferralDeps, trx: Kysely<DB>,
  r: { personId: string; sendingAgencyId: string; receivingAgencyId: string; categories: DataCategory[]; decision: AccessDecision; deferConsent?: boolean },
) {
  const fields: FieldError[] = [];
  if (!r.categories.includes('identity')) fields.push({ field: 'categories', code: 'referral_identity_required' });
  const consented = r.receivingAgencyId === r.sendingAgencyId || r.deferConsent ? null : await deps.access.consentedTo(r.personId, r.receivingAgencyId, 'referral', trx);
  r.categories.forEach((category, i) => {
    if (!canSee(r.decision, category)) fields.push({ field: `categories.${i}`, code: 'referral_category_not_visible', params: { category } });
    else if (consented && !consented.has(category)) fields.push({ field: `categories.${i}`, code: 'referral_consent_missing', params: { category } });
  });
  if (fields.length) throw new AppError('validation_failed', { fields });
}

async function serviceFor(deps: ReferralDeps, trx: Kysely<DB>, serviceId: string, lang: Language) {
  const [service] = await deps.catalogue.servicesByIds(trx, [serviceId], lang);
  if (!service) throw fieldError('serviceId', 'unknown_service');
  if (!service.active) throw fieldError('serviceId', 'service_inactive');
  return service;
}

const uniqueCategories = (categories: DataCategory[]) => [...new Set(categories)];

function assertOpenCase(c: CaseFacts) {
  if (c.status === 'closed') throw fieldError('status', 'case_closed');
}

async function record(
  deps: ReferralDeps, trx: Kysely<DB>, actor: AuditActor,
  e: { row: Pick<repo.ReferralRow, 'id' | 'case_id' | 'person_id' | 'service_id'>; action: string; status: ReferralStatus; agencyId: string; userId: string; categories: DataCategory[]; details?: Record<string, unknown> },
) {
  await deps.cases.appendCaseEvent(trx, {
    caseId: e.row.case_id, type: timelineType(e.action, e.status), agencyId: e.agencyId, actorUserId: e.userId, dataCategory: await timelineCategory(deps, trx, e.row.service_id),
    details: { referralId: e.row.id, status: e.status, serviceId: e.row.service_id, ...e.details },
  });
  await deps.audit.record(trx, actor, {
    action: `referral.${e.action}`, personId: e.row.person_id, purpose: 'referral', subjectType: 'referral', subjectId: e.row.id,
    details: { status: e.status, ...e.details, categories: [...e.categories].sort() },
  });
}

/** The case timeline names what the referral became (referral.accepted, .waitlisted...); creating a draft and reopening by the step. */
const timelineType = (action: string, status: ReferralStatus) =>
  action === 'create' ? 'referral.created' : action === 'reopen' ? 'referral.reopened' : `referral.${status}`;

const show = async (deps: ReferralDeps, trx: Kysely<DB>, caller: Caller, id: string, lang: Language) =>
  referralView({ deps, trx, viewer: caller.viewer, lang, now: deps.clock.now() }, await visibleReferral(deps, trx, caller.viewer, id));

export interface CreateInput extends Omit<ReferralCreate, 'send'> {
  caseId: string;
  send?: boolean;
}

/**
 * Writes a referral from a case: a draft, or sent at once. Usable by other modules (case conferences) inside their transaction;
 * `deferConsent` (a draft only) leaves the consent check to sending: a conference decision is recorded as a draft even before the
 * client's consent to the receiving agency is on file.
 */
export function createReferral(
  deps: ReferralDeps, caller: Caller, input: CreateInput, lang: Language = defaultLanguage, outer?: Kysely<DB>, opts: { deferConsent?: boolean } = {},
): Promise<ReferralView> {
  const { viewer, actor } = caller;
  return within(deps, outer, async (trx) => {
    const { c, decision } = await visibleCase(deps, trx, viewer, input.caseId);
    assertInCase(viewer, c);
    assertOpenCase(c);
    const now = deps.clock.now();
    const service = await serviceFor(deps, trx, input.serviceId, lang);
    const categories = uniqueCategories(input.categories);
    if (input.appearBy < dayOf(now)) throw fieldError('appearBy', 'date_in_past');
    await checkCategories(deps, trx, {
      personId: c.personId, sendingAgencyId: viewer.agencyId, receivingAgencyId: service.agencyId, categories, decision, deferConsent: opts.deferConsent && !input.send,
    });
    let chainId: string | null = null;
    if (input.previousReferralId) {
      const previous = await repo.findReferral(trx, input.previousReferralId);
      if (!previous || previous.case_id !== c.id) throw fieldError('previousReferralId', 'referral_previous_unknown');
      chainId = previous.chain_id;
    }
    const id = randomUUID();
    const language = input.preferredLanguage ?? (await deps.people.documentFacts(trx, c.personId))?.preferredLanguage ?? defaultLanguage;
    await repo.insertReferral(trx, {
      id, chain_id: chainId ?? id, previous_referral_id: input.previousReferralId ?? null, case_id: c.id, person_id: c.personId, plan_action_id: input.planActionId ?? null,
      service_id: service.id, sending_agency_id: viewer.agencyId, receiving_agency_id: service.agencyId,
      // The lead agency's case manager follows the referral; a partner's referral is followed by whoever wrote it.
      case_manager_id: viewer.agencyId === c.leadAgencyId ? c.caseManager.id : viewer.userId,
      created_by: viewer.userId, status: 'draft', reason: input.reason, categories, urgency: input.urgency, appear_by: input.appearBy, preferred_language: language,
      status_changed_at: now, created_at: now, updated_at: now,
    });
    await repo.insertEvent(trx, { referral_id: id, action: 'create', from_status: null, to_status: 'draft', at: now, actor_user_id: viewer.userId, agency_id: viewer.agencyId, note: null, details: {} });
    await armStaleTimer(deps, trx, { id, status: 'draft', at: now });
    const row = (await repo.findReferral(trx, id))!;
    if (input.send) {
      await sendNow(deps, trx, caller, row, decision, now);
    } else {
      await record(deps, trx, actor, { row, action: 'create', status: 'draft', agencyId: viewer.agencyId, userId: viewer.userId, categories: [], details: { previousReferralId: input.previousReferralId ?? null } });
    }
    return show(deps, trx, caller, id, lang);
  });
}

/** Sending: checks consent again (it may have been withdrawn since the draft), takes the snapshot, notifies the receiving agency. */
async function sendNow(deps: ReferralDeps, trx: Kysely<DB>, { viewer, actor }: Caller, row: repo.ReferralRow, decision: AccessDecision, now: Date) {
  const categories = row.categories as DataCategory[];
  await serviceFor(deps, trx, row.service_id, defaultLanguage);
  await checkCategories(deps, trx, { personId: row.person_id, sendingAgencyId: row.sending_agency_id, receivingAgencyId: row.receiving_agency_id, categories, decision });
  if (row.appear_by < dayOf(now)) throw fieldError('appearBy', 'date_in_past');
  const taken = await deps.people.personSnapshot(trx, row.person_id, categories);
  if (!taken) throw new AppError('not_found');
  const snapshot = { takenAt: now.toISOString(), categories: [...categories].sort(), ...taken };
  if (!(await repo.updateReferral(trx, row.id, row.version, {
    status: 'sent', snapshot: JSON.stringify(snapshot), snapshot_at: now, sent_at: now, sent_by: viewer.userId, status_changed_at: now, updated_at: now,
  }))) throw versionConflict(row.version);
  await repo.insertEvent(trx, { referral_id: row.id, action: 'send', from_status: row.status, to_status: 'sent', at: now, actor_user_id: viewer.userId, agency_id: viewer.agencyId, note: null, details: {} });
  await armStaleTimer(deps, trx, { id: row.id, status: 'sent', at: now });
  await armAppearByTimer(deps, trx, { id: row.id, appearBy: row.appear_by });
  await notifyReceiver(deps, trx, row, 'referral_received', { urgency: row.urgency, appearBy: row.appear_by }, true);
  await record(deps, trx, actor, { row, action: 'send', status: 'sent', agencyId: viewer.agencyId, userId: viewer.userId, categories, details: { receivingAgencyId: row.receiving_agency_id } });
}

export function updateDraft(deps: ReferralDeps, caller: Caller, id: string, input: DraftUpdate, lang: Language) {
  const { viewer, actor } = caller;
  return deps.db.transaction().execute(async (trx) => {
    const seen = await visibleReferral(deps, trx, viewer, id, true);
    assertSendingAgency(viewer, seen);
    if (seen.row.status !== 'draft') throw new AppError('invalid_transition');
    const { c, decision } = seen.sender!;
    assertOpenCase(c);
    if (seen.row.version !== input.version) throw versionConflict(seen.row.version);
    const now = deps.clock.now();
    const service = await serviceFor(deps, trx, input.serviceId, lang);
    const categories = uniqueCategories(input.categories);
    if (input.appearBy < dayOf(now)) throw fieldError('appearBy', 'date_in_past');
    await checkCategories(deps, trx, { personId: c.personId, sendingAgencyId: seen.row.sending_agency_id, receivingAgencyId: service.agencyId, categories, decision });
    if (!(await repo.updateReferral(trx, id, input.version, {
      service_id: service.id, receiving_agency_id: service.agencyId, reason: input.reason, categories, urgency: input.urgency, appear_by: input.appearBy,
      preferred_language: input.preferredLanguage ?? seen.row.preferred_language, updated_at: now,
    }))) throw versionConflict(seen.row.version);
    await deps.audit.record(trx, actor, {
      action: 'referral.draft.update', personId: c.personId, purpose: 'referral', subjectType: 'referral', subjectId: id, details: { categories: [] },
    });
    return show(deps, trx, caller, id, lang);
  });
}

/** Effects a step has beyond its status; may change the status it ends in (accept → waitlisted). */
type Effect = (ctx: { trx: Kysely<DB>; seen: Seen; now: Date; to: ReferralStatus }) => Promise<{ to?: ReferralStatus; set?: Record<string, unknown>; details?: Record<string, unknown> } | void>;

interface StepSpec {
  step: Step;
  version: number;
  note?: string | null;
  effect?: Effect;
}

/**
 * Books the place on acceptance: from the single point of contact, so reserved places are
 * used first. A place the plan action behind the referral holds on the same service is
 * handed over (released and taken again in this transaction, so nobody else can take it in
 * between): the client keeps one place, held by the referral from now on. No free place →
 * waitlisted, never overbooked.
 */
async function bookPlace(deps: ReferralDeps, trx: Kysely<DB>, row: repo.ReferralRow, by: string, now: Date): Promise<'booked' | 'full'> {
  let handedOver = false;
  if (row.plan_action_id) {
    const held = await deps.catalogue.heldBy(trx, { source: 'plan_action', sourceId: row.plan_action_id });
    if (held && held.serviceId === row.service_id && held.personId === row.person_id) {
      await deps.catalogue.releaseBySource(trx, { source: 'plan_action', sourceId: row.plan_action_id }, { by, at: now, reason: 'handed_to_referral' });
      handedOver = true;
    }
  }
  try {
    await deps.catalogue.book(trx, {
      serviceId: row.service_id, personId: row.person_id, caseId: row.case_id, source: 'referral', sourceId: row.id, viaSinglePoint: true, bookedBy: by, at: now,
    });
    return 'booked';
  } catch (error) {
    // The place a plan action handed over is always free again here; anything else refuses the step (and rolls the hand-over back).
    if (!handedOver && error instanceof AppError && error.details.fields?.some((f) => f.code === 'service_full')) return 'full';
    throw error;
  }
}

async function releasePlace(deps: ReferralDeps, trx: Kysely<DB>, id: string, by: string, now: Date, reason: string) {
  await deps.catalogue.releaseBySource(trx, { source: 'referral', sourceId: id }, { by, at: now, reason });
}

/** The receiving side's step notices to the referring case manager. */
const STATUS_KIND: Partial<Record<ReferralStatus, string>> = {
  received: 'referral_status_received', accepted: 'referral_status_accepted', waitlisted: 'referral_status_waitlisted', declined: 'referral_status_declined',
  appointment_booked: 'referral_status_appointment_booked', attended: 'referral_status_attended', no_show: 'referral_status_no_show',
  in_service: 'referral_status_in_service', completed: 'referral_status_completed',
};

/** Runs one step in the caller's transaction (bulk accept runs each item in its own). */
async function runStep(deps: ReferralDeps, trx: Kysely<DB>, caller: Caller, id: string, spec: StepSpec) {
  const { viewer, actor } = caller;
  const seen = await visibleReferral(deps, trx, viewer, id, true);
  const from = seen.row.status as ReferralStatus;
  const rule = ruleFor(spec.step, from);
  // Who may take the step is checked before the state, so the answer does not depend on who asks.
  const by = rule?.by ?? (isSenderStep(spec.step) ? 'sender' : spec.step === 'reopen' ? null : 'receiver');
  if (by === 'sender') assertSendingAgency(viewer, seen);
  if (by === 'receiver') assertReceivingAgency(viewer, seen);
  if (!rule) throw new AppError('invalid_transition');
  if (seen.row.version !== spec.version) throw versionConflict(seen.row.version);
  const now = deps.clock.now();
  const effect = (await spec.effect?.({ trx, seen, now, to: rule.to })) ?? {};
  const to = effect.to ?? rule.to;
  if (to === from && spec.step === 'accept') {
    // Still no place for a waitlisted referral: nothing changes.
    return seen;
  }
  if (!(await repo.updateReferral(trx, id, spec.version, { status: to, status_changed_at: now, updated_at: now, ...effect.set }))) throw versionConflict(seen.row.version);
  await repo.insertEvent(trx, {
    referral_id: id, action: to === 'waitlisted' && spec.step === 'accept' ? 'waitlist' : spec.step, from_status: from, to_status: to, at: now,
    actor_user_id: viewer.userId, agency_id: viewer.agencyId, note: spec.note ?? null, details: effect.details ?? {},
  });
  if (HOLDS_PLACE.includes(from) && !HOLDS_PLACE.includes(to)) await releasePlace(deps, trx, id, viewer.userId, now, spec.step === 'complete' ? 'completed' : spec.step);
  await armStaleTimer(deps, trx, { id, status: to, at: now });
  const row = seen.row;
  if (rule.by === 'receiver') {
    const kind = spec.step === 'reopen' ? 'referral_reopened' : STATUS_KIND[to];
    if (kind) await notifyCaseManager(deps, trx, row, kind, { status: to, ...(effect.details ?? {}) });
    const notMet = to === 'completed' && effect.details?.outcome === 'not_met';
    if (to === 'declined' || notMet) await notifyCaseManager(deps, trx, row, 'referral_rerefer', { status: to });
  } else if (spec.step === 'withdraw') await notifyReceiver(deps, trx, row, 'referral_withdrawn', {});
  else if (spec.step === 'reopen') await notifyReceiver(deps, trx, row, 'referral_reopened', {});
  // The receiving side is shown the snapshot with the step's answer; the sender what they may see of it.
  const shown = seen.side === 'sender' ? shownCategories(snapshotFor(row, 'sender', seen.sender?.decision ?? null)) : (row.categories as DataCategory[]);
  await record(deps, trx, actor, { row, action: spec.step, status: to, agencyId: viewer.agencyId, userId: viewer.userId, categories: shown, details: { from, ...(effect.details ?? {}) } });
  return seen;
}

const isSenderStep = (step: Step) => step === 'send' || step === 'withdraw' || step === 'acknowledge_feedback';

function stepThenShow(deps: ReferralDeps, caller: Caller, id: string, lang: Language, spec: StepSpec) {
  return deps.db.transaction().execute(async (trx) => {
    await runStep(deps, trx, caller, id, spec);
    return show(deps, trx, caller, id, lang);
  });
}

export function sendReferral(deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language = defaultLanguage, outer?: Kysely<DB>) {
  return within(deps, outer, async (trx) => {
    const seen = await visibleReferral(deps, trx, caller.viewer, id, true);
    assertSendingAgency(caller.viewer, seen);
    if (seen.row.status !== 'draft') throw new AppError('invalid_transition');
    if (seen.row.version !== input.version) throw versionConflict(seen.row.version);
    const { c, decision } = seen.sender!;
    assertOpenCase(c);
    await sendNow(deps, trx, caller, seen.row, decision, deps.clock.now());
    return show(deps, trx, caller, id, lang);
  });
}

export const withdraw = (deps: ReferralDeps, caller: Caller, id: string, input: WithReason, lang: Language) =>
  stepThenShow(deps, caller, id, lang, { step: 'withdraw', version: input.version, note: input.reason });

export const acknowledgeFeedback = (deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'acknowledge_feedback', version: input.version,
    effect: async ({ now }) => ({ set: { feedback_delivered_at: now, feedback_delivered_by: caller.viewer.userId } }),
  });

export const receive = (deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language) =>
  stepThenShow(deps, caller, id, lang, { step: 'receive', version: input.version, effect: async ({ now }) => ({ set: { received_at: now, received_by: caller.viewer.userId } }) });

/** Accepting also confirms receipt when it was not confirmed yet. */
const acceptEffect = (deps: ReferralDeps, caller: Caller): Effect => async ({ trx, seen, now }) => {
  const receipt = seen.row.received_at ? {} : { received_at: now, received_by: caller.viewer.userId };
  const placed = await bookPlace(deps, trx, seen.row, caller.viewer.userId, now);
  return placed === 'booked' ? { to: 'accepted', set: receipt, details: { place: 'booked' } } : { to: 'waitlisted', set: receipt, details: { place: 'none_free' } };
};

export const accept = (deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language) =>
  stepThenShow(deps, caller, id, lang, { step: 'accept', version: input.version, effect: acceptEffect(deps, caller) });

export const waitlist = (deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'waitlist', version: input.version,
    effect: async ({ seen, now }) => ({ set: seen.row.received_at ? {} : { received_at: now, received_by: caller.viewer.userId } }),
  });

export const decline = (deps: ReferralDeps, caller: Caller, id: string, input: WithReason, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'decline', version: input.version, note: input.reason,
    effect: async ({ seen, now }) => ({ set: { decline_reason: input.reason, ...(seen.row.received_at ? {} : { received_at: now, received_by: caller.viewer.userId }) } }),
  });

export const bookAppointment = (deps: ReferralDeps, caller: Caller, id: string, input: AppointmentInput, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'book_appointment', version: input.version,
    effect: async () => ({ set: { appointment_at: new Date(input.at), appointment_place: input.place }, details: { at: input.at } }),
  });

export const recordAttendance = (deps: ReferralDeps, caller: Caller, id: string, input: AttendanceInput, lang: Language) =>
  stepThenShow(deps, caller, id, lang, { step: input.attended ? 'attend' : 'no_show', version: input.version });

export const startService = (deps: ReferralDeps, caller: Caller, id: string, input: VersionOnly, lang: Language) =>
  stepThenShow(deps, caller, id, lang, { step: 'start_service', version: input.version });

export const complete = (deps: ReferralDeps, caller: Caller, id: string, input: CompleteInput, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'complete', version: input.version,
    effect: async () => ({ set: { outcome: input.outcome, feedback: input.feedback }, details: { outcome: input.outcome } }),
  });

/** Reopening a completed referral takes a place again (waitlisted is not a way back: a full service refuses the reopening). */
export const reopen = (deps: ReferralDeps, caller: Caller, id: string, input: ReopenInput, lang: Language) =>
  stepThenShow(deps, caller, id, lang, {
    step: 'reopen', version: input.version, note: input.comment,
    effect: async ({ trx, seen, now, to }) => {
      const set: Record<string, unknown> = {};
      if (to === 'in_service') {
        if ((await bookPlace(deps, trx, seen.row, caller.viewer.userId, now)) === 'full') throw fieldError('serviceId', 'service_full');
        Object.assign(set, { outcome: null, feedback: null, feedback_delivered_at: null, feedback_delivered_by: null });
      }
      if (to === 'received') set.decline_reason = null;
      return { set };
    },
  });

/** Each item in its own transaction: one that fails (stale, already declined) does not stop the others. */
export async function bulkAccept(deps: ReferralDeps, caller: Caller, items: { id: string; version: number }[], lang: Language) {
  const results = [];
  for (const item of items) {
    try {
      const seen = await deps.db.transaction().execute(async (trx) => {
        await runStep(deps, trx, caller, item.id, { step: 'accept', version: item.version, effect: acceptEffect(deps, caller) });
        return (await repo.findReferral(trx, item.id))!;
      });
      results.push({ id: item.id, ok: true, status: seen.status as ReferralStatus, version: seen.version, error: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id: item.id, ok: false, status: null, version: null, error: { code: error.code, message: translate(lang, error.code) } });
    }
  }
  return { results };
}

const translate = (lang: Language, code: string) => translatorFor(lang, 'errors')(`title.${code}`);
