/**
 * Who hears about a referral: the receiving agency (a new referral, by e-mail too; a
 * withdrawal, a reopening by the sender) and the referring case manager (every step the
 * receiving side takes, the outcome, a prompt to re-refer after a decline or an unmet need,
 * the overdue reminder). Details hold codes and dates only; the text is rendered in the
 * reader's language from notifications:kind.<kind>.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { DataCategory } from '../access/data-categories';
import type { ReferralDeps } from './context';
import type * as repo from './repo';

export const referralLink = (id: string) => `/referrals/${id}`;

type Row = Pick<repo.ReferralRow, 'id' | 'case_id' | 'case_manager_id' | 'receiving_agency_id'>;

export async function notifyCaseManager(deps: ReferralDeps, trx: Kysely<DB>, row: Row, kind: string, details: Record<string, unknown> = {}) {
  await deps.notifications.notify(trx, { to: { userId: row.case_manager_id }, kind, subject: { type: 'referral', id: row.id }, caseId: row.case_id, details, link: referralLink(row.id) });
}

export async function notifyReceiver(deps: ReferralDeps, trx: Kysely<DB>, row: Row, kind: string, details: Record<string, unknown> = {}, email = false) {
  // No caseId: the receiving agency does not see the case.
  await deps.notifications.notify(trx, { to: { agencyId: row.receiving_agency_id }, kind, subject: { type: 'referral', id: row.id }, details, link: referralLink(row.id), email });
}

/**
 * The category a referral's entry on the case timeline reveals: a referral to treatment says
 * something about the client's health, so only viewers who may see that category get it.
 */
export async function timelineCategory(deps: ReferralDeps, trx: Kysely<DB>, serviceId: string): Promise<DataCategory | null> {
  const [service] = await deps.catalogue.servicesByIds(trx, [serviceId], 'en');
  if (service?.type === 'health') return 'health';
  if (service?.type === 'addiction') return 'addiction';
  return null;
}
