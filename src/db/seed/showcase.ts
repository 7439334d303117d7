/**
 * The case a demo walks through, present in every seeded database with enough clients: a
 * disabled, registered-unemployed client in Yerevan whose case the social welfare centre
 * leads (Gohar Harutyunyan), shared with the employment office and a training provider.
 * The client gave the employment office identity, contact, employment and education data
 * and refused health; the welfare centre holds a health consent of its own. Signed in as
 * Anna Sargsyan (employment office) one sees the unemployment history but not the
 * disability; as Gohar, both. Random cases show the same rules, but not reliably.
 */
import type { ClientFacts, StaffIndex } from './case-network';
import type { CaseWriter } from './case-writer';
import { addDays, maxDay } from './dates';
import { YEREVAN } from './municipalities';

export const SHOWCASE_LOGINS = {
  leadCaseManager: 'gohar.harutyunyan@welfare.onedoor.test',
  partnerCaseManager: 'anna.sargsyan@employment.onedoor.test',
};

export const isShowcase = (c: ClientFacts, registeredOn: string, today: string) =>
  c.municipality === YEREVAN && c.disability && c.hasSpell && c.age >= 25 && c.age <= 60 && registeredOn <= addDays(today, -60);

interface ShowcaseInput {
  start: (leadKey: string, caseManagerId: string) => CaseWriter;
  staff: StaffIndex;
  agencyId: (key: string) => string;
  registeredOn: string;
  today: string;
}

export function tellShowcase({ start, staff, agencyId, registeredOn, today }: ShowcaseInput): CaseWriter {
  const w = start('csw-yerevan', staff.byEmail(SHOWCASE_LOGINS.leadCaseManager).id!);
  const openedOn = maxDay(registeredOn, addDays(today, -200));
  w.open(w.time(openedOn));
  const lead = w.row.lead_agency_id;
  w.recordConsent(w.time(openedOn), { recipientAgencyId: lead, categories: ['health'], purposes: ['case_work'], decision: 'given', evidence: 'signed_form' });

  const employment = agencyId('pes-yerevan');
  const referredOn = addDays(openedOn, 7);
  w.recordConsent(w.time(referredOn), {
    recipientAgencyId: employment, categories: ['identity', 'contact', 'employment', 'education'], purposes: ['case_work', 'referral'],
    decision: 'given', evidence: 'signed_form',
  });
  w.recordConsent(w.time(referredOn), {
    recipientAgencyId: employment, categories: ['health'], purposes: ['case_work', 'referral'], decision: 'refused', evidence: 'verbal_witnessed',
  });
  w.addPartner(w.time(referredOn), employment, 'Job search and employment programmes');

  const training = agencyId('training-skills');
  const trainingOn = addDays(openedOn, 30);
  w.recordConsent(w.time(trainingOn), {
    recipientAgencyId: training, categories: ['identity', 'contact', 'education', 'employment'], purposes: ['case_work'],
    decision: 'given', evidence: 'verbal_witnessed',
  });
  w.addPartner(w.time(trainingOn), training, 'Vocational training');
  return w;
}
