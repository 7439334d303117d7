/** The areas of the staff workspace, the permission that opens each, and its nav group. */
import type { Permission } from '../../modules/access/roles';

export interface Area {
  path: string;
  label: string;
  group: 'main' | 'administration' | 'oversight';
  permission?: Permission;
}

export const areas: readonly Area[] = [
  { path: '/', label: 'nav.home', group: 'main' },
  // Intake searches first, so the entry needs the search permission (person.register).
  { path: '/people', label: 'intake:nav.people', group: 'main', permission: 'person.register' },
  // The caseload of whoever may open cases (case managers, supervisors, specialists).
  { path: '/cases', label: 'casework:nav.myCases', group: 'main', permission: 'case.open' },
  // Re-assessments due on the case manager's cases (their worklist for issue 4's schedule).
  { path: '/reassessments', label: 'assessment:nav.reassessments', group: 'main', permission: 'assessment.conduct' },
  // The shared service catalogue: every staff member may search it; coordinators keep it.
  { path: '/catalogue', label: 'catalogue:nav.catalogue', group: 'main' },
  // Notification duties between agencies: my agency's to send, and those sent to it.
  { path: '/duties', label: 'duties:nav.duties', group: 'main', permission: 'duty.record' },
  // Incoming referrals of the agency (case managers, specialists, partnership coordinators).
  { path: '/referrals/inbox', label: 'referrals:web.nav.inbox', group: 'main', permission: 'referral.receive' },
  // Case conferences and committees the staff member organises or is invited to.
  { path: '/conferences', label: 'conferences:nav.conferences', group: 'main', permission: 'conference.manage' },
  { path: '/admin/agencies', label: 'nav.agencies', group: 'administration', permission: 'organisation.manage' },
  { path: '/admin/offices', label: 'nav.offices', group: 'administration', permission: 'organisation.manage' },
  { path: '/admin/users', label: 'nav.users', group: 'administration', permission: 'users.manage' },
  { path: '/admin/instruments', label: 'analytics:nav.instruments', group: 'administration', permission: 'assessment.configure' },
  { path: '/admin/duty-rules', label: 'duties:nav.rules', group: 'administration', permission: 'organisation.manage' },
  { path: '/audit', label: 'nav.audit', group: 'oversight', permission: 'audit.read' },
  { path: '/profiling', label: 'analytics:nav.profiling', group: 'oversight', permission: 'profiling.report' },
  { path: '/duty-overview', label: 'duties:nav.dashboard', group: 'oversight', permission: 'duty.oversee' },
  { path: '/oversight/break-glass', label: 'casework:nav.breakGlass', group: 'oversight', permission: 'break_glass.review' },
  { path: '/oversight/unusual-access', label: 'casework:nav.unusualAccess', group: 'oversight', permission: 'access_report.read' },
];
