/** Administration calls: agencies, offices, staff users and the municipality list. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Agency, AgencyType, Language, Municipality, Office, Role, StaffUser } from './types';

export const adminKeys = {
  all: ['admin'] as const,
  agencies: ['admin', 'agencies'] as const,
  offices: (agencyId?: string | null) => ['admin', 'offices', agencyId ?? 'all'] as const,
  users: (filter: { agencyId?: string | null; q?: string }) => ['admin', 'users', filter] as const,
};

export function useMunicipalities() {
  return useQuery({
    queryKey: ['admin', 'municipalities'],
    queryFn: () => api<Municipality[]>({ operation: 'admin.listMunicipalities', path: '/api/admin/municipalities' }),
    staleTime: Infinity,
  });
}

export const agenciesQuery = queryOptions({
  queryKey: adminKeys.agencies,
  queryFn: () => api<Agency[]>({ operation: 'admin.listAgencies', path: '/api/admin/agencies' }),
});

export function useAgencies() {
  return useQuery(agenciesQuery);
}

export interface AgencyInput {
  name: string;
  type: AgencyType;
  active: boolean;
}

export function saveAgency(input: AgencyInput, existing?: { id: string; version: number }) {
  if (!existing) {
    const { name, type } = input;
    return api<Agency>({ operation: 'admin.createAgency', method: 'POST', path: '/api/admin/agencies', body: { name, type } });
  }
  const body = { ...input, version: existing.version };
  return api<Agency>({ operation: 'admin.updateAgency', method: 'PUT', path: `/api/admin/agencies/${existing.id}`, body });
}

export const officesQuery = (agencyId?: string | null) =>
  queryOptions({
    queryKey: adminKeys.offices(agencyId),
    queryFn: () => api<Office[]>({ operation: 'admin.listOffices', path: '/api/admin/offices', query: { agencyId } }),
  });

export function useOffices(agencyId?: string | null) {
  return useQuery(officesQuery(agencyId));
}

export interface OfficeInput {
  agencyId: string;
  name: string;
  municipalityCode: string;
  address: string;
  phone: string;
  active: boolean;
}

export function saveOffice(input: OfficeInput, existing?: { id: string; version: number }) {
  if (!existing) {
    const { active: _active, ...body } = input;
    return api<Office>({ operation: 'admin.createOffice', method: 'POST', path: '/api/admin/offices', body });
  }
  const body = { ...input, version: existing.version };
  return api<Office>({ operation: 'admin.updateOffice', method: 'PUT', path: `/api/admin/offices/${existing.id}`, body });
}

export const usersQuery = (filter: { agencyId?: string | null; q?: string }) =>
  queryOptions({
    queryKey: adminKeys.users(filter),
    queryFn: () => api<StaffUser[]>({ operation: 'admin.listUsers', path: '/api/admin/users', query: filter }),
  });

export function useUsers(filter: { agencyId?: string | null; q?: string }) {
  // Keep showing the last result while a new search runs, so the table does not flash.
  return useQuery({ ...usersQuery(filter), placeholderData: (previous) => previous });
}

export interface UserInput {
  email: string;
  displayName: string;
  agencyId: string;
  officeId: string | null;
  roles: Role[];
  preferredLanguage: Language;
  active: boolean;
  password: string;
}

export function saveUser(input: UserInput, existing?: { id: string; version: number }) {
  const { email, password, active, ...common } = input;
  if (!existing) {
    const body = { ...common, email, password };
    return api<StaffUser>({ operation: 'admin.createUser', method: 'POST', path: '/api/admin/users', body });
  }
  const body = { ...common, active, version: existing.version };
  return api<StaffUser>({ operation: 'admin.updateUser', method: 'PUT', path: `/api/admin/users/${existing.id}`, body });
}

export function unlockUser(id: string) {
  return api<StaffUser>({ operation: 'admin.unlockUser', method: 'POST', path: `/api/admin/users/${id}/unlock` });
}

export function setUserPassword(id: string, password: string) {
  return api<void>({ operation: 'admin.setPassword', method: 'POST', path: `/api/admin/users/${id}/password`, body: { password } });
}
