/**
 * Case conferences: multidisciplinary meetings of staff from several agencies about the
 * cases on their agenda. Scheduling puts only cases the organiser may see on the agenda.
 * What anyone is shown of an agenda case (the conference page, the briefing pack) is
 * decided for that reader by the access policy at the moment they read it: a case they may
 * not see is "an item" with nothing else, and every read of a case is audited. Minutes and
 * attendance are kept with optimistic concurrency; a formal decision on a case becomes an
 * action of its plan (through the plan module) or a referral. Committees meet every N
 * months: a durable job creates each next meeting, another reminds its participants.
 *
 *   schedule / get / list / briefing / addAgendaItem / saveMinutes / setAttendance / decide
 *   createCommittee / committees / directory
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { translatorFor } from '../../i18n/translate';
import type { Clock } from '../../server/clock';
import { dayOf } from '../../server/days';
import { AppError, fieldError, versionConflict, type FieldError } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, visibleCategories, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AssessmentService } from '../assessment/service';
import type { AuditService } from '../audit/service';
import type { Caller } from '../cases/context';
import type { CaseService } from '../cases/service';
import type { JobService } from '../jobs/service';
import type { NotificationService } from '../notifications/service';
import type { PeopleService } from '../people/service';
import type { PlanService } from '../plans/service';
import * as repo from './repo';
import type { AttendanceChange, Briefing, CommitteeCreate, ConferenceCreate, ConferenceView, DecisionCreate, MinutesSave } from './schema';

/** What a decision of kind referral needs of the referral module (wired when that module exists). */
export interface ReferralsForConferences {
  createFromDecision(trx: Kysely<DB>, input: { caseId: string; serviceId: string; reason: string; dueOn: string; by: Caller }): Promise<{ id: string }>;
}

export interface ConferenceDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
  cases: Pick<CaseService, 'caseFacts'>;
  assessment: Pick<AssessmentService, 'latestResult'>;
  plans: Pick<PlanService, 'addActionsFromDecision' | 'planSummary'>;
  people: Pick<PeopleService, 'documentFacts'>;
  notifications: Pick<NotificationService, 'notify'>;
  jobs: JobService;
  referrals?: ReferralsForConferences;
}

export const REMINDER_JOB = 'conference.reminder';
export const COMMITTEE_JOB = 'conference.committee.next';
const reminderKey = (conferenceId: string) => `${REMINDER_JOB}:${conferenceId}`;
const committeeKey = (committeeId: string) => `${COMMITTEE_JOB}:${committeeId}`;
const DAY_MS = 86_400_000;

/** The same day of the month N months later (the last day when the month is shorter), in UTC. */
export function addMonths(at: Date, months: number) {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

const link = (conferenceId: string) => `/conferences/${conferenceId}`;

export type ConferenceService = ReturnType<typeof createConferenceService>;

export function createConferenceService(deps: ConferenceDeps) {
  const { db, clock, jobs } = deps;

  // ---- jobs -------------------------------------------------------------------------

  async function scheduleReminder(trx: Kysely<DB>, conferenceId: string, startsAt: Date, reminderDays: number) {
    const now = clock.now();
    const runAt = new Date(Math.max(now.getTime(), startsAt.getTime() - reminderDays * DAY_MS));
    await jobs.schedule(trx, { kind: REMINDER_JOB, key: reminderKey(conferenceId), runAt, payload: { conferenceId } });
  }

  jobs.register(REMINDER_JOB, async (trx, job) => {
    const c = await repo.findConference(trx, String(job.payload.conferenceId));
    if (!c || c.status !== 'scheduled') return;
    for (const p of await repo.listParticipants(trx, c.id)) {
      await deps.notifications.notify(trx, {
        to: { userId: p.user_id }, kind: 'conference_reminder', subject: { type: 'conference', id: c.id },
        details: { day: dayOf(c.starts_at) }, link: link(c.id), email: true,
      });
    }
  });

  jobs.register(COMMITTEE_JOB, async (trx, job, now) => {
    const k = await repo.findCommittee(trx, String(job.payload.committeeId));
    if (!k || !k.active) return;
    const organiser = (await repo.staffByIds(trx, [k.organiser_id]))[0];
    if (!organiser?.active) return;
    // The meeting now due has started: the next one is created (once) and its participants reminded in time.
    let next = addMonths(k.next_meeting_at, k.every_months);
    while (next <= now) next = addMonths(next, k.every_months);
    await createMeeting(trx, {
      committeeId: k.id, title: k.name, startsAt: next, durationMinutes: k.duration_minutes, mode: k.mode, officeId: k.office_id, room: k.room, address: k.address,
      onlineUrl: k.online_url, reminderDays: k.reminder_days, organiser: { id: organiser.id, agencyId: organiser.agency_id }, memberIds: k.member_ids,
    }, now);
    await repo.moveCommittee(trx, k.id, next, now);
    await deps.audit.record(trx, { label: 'system' }, { action: 'conference.committee.next', subjectType: 'conference_committee', subjectId: k.id, details: { startsAt: next.toISOString() } });
    return { next };
  });

  // ---- shared helpers ------------------------------------------------------------------

  interface Meeting {
    committeeId: string | null; title: string; startsAt: Date; durationMinutes: number; mode: 'in_person' | 'online'; officeId: string | null; room: string | null;
    address: string | null; onlineUrl: string | null; reminderDays: number; organiser: { id: string; agencyId: string }; memberIds: string[];
  }

  async function createMeeting(trx: Kysely<DB>, m: Meeting, now: Date) {
    const { id } = await repo.insertConference(trx, {
      committee_id: m.committeeId, title: m.title, starts_at: m.startsAt, duration_minutes: m.durationMinutes, mode: m.mode, office_id: m.officeId, room: m.room,
      address: m.address, online_url: m.onlineUrl, reminder_days: m.reminderDays, organiser_id: m.organiser.id, organiser_agency_id: m.organiser.agencyId, now,
    });
    const staff = await repo.staffByIds(trx, [...new Set([m.organiser.id, ...m.memberIds])]);
    await repo.insertParticipants(trx, id, staff.filter((s) => s.active).map((s) => ({ user_id: s.id, agency_id: s.agency_id })), now);
    for (const s of staff) {
      if (s.id === m.organiser.id || !s.active) continue;
      await deps.notifications.notify(trx, {
        to: { userId: s.id }, kind: 'conference_invited', subject: { type: 'conference', id }, details: { day: dayOf(m.startsAt) }, link: link(id),
      });
    }
    await scheduleReminder(trx, id, m.startsAt, m.reminderDays);
    return id;
  }

  /** Place, participants and time checked the same way for a meeting and a committee. */
  async function checkMeeting(trx: Kysely<DB>, viewer: Viewer, input: { mode: string; officeId: string | null; address: string | null; onlineUrl: string | null; startsAt: string }, staffIds: string[], field: string) {
    const errors: FieldError[] = [];
    const now = clock.now();
    if (new Date(input.startsAt) <= now) errors.push({ field: 'startsAt', code: 'date_in_past' });
    if (input.mode === 'online' && !input.onlineUrl) errors.push({ field: 'onlineUrl', code: 'conference_link_required' });
    if (input.mode === 'in_person' && !input.officeId && !input.address) errors.push({ field: 'address', code: 'conference_place_required' });
    if (input.officeId && !(await trx.selectFrom('office').select('id').where('id', '=', input.officeId).where('active', '=', true).executeTakeFirst())) {
      errors.push({ field: 'officeId', code: 'conference_office_unknown' });
    }
    const staff = await repo.staffByIds(trx, staffIds);
    const known = new Map(staff.filter((s) => s.active).map((s) => [s.id, s]));
    staffIds.forEach((id, i) => { if (!known.has(id)) errors.push({ field: `${field}.${i}`, code: 'conference_staff_unknown' }); });
    const agencies = new Set([viewer.agencyId, ...[...known.values()].map((s) => s.agency_id)]);
    if (agencies.size < 2) errors.push({ field, code: 'conference_single_agency' });
    return { errors, agencies: [...agencies] };
  }

  /** A case the viewer may see through the access policy (its person visible, the case counted), with the decision. */
  async function caseFor(trx: Kysely<DB>, viewer: Viewer, caseId: string) {
    const c = await deps.cases.caseFacts(trx, caseId);
    if (!c) return null;
    const decision = (await deps.access.decideMany(viewer, [c.personId], 'case_work', trx)).get(c.personId);
    if (!decision || visibleCategories(decision).length === 0 || !decision.caseIds.includes(c.id)) return null;
    return { c, decision };
  }

  /** The conference, if the viewer organises it or is invited; anything else is 404. */
  async function visibleConference(trx: Kysely<DB>, viewer: Viewer, id: string, lock = false) {
    if (lock) await repo.lockConference(trx, id);
    const row = await repo.findConference(trx, id);
    if (!row || (row.organiser_id !== viewer.userId && !(await repo.isParticipant(trx, id, viewer.userId)))) throw new AppError('not_found');
    return row;
  }

  function assertOpen(row: repo.ConferenceRow) {
    if (row.status === 'cancelled') throw new AppError('invalid_transition');
  }

  /** Decisions for each agenda case the viewer may see; identity decides whether the name shows. */
  async function agendaFor(trx: Kysely<DB>, viewer: Viewer, agenda: repo.AgendaRow[]) {
    const out = new Map<string, { visible: false } | { visible: true; c: NonNullable<Awaited<ReturnType<typeof caseFor>>>['c']; decision: AccessDecision }>();
    for (const item of agenda) {
      const seen = await caseFor(trx, viewer, item.case_id);
      out.set(item.id, seen ? { visible: true, ...seen } : { visible: false });
    }
    return out;
  }

  async function view(trx: Kysely<DB>, caller: Caller, row: repo.ConferenceRow): Promise<ConferenceView> {
    const { viewer, actor } = caller;
    const [participants, agenda, minutes, decisions] = await Promise.all([
      repo.listParticipants(trx, row.id), repo.listAgenda(trx, row.id), repo.findMinutes(trx, row.id), repo.listDecisions(trx, row.id),
    ]);
    const seen = await agendaFor(trx, viewer, agenda);
    const items = [];
    for (const item of agenda) {
      const s = seen.get(item.id)!;
      if (!s.visible) { items.push({ id: item.id, position: item.position, visible: false }); continue; }
      const named = canSee(s.decision, 'identity');
      const person = named ? await deps.people.documentFacts(trx, s.c.personId) : undefined;
      items.push({ id: item.id, position: item.position, visible: true, caseId: s.c.id, onedoorId: person?.onedoorId ?? (await onedoorIdOf(trx, s.c.personId)), ...(person ? { personName: person.name } : {}) });
      await deps.access.recordRead(trx, actor, {
        personId: s.c.personId, action: 'conference.agenda.read', purpose: 'case_work', decision: only(s.decision, named ? ['identity'] : []),
        subjectType: 'conference', subjectId: row.id, extra: { caseId: s.c.id },
      });
    }
    const visibleItems = new Set(items.filter((i) => i.visible).map((i) => i.id));
    return {
      ...summary(row, agenda.length, participants.length),
      officeId: row.office_id, officeName: row.office_name, room: row.room, address: row.address, onlineUrl: row.online_url, reminderDays: row.reminder_days, version: row.version,
      participantList: participants.map((p) => ({ id: p.user_id, name: p.display_name, agencyId: p.agency_id, agencyName: p.agency_name, attendance: p.attendance, version: p.version })),
      agenda: items,
      minutes: minutes ? { text: minutes.text, version: minutes.version, updatedAt: minutes.updated_at.toISOString(), updatedBy: minutes.updated_by_name } : null,
      decisions: decisions.filter((d) => visibleItems.has(d.agenda_item_id)).map((d) => ({
        id: d.id, agendaItemId: d.agenda_item_id, caseId: d.case_id, kind: d.kind, text: d.text, ownerAgency: { id: d.owner_agency_id, name: d.owner_agency_name },
        ownerUser: d.owner_user_id ? { id: d.owner_user_id, name: d.owner_user_name ?? '' } : null, dueOn: d.due_on, planId: d.plan_id, actionId: d.action_id,
        referralId: d.referral_id, recordedBy: { id: d.recorded_by, name: d.recorded_by_name }, createdAt: d.created_at.toISOString(),
      })),
    };
  }

  const onedoorIdOf = async (trx: Kysely<DB>, personId: string) =>
    (await trx.selectFrom('person').select('onedoor_id').where('id', '=', personId).executeTakeFirstOrThrow()).onedoor_id;

  function summary(row: repo.ConferenceRow | (Awaited<ReturnType<typeof repo.listFor>>[number]), agendaItems: number, participants: number) {
    return {
      id: row.id, title: row.title, startsAt: row.starts_at.toISOString(), durationMinutes: row.duration_minutes, mode: row.mode, status: row.status,
      committeeId: row.committee_id, agendaItems, participants,
      organiser: { id: row.organiser_id, name: row.organiser_name, agencyId: row.organiser_agency_id, agencyName: row.organiser_agency_name },
    };
  }

  // ---- use cases ------------------------------------------------------------------------

  function schedule(caller: Caller, input: ConferenceCreate) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const participantIds = [...new Set(input.participantIds)].filter((id) => id !== viewer.userId);
      const { errors } = await checkMeeting(trx, viewer, input, participantIds, 'participantIds');
      const cases = [];
      for (const [i, caseId] of input.caseIds.entries()) {
        // A case the organiser may not see is as unknown as one that does not exist.
        const seen = await caseFor(trx, viewer, caseId);
        if (!seen) errors.push({ field: `caseIds.${i}`, code: 'conference_case_unknown' });
        else cases.push(seen.c);
      }
      if (new Set(input.caseIds).size !== input.caseIds.length) errors.push({ field: 'caseIds', code: 'conference_case_twice' });
      if (errors.length) throw new AppError('validation_failed', { fields: errors });
      const now = clock.now();
      const id = await createMeeting(trx, {
        committeeId: null, title: input.title, startsAt: new Date(input.startsAt), durationMinutes: input.durationMinutes, mode: input.mode, officeId: input.officeId,
        room: input.room, address: input.address, onlineUrl: input.onlineUrl, reminderDays: input.reminderDays, organiser: { id: viewer.userId, agencyId: viewer.agencyId }, memberIds: participantIds,
      }, now);
      await repo.insertAgenda(trx, id, cases.map((c, i) => ({ case_id: c.id, position: i + 1, added_by: viewer.userId })), now);
      await deps.audit.record(trx, actor, {
        action: 'conference.schedule', subjectType: 'conference', subjectId: id, purpose: 'case_work',
        details: { caseIds: cases.map((c) => c.id), participants: participantIds.length + 1, mode: input.mode },
      });
      return view(trx, caller, (await repo.findConference(trx, id))!);
    });
  }

  function get(caller: Caller, id: string) {
    return db.transaction().execute(async (trx) => view(trx, caller, await visibleConference(trx, caller.viewer, id)));
  }

  async function list(caller: Caller, when: 'upcoming' | 'past') {
    const rows = await repo.listFor(db, caller.viewer.userId, when, clock.now());
    return rows.map((r) => summary(r, Number(r.agenda_items ?? 0), Number(r.participants ?? 0)));
  }

  /** Only these categories of a decision (what a response actually showed, for the audit trail). */
  function only(decision: AccessDecision, shown: DataCategory[]): AccessDecision {
    const categories: AccessDecision['categories'] = {};
    for (const c of shown) if (decision.categories[c]) categories[c] = decision.categories[c];
    return { ...decision, categories };
  }

  /** The reader's own briefing pack: for each agenda case, only what the access policy lets them see. */
  function briefing(caller: Caller, id: string, lang: Language): Promise<Briefing> {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const row = await visibleConference(trx, viewer, id);
      const agenda = await repo.listAgenda(trx, row.id);
      const seen = await agendaFor(trx, viewer, agenda);
      const items: Briefing['items'] = [];
      for (const item of agenda) {
        const s = seen.get(item.id)!;
        if (!s.visible) { items.push({ agendaItemId: item.id, position: item.position, visible: false }); continue; }
        const { c, decision } = s;
        const shown = new Set<DataCategory>();
        const entry: Briefing['items'][number] = {
          agendaItemId: item.id, position: item.position, visible: true, caseId: c.id, onedoorId: await onedoorIdOf(trx, c.personId),
          leadAgencyName: c.leadAgencyName, caseManagerName: c.caseManager.displayName,
          agencies: [{ id: c.leadAgencyId, name: c.leadAgencyName, lead: true }, ...c.partners.map((p) => ({ id: p.agencyId, name: p.agencyName, lead: false }))],
        };
        if (canSee(decision, 'identity')) {
          const person = await deps.people.documentFacts(trx, c.personId);
          if (person) { entry.personName = person.name; shown.add('identity'); }
        }
        if (canSee(decision, 'employment')) {
          const plan = await deps.plans.planSummary(trx, c.id);
          entry.plan = plan && {
            planId: plan.planId, number: plan.number, status: plan.status, inForce: plan.inForce, goalType: plan.goal?.type ?? null, goalDescription: plan.goal?.description || null,
            nextReviewOn: plan.nextReviewOn,
            openActions: plan.openActions.filter((a) => canSee(decision, a.category)).map((a) => {
              shown.add(a.category);
              return { id: a.id, title: a.title, dueOn: a.dueOn, category: a.category, ownerAgencyId: a.owner.agencyId, ownerParty: a.owner.party };
            }),
          };
          shown.add('employment');
          const latest = await deps.assessment.latestResult(trx, c.id);
          entry.assessment = latest && {
            segment: latest.segment,
            barriers: latest.barriers.filter((b) => canSee(decision, b.category)).map((b) => {
              shown.add(b.category);
              return { code: b.code, label: b.label[lang], severity: b.severity, category: b.category };
            }),
          };
        }
        entry.categories = [...shown].sort();
        items.push(entry);
        await deps.access.recordRead(trx, actor, {
          personId: c.personId, action: 'conference.briefing.read', purpose: 'case_work', decision: only(decision, [...shown]),
          subjectType: 'conference', subjectId: row.id, extra: { caseId: c.id },
        });
      }
      return { conferenceId: row.id, items };
    });
  }

  function addAgendaItem(caller: Caller, id: string, caseId: string) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const row = await visibleConference(trx, viewer, id, true);
      assertOpen(row);
      const seen = await caseFor(trx, viewer, caseId);
      if (!seen) throw fieldError('caseId', 'conference_case_unknown');
      const agenda = await repo.listAgenda(trx, id);
      if (agenda.some((a) => a.case_id === caseId)) throw fieldError('caseId', 'conference_case_twice');
      const now = clock.now();
      await repo.insertAgenda(trx, id, [{ case_id: caseId, position: agenda.length + 1, added_by: viewer.userId }], now);
      await deps.audit.record(trx, actor, { action: 'conference.agenda.add', personId: seen.c.personId, purpose: 'case_work', subjectType: 'conference', subjectId: id, details: { caseId } });
      return view(trx, caller, (await repo.findConference(trx, id))!);
    });
  }

  function saveMinutes(caller: Caller, id: string, input: MinutesSave) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const row = await visibleConference(trx, viewer, id, true);
      assertOpen(row);
      const now = clock.now();
      const current = await repo.findMinutes(trx, id);
      if (!current) {
        if (input.version !== 0) throw versionConflict(0);
        await repo.insertMinutes(trx, { conference_id: id, text: input.text, updated_by: viewer.userId, now });
      } else if (current.version !== input.version || !(await repo.updateMinutes(trx, id, input.version, { text: input.text, updated_by: viewer.userId, now }))) {
        throw versionConflict(current.version);
      }
      await deps.audit.record(trx, actor, { action: 'conference.minutes.update', subjectType: 'conference', subjectId: id, details: { version: input.version + 1 } });
      return view(trx, caller, row);
    });
  }

  function setAttendance(caller: Caller, id: string, userId: string, input: AttendanceChange) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const row = await visibleConference(trx, viewer, id, true);
      assertOpen(row);
      const p = (await repo.listParticipants(trx, id)).find((x) => x.user_id === userId);
      if (!p) throw new AppError('not_found');
      if (p.version !== input.version || !(await repo.setAttendance(trx, id, userId, input.version, input.attendance, clock.now()))) throw versionConflict(p.version);
      await deps.audit.record(trx, actor, { action: 'conference.attendance', subjectType: 'conference', subjectId: id, details: { userId, attendance: input.attendance } });
      return view(trx, caller, row);
    });
  }

  /** A formal decision on an agenda case the recorder may see; it becomes a plan action (or a referral) in the same transaction. */
  function decide(caller: Caller, id: string, input: DecisionCreate, lang: Language) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const row = await visibleConference(trx, viewer, id, true);
      assertOpen(row);
      const item = (await repo.listAgenda(trx, id)).find((a) => a.id === input.agendaItemId);
      const seen = item && (await caseFor(trx, viewer, item.case_id));
      if (!item || !seen) throw new AppError('not_found');
      if (!canSee(seen.decision, 'employment')) throw new AppError('forbidden');
      const { c } = seen;
      const inCase = input.ownerAgencyId === c.leadAgencyId || c.partners.some((p) => p.agencyId === input.ownerAgencyId);
      if (!inCase) throw fieldError('ownerAgencyId', 'plan_owner_not_in_case');
      if (input.ownerUserId) {
        const [owner] = await repo.staffByIds(trx, [input.ownerUserId]);
        if (!owner?.active || owner.agency_id !== input.ownerAgencyId) throw fieldError('ownerUserId', 'conference_owner_not_in_agency');
      }
      if (input.kind === 'referral' && (!deps.referrals || !input.serviceId)) throw fieldError(deps.referrals ? 'serviceId' : 'kind', deps.referrals ? 'required' : 'conference_referral_unavailable');
      const now = clock.now();
      const { id: decisionId } = await repo.insertDecision(trx, {
        conference_id: id, agenda_item_id: item.id, case_id: c.id, kind: input.kind, text: input.text, owner_agency_id: input.ownerAgencyId, owner_user_id: input.ownerUserId,
        due_on: input.dueOn, recorded_by: viewer.userId, now,
      });
      const t = translatorFor(lang, 'conferences');
      if (input.kind === 'plan_action') {
        const added = await deps.plans.addActionsFromDecision(trx, {
          caseId: c.id, by: caller, note: String(t('decision.reviewNote', { title: row.title })), source: { type: 'conference', id },
          actions: [{ kind: 'treatment_or_social_service', title: input.text, ownerAgencyId: input.ownerAgencyId, dueOn: input.dueOn }],
        });
        await repo.linkDecision(trx, decisionId, { plan_id: added.planId, action_id: added.actionIds[0] ?? null, now });
        if (c.caseManager.id !== viewer.userId) {
          await deps.notifications.notify(trx, {
            to: { userId: c.caseManager.id }, kind: 'conference_decision_in_plan', subject: { type: 'conference', id }, caseId: c.id,
            details: { number: added.number }, link: `/cases/${c.id}/plan`,
          });
        }
      } else {
        const referral = await deps.referrals!.createFromDecision(trx, { caseId: c.id, serviceId: input.serviceId!, reason: input.text, dueOn: input.dueOn, by: caller });
        await repo.linkDecision(trx, decisionId, { referral_id: referral.id, now });
      }
      await deps.audit.record(trx, actor, {
        action: 'conference.decision', personId: c.personId, purpose: 'case_work', subjectType: 'conference', subjectId: id,
        details: { decisionId, kind: input.kind, caseId: c.id, categories: ['employment'] },
      });
      return view(trx, caller, row);
    });
  }

  function createCommittee(caller: Caller, input: CommitteeCreate) {
    const { viewer, actor } = caller;
    return db.transaction().execute(async (trx) => {
      const memberIds = [...new Set(input.memberIds)].filter((m) => m !== viewer.userId);
      const { errors, agencies } = await checkMeeting(trx, viewer, { ...input, startsAt: input.firstMeetingAt }, memberIds, 'memberIds');
      if (errors.length) throw new AppError('validation_failed', { fields: errors.map((e) => (e.field === 'startsAt' ? { ...e, field: 'firstMeetingAt' } : e)) });
      const now = clock.now();
      const first = new Date(input.firstMeetingAt);
      const { id } = await repo.insertCommittee(trx, {
        name: input.name, agency_ids: agencies, member_ids: memberIds, every_months: input.everyMonths, reminder_days: input.reminderDays, duration_minutes: input.durationMinutes,
        mode: input.mode, office_id: input.officeId, room: input.room, address: input.address, online_url: input.onlineUrl, next_meeting_at: first, organiser_id: viewer.userId, now,
      });
      const conferenceId = await createMeeting(trx, {
        committeeId: id, title: input.name, startsAt: first, durationMinutes: input.durationMinutes, mode: input.mode, officeId: input.officeId, room: input.room,
        address: input.address, onlineUrl: input.onlineUrl, reminderDays: input.reminderDays, organiser: { id: viewer.userId, agencyId: viewer.agencyId }, memberIds,
      }, now);
      // When this meeting starts, the next one is created; and so on every N months.
      await jobs.schedule(trx, { kind: COMMITTEE_JOB, key: committeeKey(id), runAt: first, payload: { committeeId: id } });
      await deps.audit.record(trx, actor, {
        action: 'conference.committee.create', subjectType: 'conference_committee', subjectId: id, details: { agencies: agencies.length, members: memberIds.length + 1, everyMonths: input.everyMonths },
      });
      return { ...(await committeeView(trx, viewer.userId, id)), nextConferenceId: conferenceId };
    });
  }

  async function committeeView(trx: Kysely<DB>, userId: string, id: string) {
    const k = (await repo.committeesFor(trx, userId)).find((x) => x.id === id)!;
    return toCommittee(k);
  }
  const toCommittee = (k: Awaited<ReturnType<typeof repo.committeesFor>>[number]) => ({
    id: k.id, name: k.name, agencyIds: k.agency_ids, memberIds: k.member_ids, everyMonths: k.every_months, reminderDays: k.reminder_days,
    nextMeetingAt: k.next_meeting_at.toISOString(), active: k.active, nextConferenceId: k.next_conference_id ?? null,
  });

  return {
    schedule, get, list, briefing, addAgendaItem, saveMinutes, setAttendance, decide, createCommittee,
    committees: async (caller: Caller) => (await repo.committeesFor(db, caller.viewer.userId)).map(toCommittee),
    directory: async (q: { agencyId?: string; q?: string }) =>
      (await repo.directory(db, q)).map((s) => ({ id: s.id, name: s.display_name, agencyId: s.agency_id, agencyName: s.agency_name })),
  };
}
