/**
 * The access matrix: every API route that returns or changes a person's data has an entry
 * (see access-matrix.probes.ts for what an entry says); every other API route is listed in
 * NO_PERSON_DATA with the reason. access-matrix.test.ts fails for a route in neither.
 */
import { assessmentEntries } from './access-matrix.assessment';
import { caseEntries, consentEntries, oversightEntries } from './access-matrix.casework';
import { peopleEntries } from './access-matrix.people';
import { planEntries } from './access-matrix.plans';
import { conferenceEntries, conferencesWithoutPersonData } from './access-matrix.conferences';
import { referralEntries, referralsWithoutPersonData } from './access-matrix.referrals';
import { dutiesWithoutPersonData, dutyEntries } from './access-matrix.duties';
import type { MatrixEntry } from './access-matrix.probes';

export type { MatrixEntry, Probe } from './access-matrix.probes';

export const MATRIX: MatrixEntry[] = [...peopleEntries, ...caseEntries, ...consentEntries, ...oversightEntries, ...assessmentEntries, ...planEntries, ...conferenceEntries, ...dutyEntries, ...referralEntries];

/** API routes that return no person data, each with the reason. Adding a route here is a reviewed decision. */
export const NO_PERSON_DATA: Record<string, string> = {
  ...dutiesWithoutPersonData,
  'GET /api/auth/csrf': 'CSRF token',
  'GET /api/notifications': 'own notifications: kind codes, dates and links, never names (the linked page applies the policy)',
  'GET /api/notifications/unread-count': 'own notifications: a count',
  'POST /api/notifications/read': 'own notifications: marks them read',
  'GET /api/auth/providers': 'sign-in methods',
  'POST /api/auth/sign-in': 'staff sign-in',
  'POST /api/auth/second-factor': 'staff sign-in',
  'POST /api/auth/sign-out': 'staff sign-out',
  'GET /api/auth/me': "the signed-in staff member's own account",
  'PUT /api/auth/me/language': "the signed-in staff member's own account",
  'POST /api/auth/totp/setup': "the signed-in staff member's own second factor",
  'POST /api/auth/totp/enable': "the signed-in staff member's own second factor",
  'POST /api/auth/totp/disable': "the signed-in staff member's own second factor",
  'GET /api/auth/oidc/start': 'single sign-on redirect',
  'GET /api/auth/oidc/callback': 'single sign-on redirect',
  'GET /api/admin/municipalities': 'reference data',
  'GET /api/admin/agencies': 'organisation',
  'POST /api/admin/agencies': 'organisation',
  'PUT /api/admin/agencies/:id': 'organisation',
  'GET /api/admin/offices': 'organisation',
  'POST /api/admin/offices': 'organisation',
  'PUT /api/admin/offices/:id': 'organisation',
  'GET /api/admin/users': 'staff accounts',
  'POST /api/admin/users': 'staff accounts',
  'PUT /api/admin/users/:id': 'staff accounts',
  'POST /api/admin/users/:id/password': 'staff accounts',
  'POST /api/admin/users/:id/unlock': 'staff accounts',
  'POST /api/audit/verify': 'hash chain check: counts and an event id',
  'GET /api/profiling/models': 'model versions: sizes, AUC, who trained them',
  'POST /api/profiling/models': 'trains a model: the report is coefficients and held-out metrics',
  'GET /api/profiling/models/:modelVersion': 'model report: coefficients, held-out metrics, calibration by score decile',
  'POST /api/profiling/models/:modelVersion/activate': 'model report',
  'GET /api/profiling/fairness': 'held-out aggregates per subgroup; groups under the minimum cell size (at least 5) suppressed',
  'GET /api/profiling/protected-attributes': 'model settings',
  'GET /api/plan-goal-types': 'the goal types a plan may set (configuration)',
  ...conferencesWithoutPersonData,
  ...referralsWithoutPersonData,
  'PUT /api/profiling/protected-attributes/:attribute': 'model settings',
  // Counts per counsellor and per subgroup (sex, age band, disability), without small-cell
  // suppression: a narrow period can make a cell one client's decision.
  'GET /api/profiling/override-stats': 'counts of segment overrides per counsellor and subgroup',
  // The service catalogue holds partners' services and places, no person: who holds a place
  // (a booking) is shown only through the plan or referral that made it.
  ...Object.fromEntries(
    [
      'GET /api/catalogue/services', 'GET /api/catalogue/services/:id', 'POST /api/catalogue/services', 'PUT /api/catalogue/services/:id',
      'DELETE /api/catalogue/services/:id', 'GET /api/catalogue/locations', 'GET /api/catalogue/locations/:id', 'POST /api/catalogue/locations',
      'PUT /api/catalogue/locations/:id', 'DELETE /api/catalogue/locations/:id', 'GET /api/catalogue/hsds', 'POST /api/catalogue/hsds',
    ].map((route) => [route, 'service catalogue: services, places and free-place counts, no bookings']),
  ),
  ...Object.fromEntries(
    ['/api/assessment-instruments', '/api/segment-rules'].flatMap((base) =>
      ['GET ', 'GET /current', 'GET /:id', 'POST ', 'PUT /:id', 'POST /:id/publish'].map((m) => {
        const [method, path] = m.split(' ');
        return [`${method} ${base}${path}`, 'assessment configuration (questions, segment rules), no answers'];
      }),
    ),
  ),
};
