/**
 * Notification duties between agencies, as configurable rules. An event in a case (recorded
 * by staff, or raised by another module with `raise(trx, event)`) creates, for every active
 * rule of its type, a duty for the case's agency of the rule's notifying type to notify the
 * agency of the receiving type within the rule's days. The duty is sent through OneDoor (an
 * in-app notification to the receiving agency, and e-mail), acknowledged by the receiver;
 * a durable job flags it overdue the day after its due day and reminds the notifying agency
 * once. Every duty keeps its timing (event → sent, sent → acknowledged, within deadline).
 *
 * Who is who:
 * - Notifying agency: the recorder's agency if it is of the notifying type and on the case,
 *   else the case's lead or partner agency of that type. No such agency: no duty (the
 *   response names the skipped rule).
 * - Receiving agency: the case's lead or partner agency of the receiving type; else the one
 *   active agency of that type with an office in the client's municipality; else "to be
 *   assigned": the notifying agency names it when it sends.
 *
 * What the receiver sees: the event type and day, the deadline, the agencies, and the client's
 * OneDoor id (the notice must identify whom it is about); the client's name only where the
 * access policy lets the reader see identity (a case role, consent or legal basis), and the
 * case link only where the reader may open the case. An open duty is invisible to the
 * receiver until it is sent. Everyone else: 404. Every read and change is audited.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Clock } from '../../server/clock';
import { addDays, dayOf, daysBetween } from '../../server/days';
import { AppError, fieldError, versionConflict } from '../../server/errors';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import type { AccessService } from '../access/service';
import type { AuditActor } from '../audit/schema';
import type { AuditService } from '../audit/service';
import type { CaseService } from '../cases/service';
import type { JobService } from '../jobs/service';
import type { NotificationService } from '../notifications/service';
import * as repo from './repo';
import type { DashboardView, DutyView, EventRecord, EventType, RuleUpdate, RuleView, SendBody } from './schema';

export interface Caller {
  viewer: Viewer;
  actor: AuditActor;
}

export interface DutyDeps {
  db: Kysely<DB>;
  clock: Clock;
  audit: AuditService;
  access: AccessService;
  cases: Pick<CaseService, 'appendCaseEvent'>;
  jobs: JobService;
  notifications: Pick<NotificationService, 'notify'>;
}

/** An event other modules raise inside their own transaction (e.g. a referral outcome "job taken up"). */
export interface DutyEventInput {
  caseId: string;
  eventType: EventType;
  /** YYYY-MM-DD: the day it happened; deadlines count from it. */
  occurredOn: string;
  /** 'staff' when recorded on a case, else the raising module's name. */
  source: string;
  recordedBy: string | null;
  /** The recorder's agency: preferred as the notifying agency when it is of the rule's type. */
  agencyId: string | null;
}

const OVERDUE_JOB = 'duty.overdue';
const overdueKey = (id: string) => `${OVERDUE_JOB}:${id}`;
/** Social assistance is benefits data; the other events are about the client's way into work. */
export const eventCategory = (t: string): DataCategory => (t === 'social_assistance_granted_to_work_able' ? 'benefits' : 'employment');
const NO_DECISION: AccessDecision = { relation: 'none', categories: {}, caseIds: [] };
const identityOnly = (d: AccessDecision, shown: boolean): AccessDecision => ({ ...d, categories: shown && d.categories.identity ? { identity: d.categories.identity } : {} });
const round1 = (n: number) => Math.round(n * 10) / 10;

export type DutyService = ReturnType<typeof createDutyService>;

export function createDutyService(deps: DutyDeps) {
  const { db, clock, audit, access, jobs, notifications } = deps;

  const ruleView = (r: repo.RuleRow): RuleView => ({
    id: r.id, eventType: r.event_type as EventType, notifyingAgencyType: r.notifying_agency_type as RuleView['notifyingAgencyType'],
    receivingAgencyType: r.receiving_agency_type as RuleView['receivingAgencyType'], days: r.days, active: r.active,
    legalReference: r.legal_reference, version: r.version, updatedAt: r.updated_at.toISOString(),
  });

  function directionOf(viewer: Viewer, d: { notifying_agency_id: string; receiving_agency_id: string | null; status: string }) {
    if (d.notifying_agency_id === viewer.agencyId) return 'outgoing' as const;
    if (d.receiving_agency_id === viewer.agencyId && d.status !== 'open') return 'incoming' as const;
    return null;
  }

  function dutyView(d: repo.DutyRow, direction: 'outgoing' | 'incoming', decision: AccessDecision, today: string): DutyView {
    const named = canSee(decision, 'identity');
    return {
      id: d.id, version: d.version, direction, eventType: d.event_type as EventType, eventOn: d.event_on, days: d.days, dueOn: d.due_on,
      status: d.status, overdue: d.status === 'open' && today > d.due_on,
      notifyingAgency: { id: d.notifying_agency_id, name: d.notifying_agency_name },
      receivingAgency: d.receiving_agency_id ? { id: d.receiving_agency_id, name: d.receiving_agency_name ?? '' } : null,
      receivingAgencyType: d.receiving_agency_type as DutyView['receivingAgencyType'],
      caseId: decision.caseIds.includes(d.case_id) ? d.case_id : null,
      person: { onedoorId: d.onedoor_id, name: named ? { given: d.given_name, family: d.family_name } : null },
      sentAt: d.sent_at?.toISOString() ?? null, acknowledgedAt: d.acknowledged_at?.toISOString() ?? null,
      timing: { daysToSend: d.days_to_send, sentWithinDeadline: d.sent_within_deadline, daysToAcknowledge: d.days_to_acknowledge },
    };
  }

  /** Shapes duties for the viewer and audits each one shown (with identity when the name was shown). */
  async function showDuties(trx: Kysely<DB>, { viewer, actor }: Caller, rows: repo.DutyRow[], action: string) {
    const decisions = await access.decideMany(viewer, rows.map((r) => r.person_id), 'case_work', trx);
    const today = dayOf(clock.now());
    const views: DutyView[] = [];
    for (const row of rows) {
      const direction = directionOf(viewer, row);
      if (!direction) continue;
      const decision = decisions.get(row.person_id) ?? NO_DECISION;
      const view = dutyView(row, direction, decision, today);
      await access.recordRead(trx, actor, {
        personId: row.person_id, action, purpose: 'case_work', decision: identityOnly(decision, view.person.name !== null),
        subjectType: 'duty', subjectId: row.id, extra: { direction, eventType: row.event_type },
      });
      views.push(view);
    }
    return views;
  }

  /** Creates the duties an event triggers, inside the caller's transaction. The caller audits (naming the duty ids). */
  async function raise(trx: Kysely<DB>, e: DutyEventInput) {
    const c = await repo.caseAgencies(trx, e.caseId);
    if (!c) throw new AppError('not_found');
    const now = clock.now();
    const { id: eventId } = await repo.insertEvent(trx, {
      case_id: c.id, person_id: c.person_id, event_type: e.eventType, occurred_on: e.occurredOn, source: e.source,
      recorded_by: e.recordedBy, recorded_by_agency_id: e.agencyId, now,
    });
    const dutyIds: string[] = [];
    const skippedRules: { ruleId: string; reason: 'no_notifying_agency' }[] = [];
    for (const rule of await repo.activeRulesFor(trx, e.eventType)) {
      const ofType = (type: string) => c.agencies.filter((a) => a.type === type);
      const notifying = ofType(rule.notifying_agency_type).find((a) => a.id === e.agencyId) ?? ofType(rule.notifying_agency_type)[0];
      if (!notifying) {
        skippedRules.push({ ruleId: rule.id, reason: 'no_notifying_agency' });
        continue;
      }
      let receiving: string | null = ofType(rule.receiving_agency_type).find((a) => a.id !== notifying.id)?.id ?? null;
      if (!receiving && c.municipality_code) {
        const nearby = await repo.agenciesOfTypeIn(trx, rule.receiving_agency_type, c.municipality_code);
        if (nearby.length === 1) receiving = nearby[0]!.id;
      }
      const office = notifying.id === e.agencyId && e.recordedBy ? await repo.officeOf(trx, e.recordedBy) : notifying.id === c.lead_agency_id ? c.manager_office_id : null;
      const dueOn = addDays(e.occurredOn, rule.days);
      const { id } = await repo.insertDuty(trx, {
        rule_id: rule.id, event_id: eventId, case_id: c.id, person_id: c.person_id, event_type: rule.event_type, event_on: e.occurredOn, days: rule.days,
        due_on: dueOn, notifying_agency_id: notifying.id, notifying_office_id: office, receiving_agency_id: receiving, now,
      });
      // Overdue from the start of the day after the due day (the law counts whole days).
      await jobs.schedule(trx, { kind: OVERDUE_JOB, key: overdueKey(id), runAt: new Date(`${addDays(dueOn, 1)}T00:00:00Z`), payload: { dutyId: id } });
      if (notifying.id !== e.agencyId) {
        await notifications.notify(trx, {
          to: { agencyId: notifying.id }, kind: 'duty_due', subject: { type: 'duty', id }, details: { dueOn, days: rule.days }, link: `/duties/${id}`, email: true,
        });
      }
      dutyIds.push(id);
    }
    return { eventId, dutyIds, skippedRules, personId: c.person_id };
  }

  jobs.register(OVERDUE_JOB, async (trx, job, now) => {
    const id = String(job.payload.dutyId);
    await repo.lockDuty(trx, id);
    const d = await repo.findDuty(trx, id);
    if (!d || d.status !== 'open' || d.overdue_at) return;
    await repo.flagOverdue(trx, id, now);
    await notifications.notify(trx, {
      to: { agencyId: d.notifying_agency_id }, kind: 'duty_overdue', subject: { type: 'duty', id }, details: { dueOn: d.due_on, days: d.days },
      link: `/duties/${id}`, email: true,
    });
    await deps.cases.appendCaseEvent(trx, {
      caseId: d.case_id, type: 'duty.overdue', agencyId: d.notifying_agency_id, actorUserId: null, dataCategory: eventCategory(d.event_type),
      details: { dutyId: id, eventType: d.event_type, dueOn: d.due_on },
    });
    await audit.record(trx, { label: 'system' }, {
      action: 'duty.overdue', personId: d.person_id, subjectType: 'duty', subjectId: id, purpose: 'case_work', details: { eventType: d.event_type, dueOn: d.due_on },
    });
  });

  async function visibleDuty(trx: Kysely<DB>, viewer: Viewer, id: string) {
    await repo.lockDuty(trx, id);
    const d = await repo.findDuty(trx, id);
    const direction = d && directionOf(viewer, d);
    if (!d || !direction) throw new AppError('not_found');
    return { d, direction };
  }

  async function oneView(trx: Kysely<DB>, caller: Caller, id: string, action: string) {
    return (await showDuties(trx, caller, [(await repo.findDuty(trx, id))!], action))[0]!;
  }

  return {
    raise,

    listRules: async () => (await repo.listRules(db)).map(ruleView),

    updateRule: (caller: Caller, id: string, input: RuleUpdate) =>
      db.transaction().execute(async (trx) => {
        const rule = await repo.findRule(trx, id);
        if (!rule) throw new AppError('not_found');
        const now = clock.now();
        if (rule.version !== input.version || !(await repo.updateRule(trx, id, input.version, { days: input.days, active: input.active, updated_by: caller.viewer.userId, now }))) {
          throw versionConflict(rule.version);
        }
        await audit.record(trx, caller.actor, {
          action: 'duty_rule.update', subjectType: 'duty_rule', subjectId: id, purpose: 'administration',
          details: { eventType: rule.event_type, days: { from: rule.days, to: input.days }, active: { from: rule.active, to: input.active } },
        });
        return ruleView((await repo.findRule(trx, id))!);
      }),

    /** A staff member of the case's lead or partner agency records an event; its duties are created. */
    recordEvent: (caller: Caller, caseId: string, input: EventRecord) =>
      db.transaction().execute(async (trx) => {
        const { viewer, actor } = caller;
        const c = await repo.caseAgencies(trx, caseId);
        if (!c) throw new AppError('not_found');
        const decision = await access.requireRecord(viewer, c.person_id, 'case_work', trx);
        if (!decision.caseIds.includes(c.id)) throw new AppError('not_found');
        if (!c.agencies.some((a) => a.id === viewer.agencyId)) throw new AppError('forbidden');
        if (c.status === 'closed') throw fieldError('status', 'case_closed');
        if (input.occurredOn > dayOf(clock.now())) throw fieldError('occurredOn', 'date_in_future');
        const raised = await raise(trx, { caseId, eventType: input.eventType, occurredOn: input.occurredOn, source: 'staff', recordedBy: viewer.userId, agencyId: viewer.agencyId });
        const category = eventCategory(input.eventType);
        await deps.cases.appendCaseEvent(trx, {
          caseId, type: 'duty.event_recorded', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: category,
          details: { eventType: input.eventType, occurredOn: input.occurredOn, dutyEventId: raised.eventId, duties: raised.dutyIds.length },
        });
        const rows = await repo.dutiesOfEvent(trx, raised.eventId);
        const decisions = await access.decideMany(viewer, [c.person_id], 'case_work', trx);
        const today = dayOf(clock.now());
        const duties = rows.flatMap((r) => {
          const direction = directionOf(viewer, r);
          return direction ? [dutyView(r, direction, decisions.get(c.person_id) ?? NO_DECISION, today)] : [];
        });
        await audit.record(trx, actor, {
          action: 'duty.event.record', personId: c.person_id, purpose: 'case_work', subjectType: 'duty_event', subjectId: raised.eventId,
          details: { eventType: input.eventType, duties: raised.dutyIds, skippedRules: raised.skippedRules.map((s) => s.ruleId), categories: [category] },
        });
        return { eventId: raised.eventId, duties, otherAgencies: rows.length - duties.length, skippedRules: raised.skippedRules };
      }),

    list: (caller: Caller, box: 'outgoing' | 'incoming') =>
      db.transaction().execute(async (trx) => showDuties(trx, caller, await repo.listDuties(trx, caller.viewer.agencyId, box), 'duty.list')),

    get: (caller: Caller, id: string) =>
      db.transaction().execute(async (trx) => {
        await visibleDuty(trx, caller.viewer, id);
        return oneView(trx, caller, id, 'duty.read');
      }),

    /** The notifying agency sends the notification: the receiving agency is notified in OneDoor (and by e-mail). */
    send: (caller: Caller, id: string, input: SendBody) =>
      db.transaction().execute(async (trx) => {
        const { viewer, actor } = caller;
        const { d, direction } = await visibleDuty(trx, viewer, id);
        if (direction !== 'outgoing') throw new AppError('forbidden');
        if (d.status !== 'open') throw new AppError('invalid_transition');
        if (d.version !== input.version) throw versionConflict(d.version);
        let receiving = d.receiving_agency_id;
        if (!receiving) {
          if (!input.receivingAgencyId) throw fieldError('receivingAgencyId', 'duty_receiver_required');
          const rule = (await repo.findRule(trx, d.rule_id))!;
          const agency = await repo.findAgency(trx, input.receivingAgencyId);
          if (!agency || !agency.active || agency.type !== rule.receiving_agency_type) throw fieldError('receivingAgencyId', 'duty_receiver_wrong_type');
          receiving = agency.id;
        }
        const now = clock.now();
        const today = dayOf(now);
        await repo.updateDuty(trx, id, input.version, {
          status: 'sent', receiving_agency_id: receiving, sent_at: now, sent_by: viewer.userId,
          days_to_send: daysBetween(d.event_on, today), sent_within_deadline: today <= d.due_on,
        }, now);
        await jobs.cancel(trx, overdueKey(id));
        await notifications.notify(trx, {
          to: { agencyId: receiving }, kind: 'duty_received', subject: { type: 'duty', id }, details: { eventOn: d.event_on }, link: `/duties/${id}`, email: true,
        });
        await deps.cases.appendCaseEvent(trx, {
          caseId: d.case_id, type: 'duty.sent', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: eventCategory(d.event_type),
          details: { dutyId: id, eventType: d.event_type, receivingAgencyId: receiving, withinDeadline: today <= d.due_on },
        });
        const view = await showDuties(trx, caller, [(await repo.findDuty(trx, id))!], 'duty.read');
        await audit.record(trx, actor, {
          action: 'duty.send', personId: d.person_id, purpose: 'case_work', subjectType: 'duty', subjectId: id,
          details: { eventType: d.event_type, receivingAgencyId: receiving, withinDeadline: today <= d.due_on, categories: [eventCategory(d.event_type)] },
        });
        return view[0]!;
      }),

    /** The receiving agency confirms it got the notification; the sender is told. */
    acknowledge: (caller: Caller, id: string, input: { version: number }) =>
      db.transaction().execute(async (trx) => {
        const { viewer, actor } = caller;
        const { d, direction } = await visibleDuty(trx, viewer, id);
        if (direction !== 'incoming') throw new AppError('forbidden');
        if (d.status !== 'sent') throw new AppError('invalid_transition');
        if (d.version !== input.version) throw versionConflict(d.version);
        const now = clock.now();
        await repo.updateDuty(trx, id, input.version, {
          status: 'acknowledged', acknowledged_at: now, acknowledged_by: viewer.userId, receiving_office_id: await repo.officeOf(trx, viewer.userId),
          days_to_acknowledge: daysBetween(dayOf(d.sent_at!), dayOf(now)),
        }, now);
        if (d.sent_by) {
          await notifications.notify(trx, { to: { userId: d.sent_by }, kind: 'duty_acknowledged', subject: { type: 'duty', id }, details: { eventOn: d.event_on }, link: `/duties/${id}` });
        }
        const view = await showDuties(trx, caller, [(await repo.findDuty(trx, id))!], 'duty.read');
        await audit.record(trx, actor, {
          action: 'duty.acknowledge', personId: d.person_id, purpose: 'case_work', subjectType: 'duty', subjectId: id, details: { eventType: d.event_type },
        });
        return view[0]!;
      }),

    /** Overdue duties and timing indicators: a supervisor's agency's outgoing duties; a coordinator's both directions. No client is named. */
    dashboard: (caller: Caller) =>
      db.transaction().execute(async (trx) => {
        const { viewer, actor } = caller;
        const directions: ('outgoing' | 'incoming')[] = viewer.roles.includes('partnership_coordinator') ? ['outgoing', 'incoming'] : ['outgoing'];
        const rows = await repo.dashboardRows(trx, viewer.agencyId, directions);
        const today = dayOf(clock.now());
        const dir = (r: repo.DashboardRow) => (r.notifying_agency_id === viewer.agencyId ? 'outgoing' as const : 'incoming' as const);
        const isOverdue = (r: repo.DashboardRow) => r.status === 'open' && today > r.due_on;
        const office = (r: repo.DashboardRow) =>
          dir(r) === 'outgoing'
            ? (r.notifying_office_id ? { id: r.notifying_office_id, name: r.notifying_office_name ?? '' } : null)
            : (r.receiving_office_id ? { id: r.receiving_office_id, name: r.receiving_office_name ?? '' } : null);
        const indicators = (group: repo.DashboardRow[]) => {
          const sent = group.filter((r) => r.status !== 'open');
          const acked = group.filter((r) => r.status === 'acknowledged');
          const within = sent.filter((r) => r.sent_within_deadline).length;
          const avg = (xs: number[]) => (xs.length ? round1(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
          return {
            total: group.length, open: group.length - sent.length, overdue: group.filter(isOverdue).length, sent: sent.length, sentWithinDeadline: within,
            shareWithinDeadline: sent.length ? round1((within / sent.length) * 100) / 100 : null,
            avgDaysToSend: avg(sent.map((r) => r.days_to_send ?? 0)), acknowledged: acked.length, avgDaysToAcknowledge: avg(acked.map((r) => r.days_to_acknowledge ?? 0)),
          };
        };
        const groupBy = <K extends string>(key: (r: repo.DashboardRow) => K) => {
          const m = new Map<K, repo.DashboardRow[]>();
          for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
          return [...m.values()];
        };
        const view: DashboardView = {
          directions,
          overdue: rows.filter(isOverdue).map((r) => ({
            id: r.id, direction: dir(r), eventType: r.event_type as EventType, dueOn: r.due_on, daysOverdue: daysBetween(r.due_on, today),
            notifyingAgency: { id: r.notifying_agency_id, name: r.notifying_agency_name },
            receivingAgency: r.receiving_agency_id ? { id: r.receiving_agency_id, name: r.receiving_agency_name ?? '' } : null, office: office(r),
          })),
          byRule: groupBy((r) => `${r.rule_id}|${dir(r)}`).map((g) => ({ ruleId: g[0]!.rule_id, eventType: g[0]!.event_type as EventType, direction: dir(g[0]!), days: g[0]!.days, ...indicators(g) })),
          byOffice: groupBy((r) => `${office(r)?.id ?? '-'}|${dir(r)}`).map((g) => ({ office: office(g[0]!), direction: dir(g[0]!), ...indicators(g) })),
          totals: indicators(rows),
        };
        await audit.record(trx, actor, { action: 'duty.dashboard.read', purpose: 'evaluation', subjectType: 'agency', subjectId: viewer.agencyId, details: { directions, duties: rows.length } });
        return view;
      }),
  };
}
