/**
 * Read-only SQL over tables other modules own (cases, people, spells, benefits): the facts
 * an assessment is decided with and the lists built around it. Nothing here writes; who
 * may see the rows is still decided by the access policy in the service.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';

export const findCase = (db: Kysely<DB>, id: string) =>
  db.selectFrom('client_case').select(['id', 'person_id', 'lead_agency_id', 'case_manager_id', 'status']).where('id', '=', id).executeTakeFirst();

/** Age, current unemployment spell and benefit receipt on a day: the inputs of the segmentation rules besides barriers. */
export async function profilingInputs(db: Kysely<DB>, personId: string, day: string) {
  const person = await db.selectFrom('person').select('birth_date').where('id', '=', personId).executeTakeFirstOrThrow();
  const spell = await db
    .selectFrom('unemployment_spell')
    .select('started_on')
    .where('person_id', '=', personId)
    .where('started_on', '<=', day)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', day)]))
    .orderBy('started_on')
    .limit(1)
    .executeTakeFirst();
  const benefit = await db
    .selectFrom('benefit_receipt')
    .select('id')
    .where('person_id', '=', personId)
    .where('started_on', '<=', day)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', day)]))
    .limit(1)
    .executeTakeFirst();
  return { birthDate: person.birth_date, unemployedSince: spell?.started_on ?? null, receivesBenefit: benefit !== undefined };
}

export interface DueFilter {
  leadAgencyId: string;
  caseManagerId?: string;
  horizon: string;
  limit: number;
  offset: number;
}

/**
 * The latest finalised assessment of every open case of the agency (or case manager)
 * whose re-assessment falls due by the horizon, soonest first, with any re-assessment
 * already under way.
 */
export async function listDue(db: Kysely<DB>, f: DueFilter) {
  let base = db
    .selectFrom('assessment as a')
    .innerJoin('client_case as c', 'c.id', 'a.case_id')
    .where('a.status', '=', 'finalised')
    .where('a.reassessment_due_on', '<=', f.horizon)
    .where('c.status', '<>', 'closed')
    .where('c.lead_agency_id', '=', f.leadAgencyId)
    .where((eb) =>
      eb.not(eb.exists(
        eb.selectFrom('assessment as later').select('later.id')
          .whereRef('later.case_id', '=', 'a.case_id').where('later.status', '=', 'finalised').whereRef('later.finalised_at', '>', 'a.finalised_at'),
      )),
    );
  if (f.caseManagerId) base = base.where('c.case_manager_id', '=', f.caseManagerId);
  const [rows, total] = await Promise.all([
    base
      .innerJoin('person as p', 'p.id', 'a.person_id')
      .leftJoin('assessment as n', (join) => join.onRef('n.case_id', '=', 'a.case_id').on('n.status', '=', 'in_progress'))
      .select([
        'a.id', 'a.case_id', 'a.person_id', 'a.final_segment', 'a.finalised_at', 'a.reassessment_due_on', 'c.case_manager_id', 'n.id as in_progress_id',
        // Names are read only to be shown where the access decision allows identity data.
        'p.onedoor_id', 'p.given_name', 'p.family_name', 'p.given_name_latin', 'p.family_name_latin',
      ])
      .orderBy('a.reassessment_due_on')
      .orderBy('a.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
export type DueRow = Awaited<ReturnType<typeof listDue>>['rows'][number];

/** Every counsellor segment decision in a period, with the subgroup attributes overrides are counted by. */
export function counsellorDecisions(db: Kysely<DB>, f: { agencyId?: string; from?: Date; to?: Date }) {
  let q = db
    .selectFrom('profiling_result as pr')
    .innerJoin('assessment as a', 'a.id', 'pr.assessment_id')
    .innerJoin('client_case as c', 'c.id', 'a.case_id')
    .innerJoin('person as p', 'p.id', 'a.person_id')
    .innerJoin('staff_user as u', 'u.id', 'pr.decided_by')
    .leftJoin('profiling_result as r', (join) => join.onRef('r.assessment_id', '=', 'pr.assessment_id').on('r.kind', '=', 'rules'))
    .select([
      'pr.decided_by', 'u.display_name', 'pr.overrides_rules', 'pr.segment', 'pr.decided_at', 'r.segment as rules_segment',
      'p.sex', 'p.birth_date', 'p.disability',
    ])
    .where('pr.kind', '=', 'counsellor');
  if (f.agencyId) q = q.where('c.lead_agency_id', '=', f.agencyId);
  if (f.from) q = q.where('pr.decided_at', '>=', f.from);
  if (f.to) q = q.where('pr.decided_at', '<', f.to);
  return q.execute();
}
