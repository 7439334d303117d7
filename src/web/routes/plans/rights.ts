/**
 * What the signed-in person may do with a plan, mirroring the server's rules so the page
 * offers only what can succeed (the server still decides): agreeing the plan is the lead
 * agency's work on a case that is not closed; progress on an action is also recorded by
 * the partner agency that owns it.
 */
import type { CaseView } from '../../api/cases';
import { useSession } from '../../app/session';
import type { ActionView } from './api';

export function useMayEdit(c: CaseView | undefined | null): boolean {
  const me = useSession();
  return Boolean(c && me.permissions.includes('plan.edit') && c.leadAgency.id === me.agency.id && c.status !== 'closed');
}

export function useMayRecordProgress(c: CaseView | undefined | null) {
  const me = useSession();
  const open = Boolean(c && me.permissions.includes('plan.edit') && c.status !== 'closed');
  return (a: ActionView) => open && (c!.leadAgency.id === me.agency.id || (a.owner.party === 'partner_agency' && a.owner.agencyId === me.agency.id));
}
