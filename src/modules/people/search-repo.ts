/**
 * Candidate records for the duplicate search, found through indexes only. Names are
 * matched fuzzily against the dictionary of distinct name keys (trigram index, `%` with
 * the threshold set for this transaction), then people are fetched by exact key through
 * a B-tree; birth dates and national ids use their own indexes. Nothing computes
 * similarity over the whole person table.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

/** Trigram similarity a name key needs to be a candidate by name (typos still pass). */
export const NAME_THRESHOLD = 0.35;
/** With a matching birth date a looser family-name similarity is enough. */
export const BIRTH_DATE_FAMILY_THRESHOLD = 0.3;
/** Similar keys taken per name part, and people per key pair: bounds the work per search. */
const SIMILAR_KEYS = 12;
const PER_PAIR = 50;
/** The best name matches taken before ranking; same-birth-date matches come on top. */
const NAME_CANDIDATES = 50;

export interface CandidateQuery {
  givenKey: string | null;
  familyKey: string | null;
  /** Exact and near birth dates (±1 day, day and month swapped). */
  birthDates: string[];
  nationalId: string | null;
}

export interface CandidateRow {
  id: string;
  onedoor_id: string;
  given_name: string;
  family_name: string;
  patronymic: string | null;
  name_script: string;
  birth_date: string;
  municipality_code: string | null;
  national_id: string | null;
  given_name_key: string;
  family_name_key: string;
  given_sim: number;
  family_sim: number;
}

export async function findCandidates(trx: Kysely<DB>, q: CandidateQuery): Promise<CandidateRow[]> {
  // Local to the transaction, so pooled connections keep the default.
  await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(NAME_THRESHOLD)}, true)`.execute(trx);
  const branches = [];
  const { givenKey, familyKey } = q;
  if (familyKey) branches.push(nameBranch(familyKey, givenKey));
  if (familyKey && q.birthDates.length) {
    branches.push(sql`(SELECT id FROM person WHERE birth_date IN (${sql.join(q.birthDates.map((d) => sql`${d}::date`))})
      AND similarity(family_name_key, ${familyKey}) >= ${BIRTH_DATE_FAMILY_THRESHOLD})`);
  }
  if (q.nationalId) branches.push(sql`(SELECT id FROM person WHERE national_id = ${q.nationalId})`);
  if (branches.length === 0) return [];
  const { rows } = await sql<CandidateRow>`
    SELECT p.id, p.onedoor_id, p.given_name, p.family_name, p.patronymic, p.name_script, p.birth_date,
           p.municipality_code, p.national_id, p.given_name_key, p.family_name_key,
           similarity(p.given_name_key, ${givenKey ?? ''})::float8 AS given_sim,
           similarity(p.family_name_key, ${familyKey ?? ''})::float8 AS family_sim
    FROM person p
    WHERE p.id IN (${sql.join(branches, sql` UNION `)})`.execute(trx);
  return rows;
}

/** The people whose name keys are most similar to the query's, best pairs first. */
function nameBranch(familyKey: string, givenKey: string | null) {
  const similarKeys = (kind: 'given' | 'family', key: string) => sql`
    SELECT key, similarity(key, ${key}) AS sim FROM person_name_key
    WHERE kind = ${kind} AND key % ${key} ORDER BY sim DESC, key LIMIT ${SIMILAR_KEYS}`;
  const pairs = givenKey
    ? sql`SELECT f.key AS fkey, g.key AS gkey, 2 * f.sim + g.sim AS score
          FROM (${similarKeys('family', familyKey)}) f CROSS JOIN (${similarKeys('given', givenKey)}) g`
    : sql`SELECT f.key AS fkey, NULL::text AS gkey, f.sim AS score FROM (${similarKeys('family', familyKey)}) f`;
  // Separate statements, so each probe is an exact match on the (family, given) index.
  const people = givenKey
    ? sql`SELECT id FROM person WHERE family_name_key = pair.fkey AND given_name_key = pair.gkey LIMIT ${PER_PAIR}`
    : sql`SELECT id FROM person WHERE family_name_key = pair.fkey LIMIT ${PER_PAIR}`;
  return sql`(SELECT m.id FROM (${pairs}) pair CROSS JOIN LATERAL (${people}) m
    ORDER BY pair.score DESC, m.id LIMIT ${NAME_CANDIDATES})`;
}
