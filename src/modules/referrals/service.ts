/**
 * Closed-loop referrals between agencies. The use cases live in their own files; this factory
 * binds them to their dependencies and registers the referral timers with the jobs module.
 *
 * For other modules (case conferences turning a decision into a referral), with the caller
 * shape every module uses (cases/context.ts Caller), optionally inside their transaction:
 *   create(caller, { caseId, serviceId, reason, categories, urgency, appearBy, ... , send? }, lang?, trx?) → ReferralView
 *   send(caller, id, { version }, lang?, trx?)                                                         → ReferralView
 *   createAndSend(caller, input, lang?, trx?)                                                          → ReferralView
 *   referralsOfCase(caller, caseId, lang?)                                                             → ReferralSummary[]
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { Caller, ReferralDeps } from './context';
import { getReferral, inbox, journeySmoothness, referralsOfCase } from './reads';
import type { AppointmentInput, AttendanceInput, BulkAccept, CompleteInput, DraftUpdate, InboxQuery, JourneyQuery, ReopenInput, VersionOnly, WithReason } from './schema';
import { registerReferralJobs } from './timers';
import {
  accept, acknowledgeFeedback, bookAppointment, bulkAccept, complete, createReferral, decline, receive, recordAttendance, reopen, sendReferral, startService,
  updateDraft, waitlist, withdraw, type CreateInput,
} from './write';

export type ReferralService = ReturnType<typeof createReferralService>;
export type { ReferralDeps } from './context';
export type { CreateInput as ReferralCreateInput } from './write';

export function createReferralService(deps: ReferralDeps) {
  registerReferralJobs(deps);
  return {
    create: (caller: Caller, input: CreateInput, lang?: Language, trx?: Kysely<DB>) => createReferral(deps, caller, input, lang, trx),
    send: (caller: Caller, id: string, input: VersionOnly, lang?: Language, trx?: Kysely<DB>) => sendReferral(deps, caller, id, input, lang, trx),
    createAndSend: (caller: Caller, input: Omit<CreateInput, 'send'>, lang?: Language, trx?: Kysely<DB>) => createReferral(deps, caller, { ...input, send: true }, lang, trx),
    referralsOfCase: (caller: Caller, caseId: string, lang?: Language) => referralsOfCase(deps, caller, caseId, lang),
    /** A draft whose consent check waits until it is sent (a case conference's decision; see wiring.ts). */
    createDraftFromDecision: (caller: Caller, input: Omit<CreateInput, 'send'>, trx?: Kysely<DB>) => createReferral(deps, caller, { ...input, send: false }, undefined, trx, { deferConsent: true }),
    get: (caller: Caller, id: string, lang: Language) => getReferral(deps, caller, id, lang),
    updateDraft: (caller: Caller, id: string, input: DraftUpdate, lang: Language) => updateDraft(deps, caller, id, input, lang),
    withdraw: (caller: Caller, id: string, input: WithReason, lang: Language) => withdraw(deps, caller, id, input, lang),
    acknowledgeFeedback: (caller: Caller, id: string, input: VersionOnly, lang: Language) => acknowledgeFeedback(deps, caller, id, input, lang),
    receive: (caller: Caller, id: string, input: VersionOnly, lang: Language) => receive(deps, caller, id, input, lang),
    accept: (caller: Caller, id: string, input: VersionOnly, lang: Language) => accept(deps, caller, id, input, lang),
    waitlist: (caller: Caller, id: string, input: VersionOnly, lang: Language) => waitlist(deps, caller, id, input, lang),
    decline: (caller: Caller, id: string, input: WithReason, lang: Language) => decline(deps, caller, id, input, lang),
    bookAppointment: (caller: Caller, id: string, input: AppointmentInput, lang: Language) => bookAppointment(deps, caller, id, input, lang),
    recordAttendance: (caller: Caller, id: string, input: AttendanceInput, lang: Language) => recordAttendance(deps, caller, id, input, lang),
    startService: (caller: Caller, id: string, input: VersionOnly, lang: Language) => startService(deps, caller, id, input, lang),
    complete: (caller: Caller, id: string, input: CompleteInput, lang: Language) => complete(deps, caller, id, input, lang),
    reopen: (caller: Caller, id: string, input: ReopenInput, lang: Language) => reopen(deps, caller, id, input, lang),
    inbox: (caller: Caller, query: InboxQuery, lang: Language) => inbox(deps, caller, query, lang),
    bulkAccept: (caller: Caller, input: BulkAccept, lang: Language) => bulkAccept(deps, caller, input.items, lang),
    journeySmoothness: (caller: Caller, query: JourneyQuery) => journeySmoothness(deps, caller, query),
  };
}
