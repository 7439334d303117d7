/**
 * A handful of case notes, sealed with the app's Encryptor exactly as the notes service
 * seals them (modules/people/notes-service.ts), each written by someone who may see its
 * category at that time: employment notes by the employment office leading the case,
 * health notes by a lead agency holding the client's health consent. The showcase client
 * gets one of each, so the partner sees the employment note and never the health one.
 * Ciphertexts differ between runs (random IVs); the plain text does not.
 */
import type { Insertable } from 'kysely';
import type { Encryptor } from '../../server/crypto';
import type { PersonNoteTable } from '../types';
import { EMPLOYMENT_AGENCY } from './case-network';
import type { Casework } from './cases';
import { addDays, toDay } from './dates';
import type { OrganisationRows } from './organisations';
import type { Rng } from './random';
import { SHOWCASE_LOGINS } from './showcase';
import type { buildStaff } from './staff';

const EMPLOYMENT = [
  'Discussed vacancies in warehouse logistics; the client is interested in forklift training.',
  'CV updated together; two applications sent this week.',
  'Client attended the job fair and has an interview with a food processing plant.',
  'Agreed on a job search plan: three applications a week, next review in a month.',
];
const HEALTH = [
  'Client prefers seated work because of a back condition; no lifting above 10 kg.',
  'Medical commission review due next spring; certificate copy on file.',
  'Client manages a chronic condition with regular check-ups; mornings are difficult.',
];
const MAX_NOTES = 16;

export interface NoteContext {
  casework: Casework;
  orgs: OrganisationRows;
  staff: ReturnType<typeof buildStaff>['rows'];
  encryptor: Encryptor;
  today: string;
}

export function buildNotes(ctx: NoteContext, rng: Rng, ids: Rng): Insertable<PersonNoteTable>[] {
  const notes: Insertable<PersonNoteTable>[] = [];
  const lastDay = addDays(ctx.today, -1);
  const write = (personId: string, agencyId: string, authorId: string, category: 'employment' | 'health', after: Date) => {
    // Some days after what made it possible, in office hours, never after yesterday.
    const day = toDay(new Date(after.getTime() + rng.int(1, 40) * 86_400_000));
    if (day > lastDay) return;
    const at = new Date(Date.parse(`${day}T00:00:00Z`) + (300 + rng.int(0, 450)) * 60_000);
    const body = rng.pick(category === 'health' ? HEALTH : EMPLOYMENT);
    notes.push({
      id: ids.uuid(), person_id: personId, agency_id: agencyId, author_id: authorId, data_category: category,
      body_encrypted: ctx.encryptor.encrypt(body), created_at: at, updated_at: at,
    });
  };

  const { cases, consents, partners } = ctx.casework.rows;
  const employmentAgencyIds = new Set(Object.values(EMPLOYMENT_AGENCY).map((key) => ctx.orgs.byKey.get(key)!.agencyId));
  const showcase = cases.find((c) => c.id === ctx.casework.showcase?.caseId);
  if (showcase) {
    const healthConsent = consents.find((r) => r.person_id === showcase.person_id && r.recipient_agency_id === showcase.lead_agency_id);
    if (healthConsent) write(showcase.person_id, showcase.lead_agency_id, showcase.case_manager_id, 'health', healthConsent.recorded_at);
    const partner = ctx.staff.find((s) => s.email === SHOWCASE_LOGINS.partnerCaseManager)!;
    const joined = partners.find((p) => p.case_id === showcase.id && p.agency_id === partner.agency_id);
    if (joined) write(showcase.person_id, partner.agency_id!, partner.id!, 'employment', joined.joined_at);
  }
  for (const c of cases) {
    if (notes.length >= MAX_NOTES) break;
    if (c === showcase || c.status !== 'open' || !rng.chance(0.1)) continue;
    const health = consents.find((r) => r.person_id === c.person_id && r.recipient_agency_id === c.lead_agency_id
      && r.decision === 'given' && !r.withdrawn_at && !r.valid_until && r.data_categories.includes('health'));
    // Written by whoever manages the case now, so only after any hand-over.
    const since = new Date(Math.max((c.updated_at as Date).getTime(), (health?.recorded_at ?? c.opened_at).getTime()));
    if (health) write(c.person_id, c.lead_agency_id, c.case_manager_id, 'health', since);
    else if (employmentAgencyIds.has(c.lead_agency_id)) write(c.person_id, c.lead_agency_id, c.case_manager_id, 'employment', since);
  }
  return notes;
}
