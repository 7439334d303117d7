/**
 * What a viewer is shown of a referral. The receiving side sees the snapshot the referral
 * carries and nothing else of the person (not the case); the sending side sees the snapshot
 * limited to what the access policy lets them see themselves. Names of the client come
 * only from shared identity data.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { dayOf } from '../../server/days';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import { can } from '../access/roles';
import { categoryOfField } from '../people/field-categories';
import type { ReferralDeps, Seen } from './context';
import * as repo from './repo';
import { allowedSteps, HOLDS_PLACE } from './rules';
import type { ReferralStatus, ReferralSummary, ReferralView, SharedSnapshot } from './schema';

const DAY_MS = 86_400_000;

export function overdueReasons(row: repo.ReferralRow, now: Date): ('appear_by_passed' | 'not_received')[] {
  const reasons: ('appear_by_passed' | 'not_received')[] = [];
  const beforeAttendance = (repo.BEFORE_ATTENDANCE as readonly string[]).includes(row.status);
  if (beforeAttendance && (row.overdue_at || row.appear_by < dayOf(now))) reasons.push('appear_by_passed');
  if (row.status === 'sent' && row.sent_at && now.getTime() - row.sent_at.getTime() > repo.RECEIPT_DAYS * DAY_MS) reasons.push('not_received');
  return reasons;
}

type Snapshot = SharedSnapshot & { person: Record<string, unknown> };

/** The snapshot as this viewer may see it: in full for the receiving side, else only categories the viewer's own access allows. */
export function snapshotFor(row: repo.ReferralRow, side: Seen['side'], decision: AccessDecision | null): Snapshot | null {
  const snap = row.snapshot as Snapshot | null;
  if (!snap) return null;
  if (side !== 'sender') return snap;
  const visible = (c: DataCategory) => !!decision && canSee(decision, c);
  const categories = snap.categories.filter(visible);
  const person: Record<string, unknown> = { onedoorId: snap.person.onedoorId };
  // Each field keeps its category through the people module's field map.
  for (const [field, value] of Object.entries(snap.person)) if (fieldVisible(field, visible)) person[field] = value;
  return {
    takenAt: snap.takenAt, categories, person: person as Snapshot['person'],
    ...(snap.documents ? { documents: snap.documents.filter((d) => visible(d.category)) } : {}),
    ...(snap.unemploymentSpells && visible('employment') ? { unemploymentSpells: snap.unemploymentSpells } : {}),
    ...(snap.benefits && visible('benefits') ? { benefits: snap.benefits } : {}),
  };
}

const fieldVisible = (field: string, visible: (c: DataCategory) => boolean) => {
  if (field === 'onedoorId') return true;
  const category = categoryOfField(field);
  return !!category && visible(category);
};

/** Categories a response showed, for the audit trail. */
export const shownCategories = (snap: Snapshot | null): DataCategory[] => [...(snap?.categories ?? [])].sort();

function clientLabel(snap: Snapshot | null, onedoorId: string | null) {
  const p = snap?.person;
  return {
    onedoorId: String(p?.onedoorId ?? onedoorId ?? ''),
    ...(typeof p?.givenName === 'string' ? { givenName: p.givenName } : {}),
    ...(typeof p?.familyName === 'string' ? { familyName: p.familyName } : {}),
  };
}

export interface ViewBase {
  deps: ReferralDeps;
  trx: Kysely<DB>;
  viewer: Viewer;
  lang: Language;
  now: Date;
}

/** A draft has no snapshot yet: the sender sees the client's name through their own access. */
async function draftLabel(b: ViewBase, row: repo.ReferralRow, decision: AccessDecision | null) {
  const categories = (['identity'] as const).filter((c) => decision && canSee(decision, c));
  const person = (await b.deps.people.personSnapshot(b.trx, row.person_id, categories))?.person as Record<string, unknown> | undefined;
  return clientLabel(person ? ({ person } as unknown as Snapshot) : null, null);
}

export async function summaryOf(b: ViewBase, row: repo.ReferralRow, side: Seen['side'], decision: AccessDecision | null): Promise<ReferralSummary> {
  const [service] = await b.deps.catalogue.servicesByIds(b.trx, [row.service_id], b.lang);
  const snap = snapshotFor(row, side, decision);
  const reasons = overdueReasons(row, b.now);
  return {
    id: row.id,
    version: row.version,
    chainId: row.chain_id,
    caseId: side === 'receiver' ? null : row.case_id,
    status: row.status as ReferralStatus,
    urgency: row.urgency as ReferralSummary['urgency'],
    appearBy: row.appear_by,
    service: { id: row.service_id, name: service?.name ?? '', type: service?.type ?? '', agencyId: row.receiving_agency_id, agencyName: row.receiving_agency_name },
    sendingAgency: { id: row.sending_agency_id, name: row.sending_agency_name },
    receivingAgency: { id: row.receiving_agency_id, name: row.receiving_agency_name },
    client: snap ? clientLabel(snap, null) : await draftLabel(b, row, decision),
    sentAt: row.sent_at?.toISOString() ?? null,
    receivedAt: row.received_at?.toISOString() ?? null,
    statusChangedAt: row.status_changed_at.toISOString(),
    overdue: reasons.length > 0,
    overdueReasons: reasons,
    outcome: row.outcome as ReferralSummary['outcome'],
  };
}

export async function referralView(b: ViewBase, seen: Seen): Promise<ReferralView> {
  const { row, side } = seen;
  const decision = seen.sender?.decision ?? null;
  const summary = await summaryOf(b, row, side, decision);
  const events = await repo.listEvents(b.trx, row.id);
  const held = HOLDS_PLACE.includes(row.status as ReferralStatus) ? await b.deps.catalogue.heldBy(b.trx, { source: 'referral', sourceId: row.id }) : null;
  const senderSide = side !== 'receiver' && b.viewer.agencyId === row.sending_agency_id && can(b.viewer.roles, 'referral.send');
  return {
    ...summary,
    side,
    previousReferralId: side === 'receiver' ? null : row.previous_referral_id,
    nextReferralIds: side === 'receiver' ? [] : (await repo.nextReferrals(b.trx, row.id)).map((r) => r.id),
    planActionId: side === 'receiver' ? null : row.plan_action_id,
    caseManager: { id: row.case_manager_id, displayName: row.case_manager_name },
    createdBy: { id: row.created_by, displayName: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    reason: row.reason,
    categories: row.categories as DataCategory[],
    preferredLanguage: row.preferred_language,
    receipt: row.received_at && row.received_by ? { receivedAt: row.received_at.toISOString(), receivedBy: { id: row.received_by, displayName: row.received_by_name ?? '' } } : null,
    declineReason: row.decline_reason,
    appointment: row.appointment_at && row.appointment_place ? { at: row.appointment_at.toISOString(), place: row.appointment_place } : null,
    feedback: row.feedback,
    feedbackDelivered:
      row.feedback_delivered_at && row.feedback_delivered_by
        ? { at: row.feedback_delivered_at.toISOString(), by: { id: row.feedback_delivered_by, displayName: row.feedback_delivered_by_name ?? '' } }
        : null,
    placeHeld: held ? { usesReserved: held.usesReserved, since: held.bookedAt.toISOString() } : null,
    shared: snapshotFor(row, side, decision),
    events: events.map((e) => ({
      action: e.action as ReferralView['events'][number]['action'],
      fromStatus: e.from_status as ReferralStatus | null,
      toStatus: e.to_status as ReferralStatus,
      at: e.at.toISOString(),
      actor: e.actor_user_id ? { id: e.actor_user_id, displayName: e.actor_name ?? '' } : null,
      agency: e.agency_id ? { id: e.agency_id, name: e.agency_name ?? '' } : null,
      note: e.note,
    })),
    allowedActions: allowedSteps(row.status as ReferralStatus, { sender: senderSide, receiver: side !== 'sender' }),
  };
}
