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
  { path: '/admin/agencies', label: 'nav.agencies', group: 'administration', permission: 'organisation.manage' },
  { path: '/admin/offices', label: 'nav.offices', group: 'administration', permission: 'organisation.manage' },
  { path: '/admin/users', label: 'nav.users', group: 'administration', permission: 'users.manage' },
  { path: '/audit', label: 'nav.audit', group: 'oversight', permission: 'audit.read' },
];
