/**
 * Reading referrals: one referral (either side), the referrals of a case (sending side, through
 * the case), the receiving agency's inbox, and the journey-smoothness indicator. Every read that
 * shows something of a person is audited with the categories it showed.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { defaultLanguage, type Language } from '../../i18n';
import { addDays, dayOf } from '../../server/days';
import type { DataCategory } from '../access/data-categories';
import { canSee } from '../access/policy';
import type { AuditActor } from '../audit/schema';
import { visibleCase, visibleReferral, type Caller, type ReferralDeps, type Seen } from './context';
import * as repo from './repo';
import type { InboxQuery, JourneyQuery, JourneySmoothness, ReferralStatus, ReferralSummary } from './schema';
import { referralView, shownCategories, snapshotFor, summaryOf } from './view';

const base = (deps: ReferralDeps, trx: Kysely<DB>, caller: Caller, lang: Language) => ({ deps, trx, viewer: caller.viewer, lang, now: deps.clock.now() });

/** The receiving side reads under the purpose referral and is shown the snapshot; the sending side what the policy lets it see. */
async function auditRead(deps: ReferralDeps, trx: Kysely<DB>, actor: AuditActor, seen: Pick<Seen, 'row' | 'side' | 'sender'>, action: string) {
  const categories: DataCategory[] =
    seen.side === 'sender' ? shownCategories(snapshotFor(seen.row, 'sender', seen.sender?.decision ?? null)) : [...(seen.row.categories as DataCategory[])].sort();
  await deps.audit.record(trx, actor, {
    action, personId: seen.row.person_id, purpose: 'referral', subjectType: 'referral', subjectId: seen.row.id,
    // A draft has no snapshot yet: its view shows the client's name when the viewer may see it.
    details: { categories: seen.row.status === 'draft' ? draftShown(seen) : categories, side: seen.side },
  });
}

const draftShown = (seen: Pick<Seen, 'sender'>): DataCategory[] => (seen.sender && canSee(seen.sender.decision, 'identity') ? ['identity'] : []);

export function getReferral(deps: ReferralDeps, caller: Caller, id: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const seen = await visibleReferral(deps, trx, caller.viewer, id);
    const view = await referralView(base(deps, trx, caller, lang), seen);
    await auditRead(deps, trx, caller.actor, seen, 'referral.read');
    return view;
  });
}

/** The referrals made from a case, for anyone who may see the case. Usable by other modules (case conferences). */
export function referralsOfCase(deps: ReferralDeps, caller: Caller, caseId: string, lang: Language = defaultLanguage): Promise<ReferralSummary[]> {
  return deps.db.transaction().execute(async (trx) => {
    const { c, decision } = await visibleCase(deps, trx, caller.viewer, caseId);
    const rows = await repo.referralsOfCase(trx, caseId);
    const b = base(deps, trx, caller, lang);
    const items = [];
    for (const row of rows) items.push(await summaryOf(b, row, 'sender', decision));
    if (rows.length) {
      await deps.audit.record(trx, caller.actor, {
        action: 'referral.list', personId: c.personId, purpose: 'case_work', subjectType: 'client_case', subjectId: caseId,
        details: { count: rows.length, categories: canSee(decision, 'identity') ? ['identity'] : [] },
      });
    }
    return items;
  });
}

/** The receiving agency's incoming referrals; each client shown is audited as a list read (their shared name). */
export function inbox(deps: ReferralDeps, caller: Caller, q: InboxQuery, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const { items, total } = await repo.inbox(trx, {
      agencyId: caller.viewer.agencyId, statuses: q.status, urgency: q.urgency, overdue: q.overdue, serviceId: q.serviceId, locationId: q.locationId,
      today: dayOf(now), receiptDeadline: new Date(now.getTime() - repo.RECEIPT_DAYS * 86_400_000), limit: q.limit, offset: q.offset,
    });
    const b = base(deps, trx, caller, lang);
    const shown = [];
    for (const row of items) shown.push(await summaryOf(b, row, 'receiver', null));
    for (const row of items) {
      await deps.audit.record(trx, caller.actor, {
        action: 'referral.inbox.read', personId: row.person_id, purpose: 'referral', subjectType: 'referral', subjectId: row.id,
        details: { categories: ['identity'], side: 'receiver' },
      });
    }
    return { items: shown, total };
  });
}

/**
 * Journey smoothness: for every chain of referrals for one need that the viewer's agency
 * started or continued, how many referrals it took until the need was met (sent ones only:
 * a draft or a referral withdrawn as a mistake is not a step of the client's journey).
 */
export async function journeySmoothness(deps: ReferralDeps, caller: Caller, q: JourneyQuery): Promise<JourneySmoothness> {
  const rows = (await repo.chainsOfAgency(deps.db, caller.viewer.agencyId)).filter((r) => r.sent_at && r.status !== 'withdrawn');
  const byChain = new Map<string, typeof rows>();
  for (const r of rows) byChain.set(r.chain_id, [...(byChain.get(r.chain_id) ?? []), r]);
  const chains: JourneySmoothness['chains'] = [];
  for (const [chainId, list] of byChain) {
    const sorted = [...list].sort((a, b) => a.sent_at!.getTime() - b.sent_at!.getTime());
    const firstSent = dayOf(sorted[0]!.sent_at!);
    if ((q.from && firstSent < q.from) || (q.to && firstSent > addDays(q.to, 0))) continue;
    const metAt = sorted.findIndex((r) => r.outcome === 'need_met');
    chains.push({
      chainId, caseId: sorted[0]!.case_id, referrals: sorted.length, met: metAt >= 0, referralsUntilMet: metAt >= 0 ? metAt + 1 : null,
      firstSentAt: sorted[0]!.sent_at!.toISOString(), lastStatus: sorted[sorted.length - 1]!.status as ReferralStatus,
    });
  }
  chains.sort((a, b) => a.firstSentAt.localeCompare(b.firstSentAt));
  const met = chains.filter((c) => c.referralsUntilMet !== null);
  return {
    chains, totalChains: chains.length, metChains: met.length,
    averageReferralsUntilMet: met.length ? Math.round((met.reduce((s, c) => s + c.referralsUntilMet!, 0) / met.length) * 100) / 100 : null,
  };
}
