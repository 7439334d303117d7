/**
 * Test data for the casework journeys, set up through the API as the signed-in user (the
 * page's cookies), so each journey starts from its own fresh person and never depends on
 * what the demo seed or another journey left behind.
 */
import type { Page } from 'playwright-core';

/** Staff of agencies no other journey signs in as. */
export const casework = {
  /** Case manager at the Yerevan social welfare centre. */
  caseManager: 'davit.mkrtchyan@welfare.onedoor.test',
  /** Supervisor at the Yerevan social welfare centre (Davit's): hands cases over, records legal bases. */
  supervisor: 'mariam.karapetyan@welfare.onedoor.test',
  /** Case manager at the Gyumri social welfare centre: registers people Davit does not work with. */
  otherOffice: 'hovhannes.petrosyan@welfare.onedoor.test',
} as const;

export async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') {
    const csrf = await page.request.get('/api/auth/csrf');
    headers['x-csrf-token'] = ((await csrf.json()) as { token: string }).token;
  }
  const response = await page.request.fetch(path, { method, data, headers });
  if (!response.ok()) throw new Error(`${method} ${path} failed: ${response.status()} ${await response.text()}`);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Letters only (names must be letters), different on every call, so registrations never look like duplicates. */
let counter = 0;
export function uniqueLetters(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
}

export interface TestPerson {
  id: string;
  onedoorId: string;
  givenName: string;
  familyName: string;
}

/** Registers a new client at the signed-in user's office (which then works with them). */
export async function registerPerson(page: Page): Promise<TestPerson> {
  const familyName = `Casework${uniqueLetters()}`;
  const body = { givenName: 'Nune', familyName, sex: 'female', birthDate: '1988-04-12', preferredLanguage: 'hy' };
  const person = await apiCall<{ id: string; onedoorId: string }>(page, 'POST', '/api/people', body);
  return { id: person.id, onedoorId: person.onedoorId, givenName: 'Nune', familyName };
}

export async function openCaseFor(page: Page, personId: string): Promise<{ id: string; version: number }> {
  return apiCall(page, 'POST', '/api/cases', { personId });
}

/** The smallest file the server accepts as a PDF (it checks the %PDF- signature). */
export const signedFormPdf = {
  name: 'signed-consent.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
};

/**
 * Content for every casework page: a client with a case, a partner, a given and a refused
 * consent, a client without a case, and one break-glass use waiting for review.
 * `page` is signed in as `casework.caseManager`, `otherPage` as `casework.otherOffice`.
 */
export async function caseworkExamples(page: Page, otherPage: Page) {
  const agencies = await apiCall<{ id: string; name: string }[]>(page, 'GET', '/api/admin/agencies');
  const agencyId = (name: string) => agencies.find((a) => a.name === name)?.id ?? '';
  const withCase = await registerPerson(page);
  const opened = await openCaseFor(page, withCase.id);
  await apiCall(page, 'POST', `/api/cases/${opened.id}/partners`, { agencyId: agencyId('Hope Family Support Centre NGO'), role: 'Psychological support' });
  const consent = { purposes: ['case_work', 'referral'], evidenceType: 'verbal_witnessed', noticeLanguage: 'hy' };
  await apiCall(page, 'POST', `/api/people/${withCase.id}/consents`, {
    ...consent, recipientAgencyId: agencyId('Hope Family Support Centre NGO'), dataCategories: ['identity', 'contact', 'domestic_violence'], decision: 'given',
  });
  await apiCall(page, 'POST', `/api/people/${withCase.id}/consents`, {
    ...consent, recipientAgencyId: agencyId('Armenian Vocational Skills Centre Foundation'), dataCategories: ['health'], decision: 'refused',
  });
  const withoutCase = await registerPerson(page);
  const elsewhere = await registerPerson(otherPage);
  await apiCall(page, 'POST', `/api/people/${elsewhere.id}/break-glass`, { reason: 'Accessibility check: the client called in distress about an eviction.' });
  return { withCase, caseId: opened.id, withoutCase };
}
