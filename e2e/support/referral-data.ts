/**
 * Test data for the referral journeys, set up through the API: a debt counselling service
 * of the Yerevan social welfare centre (added by the administrator, who may keep any
 * agency's catalogue entries; the demo catalogue has debt counselling only at an NGO), and
 * a client of the employment office whose consent lets it share identity, contact and
 * employment data with the welfare centre for referrals.
 */
import type { Page } from 'playwright-core';
import { apiCall, openCaseFor, registerPerson, uniqueLetters, type TestPerson } from './casework-data';

export const referralStaff = {
  /** Employment counsellor at the Yerevan employment office (PES). */
  counsellor: 'anna.sargsyan@employment.onedoor.test',
  /** Social worker at the Yerevan social welfare centre. */
  socialWorker: 'gohar.harutyunyan@welfare.onedoor.test',
} as const;


export async function agencyIdByName(page: Page, match: (name: string) => boolean): Promise<{ id: string; name: string }> {
  const agencies = await apiCall<{ id: string; name: string; type?: string }[]>(page, 'GET', '/api/admin/agencies');
  const found = agencies.find((a) => match(a.name));
  if (!found) throw new Error(`No agency matches; agencies: ${agencies.map((a) => a.name).join(', ')}`);
  return found;
}

/** A debt counselling service of the welfare centre; `adminPage` is signed in as the administrator. */
export async function welfareDebtCounselling(adminPage: Page): Promise<{ id: string; name: string; agency: { id: string; name: string } }> {
  const agency = await agencyIdByName(adminPage, (n) => /welfare/i.test(n) && /yerevan/i.test(n));
  const name = `Debt and budget counselling ${uniqueLetters()}`;
  const service = await apiCall<{ id: string }>(adminPage, 'POST', '/api/catalogue/services', {
    agencyId: agency.id, name: { en: name, ru: name, hy: name }, type: 'debt_counselling', capacity: 12, reservedPlaces: 4,
    languages: ['hy', 'ru'], barriers: ['debt_problems'], costPerParticipant: null,
  });
  return { id: service.id, name, agency };
}

/**
 * A client of the signed-in counsellor with a case at her office and consent to share
 * identity, contact and employment data with `receivingAgencyId` for referrals.
 */
export async function clientWithReferralConsent(page: Page, receivingAgencyId: string): Promise<{ person: TestPerson; caseId: string }> {
  const person = await registerPerson(page);
  const opened = await openCaseFor(page, person.id);
  await apiCall(page, 'POST', `/api/people/${person.id}/consents`, {
    recipientAgencyId: receivingAgencyId, dataCategories: ['identity', 'contact', 'employment'], purposes: ['referral'],
    decision: 'given', evidenceType: 'verbal_witnessed', noticeLanguage: 'hy',
  });
  return { person, caseId: opened.id };
}

/** A sent referral made through the API (for pages that only need one to show). */
export async function sentReferral(page: Page, caseId: string, serviceId: string): Promise<{ id: string; version: number }> {
  const appearBy = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  return apiCall(page, 'POST', `/api/cases/${caseId}/referrals`, {
    serviceId, reason: 'Arrears on two consumer loans; the bank has started enforcement.', categories: ['identity', 'contact'],
    urgency: 'priority', appearBy, preferredLanguage: 'hy', send: true,
  });
}
