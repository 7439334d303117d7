/**
 * What the signed-in person may change on a case, mirroring the server's rules so the
 * page offers only actions that can succeed (the server still decides).
 */
import type { CaseView } from '../../api/cases';
import { useSession } from '../../app/session';

export function useCaseRights(c: CaseView) {
  const me = useSession();
  const manages = me.permissions.includes('case.manage');
  // Changes are the lead agency's to make (cases/context.ts assertLead).
  const lead = manages && c.leadAgency.id === me.agency.id;
  const notClosed = c.status !== 'closed';
  return {
    lead,
    changeStatus: lead,
    // A supervisor assigns caseloads; listing colleagues needs users.read, which only supervisors have.
    reassign: lead && notClosed && me.roles.includes('supervisor') && me.permissions.includes('users.read'),
    addPartner: lead && notClosed,
    /** The lead agency ends a partnership, or the partner agency leaves on its own. */
    endPartnership: (agencyId: string) => manages && (lead || agencyId === me.agency.id),
  };
}
