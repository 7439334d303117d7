/**
 * Staff who may be named case manager of a case led by an agency: its active case managers
 * and supervisors (the server's rule). Listing staff needs users.read, so only supervisors
 * get a list; everyone else names themselves.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { usersQuery } from '../../api/admin';
import { useSession } from '../../app/session';

export function useCaseManagerOptions(agencyId: string) {
  const me = useSession();
  const canList = me.permissions.includes('users.read');
  const users = useQuery({ ...usersQuery({ agencyId }), enabled: canList });
  const options = useMemo(
    () =>
      (canList ? (users.data ?? []) : [])
        .filter((u) => u.active && u.agencyId === agencyId && u.roles.some((r) => r === 'case_manager' || r === 'supervisor'))
        .map((u) => ({ value: u.id, label: u.displayName }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [users.data, agencyId, canList],
  );
  return { canList, options, pending: canList && users.isPending, error: canList ? users.error : null };
}
