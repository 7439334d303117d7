/**
 * Deterministic synthetic demo data: municipalities, the partner network, twenty staff
 * accounts and `clients` people with households, unemployment spells and benefits, and
 * integrated cases with partners, consents (given, refused, withdrawn, expired), legal
 * bases and timelines, so the access rules show in the demo (see showcase.ts), and the
 * clients' needs assessments with their profiling (assessments.ts).
 * Same seed and date, same data. Everything goes in one transaction, so a crash never
 * leaves half a demo behind.
 */
import type { Kysely } from 'kysely';
import { hashPassword } from '../../modules/auth/password';
import type { Encryptor } from '../../server/crypto';
import type { DB } from '../types';
import { currentDefinitions, emptyAssessments } from './assessment-writer';
import { buildAssessments } from './assessments';
import { buildBenefits } from './benefits';
import { buildCasework } from './cases';
import { atNoon, toDay } from './dates';
import { insertAll } from './insert';
import { MUNICIPALITIES } from './municipalities';
import { addMoves } from './moves';
import { buildOrganisations } from './organisations';
import { buildNotes } from './notes';
import { buildPeople } from './people';
import { Rng } from './random';
import { registrationDays } from './registration';
import { seedCatalogue } from './catalogue';
import { buildSpells } from './spells';
import { buildStaff, DEMO_PASSWORD, type DemoLogin } from './staff';

export { DEMO_PASSWORD, type DemoLogin };

export interface SeedOptions {
  /** How many clients (persons) to create. */
  clients: number;
  /** Random seed; the same seed gives the same data. Default 1. */
  seed?: number;
  /** "Today" for the histories; fixed by default so the data never depends on the clock. */
  now?: Date;
  /**
   * The app's Encryptor: with it, a handful of encrypted case notes and the needs
   * assessments (free-text answers and override reasons are sealed) are seeded too (the
   * seed never makes up a key of its own, or the app could not read them).
   */
  encryptor?: Encryptor;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_NOW = new Date('2026-11-01T00:00:00Z');

/** True once demo (or real) organisations exist: the seed only ever runs on an empty database. */
export async function isSeeded(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('agency').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function seedDemo(db: Kysely<DB>, options: SeedOptions): Promise<DemoLogin[]> {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = toDay(options.now ?? DEFAULT_NOW);
  const stream = (label: string) => new Rng(seed, label);
  // One hash for all twenty accounts: argon2id is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const ids = stream('ids');
  const orgs = buildOrganisations(stream('organisations'));
  const staff = buildStaff(orgs, passwordHash, ids);
  const people = buildPeople(options.clients, stream('people'), ids, today);
  addMoves(people, stream('moves'), ids, today);
  const spells = buildSpells(people.persons, orgs.employmentOfficeFor, stream('spells'), ids, today);
  const benefits = buildBenefits(people, spells.spells, stream('benefits'), ids, today);
  const registered = registrationDays(people.persons, spells.spells, stream('registration'), today);
  // Own streams, so the cases never reshuffle the people, spells and benefits before them.
  const casework = buildCasework(
    { persons: people.persons, spells: spells.spells, benefits, registered, orgs, staff: staff.rows },
    stream('cases'), stream('case-ids'), today,
  );
  const personRows = people.persons.map((p) => {
    const at = atNoon(registered.get(p.id)!);
    return { ...p.row, registered_by_agency_id: casework.registeredBy.get(p.id), created_at: at, updated_at: at };
  });
  const { rows: cw } = casework;
  const notes = options.encryptor
    ? buildNotes({ casework, orgs, staff: staff.rows, encryptor: options.encryptor, today }, stream('notes'), stream('note-ids'))
    : [];

  await db.transaction().execute(async (trx) => {
    if (await isSeeded(trx)) throw new Error('The database already has organisations; the demo seed only runs on an empty database.');
    // Municipalities are reference data an administrator may have loaded already.
    await trx.insertInto('municipality').values(MUNICIPALITIES).onConflict((oc) => oc.column('code').doNothing()).execute();
    await insertAll(trx, 'agency', orgs.agencies);
    await insertAll(trx, 'office', orgs.offices);
    await insertAll(trx, 'staff_user', staff.rows);
    await insertAll(trx, 'household', people.householdRows);
    await insertAll(trx, 'person', personRows);
    await insertAll(trx, 'household_member', people.memberRows);
    await insertAll(trx, 'unemployment_spell', spells.rows);
    await insertAll(trx, 'benefit_receipt', benefits);
    await insertAll(trx, 'client_case', cw.cases);
    await insertAll(trx, 'case_partner', cw.partners);
    await insertAll(trx, 'consent_record', cw.consents);
    await insertAll(trx, 'legal_basis', cw.legalBases);
    // Assessments answer the instrument and rules the migrations published, read here.
    const assessments = options.encryptor
      ? buildAssessments(
          { casework, persons: people.persons, spells: spells.spells, benefits, orgs, staff: staff.rows, encryptor: options.encryptor, today,
            definitions: await currentDefinitions(trx) },
          stream('assessments'), stream('assessment-ids'),
        )
      : emptyAssessments();
    await insertAll(trx, 'assessment', assessments.assessments);
    await insertAll(trx, 'assessment_answer_set', assessments.answerSets);
    await insertAll(trx, 'assessment_barrier', assessments.barriers);
    await insertAll(trx, 'profiling_result', assessments.profiling);
    // In time order, so the insertion sequence that breaks timestamp ties agrees with it.
    await insertAll(trx, 'case_event', [...cw.events, ...assessments.events].sort((a, b) => a.at.getTime() - b.at.getTime()));
    await insertAll(trx, 'person_note', notes);
    // Every partner's services, with places free for the plans made on `npm start`.
    await seedCatalogue(trx, orgs, stream('catalogue'));
  });
  return staff.logins;
}
