/**
 * The shape of an access-matrix entry and the status rules many entries share. An entry is a
 * route with probes (requests); for each viewer the route guard lets through, a probe says
 * which status it must answer. Probes of changing routes are chosen to fail after the access
 * checks (stale version, domain rule), so the scenario stays the same for every viewer; the
 * few that must change something are marked `mutates` and run after every other probe.
 */
import type { DataCategory, ProcessingPurpose } from './data-categories';
import { hasRecord, sees, type RecordKey, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import type { Role } from './roles';

export interface Probe {
  name: string;
  method: 'GET' | 'POST' | 'PUT';
  url: (s: Scenario) => string;
  body?: (s: Scenario) => unknown;
  purpose?: ProcessingPurpose;
  /** Status for a viewer the route guard lets through. */
  status: (v: ViewerSpec) => number;
  /** What of P the response may show; default: what the viewer sees for the purpose. */
  visible?: (v: ViewerSpec) => Set<DataCategory>;
  /** Categories whose sentinels a 2xx response must show when visible: the check is not vacuous. */
  shows?: readonly DataCategory[];
  showsRecords?: readonly RecordKey[];
  /** Records this probe may show to anyone it answers (by a documented rule, e.g. the duplicate search). */
  publicRecords?: readonly RecordKey[];
  /** The response may hold ids and hashes of any record (the audit trail references what it logs). */
  refsVisible?: boolean;
  /** Further assertions on a 2xx body (JSON parsed; a PDF as the text a reader gets out of it). */
  check?: (body: unknown, v: ViewerSpec, s: Scenario) => void;
}

export interface MatrixEntry {
  route: string;
  /** Roles the route guard lets through; everyone else gets 403 (401 when signed out). */
  allowed: readonly Role[];
  mutates?: boolean;
  probes: Probe[];
}

export const PURPOSES: ProcessingPurpose[] = ['case_work', 'referral', 'evaluation'];
export const fail = (message: string) => {
  throw new Error(message);
};
export const sorted = (c: Iterable<string>) => [...c].sort().join(',');

// Status rules shared by many probes.
export const reading = (purpose: ProcessingPurpose = 'case_work', ok = 200) => (v: ViewerSpec) => (hasRecord(v, purpose) ? ok : 404);
/** The record must be visible (404), then the category (403), then the probe ends with `ok`. */
export const needing = (category: DataCategory, ok: number) => (v: ViewerSpec) => (!hasRecord(v) ? 404 : !sees(v).has(category) ? 403 : ok);
export const leadOnly = (ok: number) => (v: ViewerSpec) => (!hasRecord(v) ? 404 : v.agency === 'lead' ? ok : 403);

/** Person-record fields the check knows the category of (a hand-written subset of the real map). */
export const FIELD_CATEGORY: Record<string, DataCategory> = {
  givenName: 'identity', familyName: 'identity', sex: 'identity', birthDate: 'identity', nationalId: 'identity', patronymic: 'identity',
  phone: 'contact', email: 'contact', address: 'contact', municipalityCode: 'contact', preferredLanguage: 'contact', interpreterNeeded: 'contact',
  educationLevel: 'education', disability: 'health', unemploymentSpells: 'employment', benefits: 'benefits', household: 'identity',
};

export const person = (s: Scenario) => `/api/people/${s.personId}`;
export const caseUrl = (s: Scenario) => `/api/cases/${s.caseId}`;

