/**
 * Staff roles and what each may do. Deny by default: a permission not listed for any of
 * a user's roles is refused. Finer person-level rules (consent, case membership, data
 * category, purpose) build on these in this module.
 */
import { z } from 'zod';

export const Role = z
  .enum([
    'case_manager',
    'specialist',
    'supervisor',
    'partnership_coordinator',
    'analyst',
    'administrator',
    'data_protection_officer',
  ])
  .describe('Staff role');
export type Role = z.infer<typeof Role>;

export const Permission = z.enum([
  'organisation.read',
  'organisation.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'audit.verify',
  'person.register',
  'person.read',
  'person.update',
  'case.open',
  'case.manage',
  'consent.record',
  'break_glass.use',
  'break_glass.review',
  'access_report.read',
  'assessment.conduct',
  'assessment.configure',
  'profiling.report',
  'profiling.manage',
  'catalogue.manage',
  'plan.edit',
  'referral.send',
  'referral.receive',
  'duty.record',
  'duty.oversee',
  'conference.manage',
]);
export type Permission = z.infer<typeof Permission>;

// What a person-data permission allows is further limited per record by the policy
// (policy.ts): a permission says "may do this kind of thing", never "to anyone".
const clientWork: readonly Permission[] = [
  'person.register', 'person.read', 'person.update', 'case.open', 'case.manage', 'consent.record', 'break_glass.use',
  'assessment.conduct', 'plan.edit', 'referral.send', 'referral.receive', 'duty.record', 'conference.manage',
];

const grants: Record<Role, readonly Permission[]> = {
  case_manager: ['organisation.read', ...clientWork],
  specialist: ['organisation.read', ...clientWork],
  // Supervisors also watch the notification duties between agencies (overdue ones, timings).
  supervisor: ['organisation.read', 'users.read', 'profiling.report', 'duty.oversee', ...clientWork],
  // Partnership coordinators keep the shared service catalogue (every partner's services and places).
  // They also work their agency's referral inbox and convene case conferences and committees.
  partnership_coordinator: ['organisation.read', 'person.read', 'catalogue.manage', 'referral.receive', 'conference.manage', 'duty.oversee'],
  // Override counts are aggregates (no person named): analysts compare them across agencies.
  analyst: ['organisation.read', 'profiling.report'],
  // Administrators train and activate risk models and must see their reports to choose one.
  administrator: [
    'organisation.read', 'organisation.manage', 'users.read', 'users.manage', 'audit.verify', 'assessment.configure',
    'profiling.manage', 'profiling.report', 'catalogue.manage',
  ],
  data_protection_officer: ['organisation.read', 'users.read', 'audit.read', 'audit.verify', 'break_glass.review', 'access_report.read'],
};

export function permissionsOf(roles: readonly string[]): Permission[] {
  const all = new Set<Permission>();
  for (const role of roles) for (const p of grants[role as Role] ?? []) all.add(p);
  return [...all].sort();
}

export function can(roles: readonly string[], permission: Permission): boolean {
  return roles.some((role) => grants[role as Role]?.includes(permission));
}
