/**
 * Read-only SQL over tables other modules own (person, spells, benefits, households): the
 * histories features are computed from. Who may see a person's score is decided in the
 * service; training reads everyone, as evaluation of the organisation's own data.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { PaidBenefit, PersonHistory } from './features';

// Only the benefits a feature uses: the disability pension and child care allowance stay unread.
const PERSONAL = ['unemployment_benefit', 'family_benefit', 'social_assistance'] as const;
const HOUSEHOLD = ['family_benefit', 'social_assistance'] as const;

/** Histories of the given persons, or of everyone ever registered unemployed. */
export async function loadHistories(db: Kysely<DB>, personIds?: readonly string[]): Promise<PersonHistory[]> {
  if (personIds && personIds.length === 0) return [];
  const ids = personIds ? [...personIds] : undefined;
  let persons = db
    .selectFrom('person as p')
    .leftJoin('municipality as m', 'm.code', 'p.municipality_code')
    .select(['p.id', 'p.birth_date', 'p.sex', 'p.disability', 'p.education_level', 'p.municipality_code', 'm.region']);
  persons = ids
    ? persons.where('p.id', 'in', ids)
    : persons.where((eb) => eb.exists(eb.selectFrom('unemployment_spell as s').select('s.id').whereRef('s.person_id', '=', 'p.id')));
  let spells = db.selectFrom('unemployment_spell').select(['person_id', 'started_on', 'ended_on']).orderBy('person_id').orderBy('started_on');
  let own = db.selectFrom('benefit_receipt').select(['person_id', 'benefit_type', 'started_on', 'ended_on']).where('benefit_type', 'in', [...PERSONAL]);
  let viaHousehold = db
    .selectFrom('benefit_receipt as b')
    .innerJoin('household_member as hm', 'hm.household_id', 'b.household_id')
    .whereRef('hm.person_id', '<>', 'b.person_id')
    .where('b.benefit_type', 'in', [...HOUSEHOLD])
    .select(['hm.person_id', 'b.benefit_type', 'b.started_on', 'b.ended_on', 'hm.joined_on', 'hm.left_on']);
  if (ids) {
    spells = spells.where('person_id', 'in', ids);
    own = own.where('person_id', 'in', ids);
    viaHousehold = viaHousehold.where('hm.person_id', 'in', ids);
  }
  const [personRows, spellRows, ownRows, householdRows] = await Promise.all([persons.execute(), spells.execute(), own.execute(), viaHousehold.execute()]);

  const histories = new Map<string, PersonHistory>();
  for (const p of personRows) {
    histories.set(p.id, {
      personId: p.id, birthDate: p.birth_date, sex: p.sex, disability: p.disability, educationLevel: p.education_level,
      municipalityCode: p.municipality_code, region: p.region, spells: [], benefits: [],
    });
  }
  for (const s of spellRows) histories.get(s.person_id)?.spells.push({ startedOn: s.started_on, endedOn: s.ended_on });
  const addBenefit = (personId: string, b: PaidBenefit) => histories.get(personId)?.benefits.push(b);
  for (const b of ownRows) addBenefit(b.person_id, { type: b.benefit_type, startedOn: b.started_on, endedOn: b.ended_on, membership: null });
  for (const b of householdRows) {
    addBenefit(b.person_id, { type: b.benefit_type, startedOn: b.started_on, endedOn: b.ended_on, membership: { joinedOn: b.joined_on, leftOn: b.left_on } });
  }
  return [...histories.values()];
}

/** The last day the unemployment register has news from (a registration or an end), or null when empty. */
export async function latestRegisterDay(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('unemployment_spell')
    .select(sql<string | null>`max(greatest(started_on, coalesce(ended_on, started_on)))::text`.as('day'))
    .executeTakeFirst();
  return row?.day ?? null;
}
