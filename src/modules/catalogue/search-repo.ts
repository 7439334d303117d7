/**
 * Services with their free places, computed in SQL from the active bookings:
 *   free          = capacity − active bookings
 *   free reserved = reserved places − active bookings that use one   (single point of contact only)
 *   free general  = capacity − reserved places − other active bookings (anyone)
 * each clamped to [0, free], so a capacity lowered under old bookings never shows negative places.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../db/types';
import type { ServiceType } from './schema';

const used = sql`(coalesce(b.reserved_used, 0) + coalesce(b.general_used, 0))`;
const free = sql<number>`greatest(s.capacity - ${used}, 0)::int`;
const freeReserved = sql<number>`least(greatest(s.reserved_places - coalesce(b.reserved_used, 0), 0), greatest(s.capacity - ${used}, 0))::int`;
const freeGeneral = sql<number>`least(greatest(s.capacity - s.reserved_places - coalesce(b.general_used, 0), 0), greatest(s.capacity - ${used}, 0))::int`;

const textArray = (values: readonly string[]) => sql`ARRAY[${sql.join(values)}]::text[]`;

function servicesWithPlaces(db: Kysely<DB>) {
  return db
    .selectFrom('service as s')
    .innerJoin('agency as a', 'a.id', 's.agency_id')
    .leftJoin(
      (eb) =>
        eb
          .selectFrom('service_booking')
          .select(['service_id', sql<number>`count(*) FILTER (WHERE uses_reserved)`.as('reserved_used'), sql<number>`count(*) FILTER (WHERE NOT uses_reserved)`.as('general_used')])
          .where('status', '=', 'active')
          .groupBy('service_id')
          .as('b'),
      (join) => join.onRef('b.service_id', '=', 's.id'),
    )
    .selectAll('s')
    .select(['a.name as agency_name', free.as('free_places'), freeReserved.as('free_reserved_places'), freeGeneral.as('free_general_places')]);
}

export type PlacedServiceRow = Awaited<ReturnType<ReturnType<typeof servicesWithPlaces>['execute']>>[number];

export const placedServices = (db: Kysely<DB>, ids: string[]) =>
  ids.length ? servicesWithPlaces(db).where('s.id', 'in', ids).execute() : Promise.resolve([]);

export interface Filter {
  barriers?: string[];
  types?: ServiceType[];
  municipality?: string;
  language?: string;
  agencyId?: string;
  freeOnly?: boolean;
  status: 'active' | 'inactive' | 'all';
  q?: string;
  /** barriers OR municipality (suggestions) instead of barriers AND municipality (search). */
  eitherBarrierOrMunicipality?: boolean;
}

const deliveredIn = (municipality: string) =>
  sql<SqlBool>`EXISTS (SELECT 1 FROM service_at_location sal JOIN service_location l ON l.id = sal.location_id
    WHERE sal.service_id = s.id AND l.municipality_code = ${municipality})`;
const addressesAny = (barriers: string[]) => sql<SqlBool>`s.barriers && ${textArray(barriers)}`;
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** One page of services matching the filter, the total, most barriers matched first, then by name in `lang`. */
export async function searchServices(db: Kysely<DB>, f: Filter, lang: string, page: { limit: number; offset: number }) {
  const conditions: Expression<SqlBool>[] = [];
  if (f.status !== 'all') conditions.push(sql<SqlBool>`s.status = ${f.status}`);
  const barriers = f.barriers?.length ? f.barriers : undefined;
  if (f.eitherBarrierOrMunicipality && barriers && f.municipality) {
    conditions.push(sql<SqlBool>`(${addressesAny(barriers)} OR ${deliveredIn(f.municipality)})`);
  } else {
    if (barriers) conditions.push(addressesAny(barriers));
    if (f.municipality) conditions.push(deliveredIn(f.municipality));
  }
  if (f.types?.length) conditions.push(sql<SqlBool>`s.type IN (${sql.join(f.types)})`);
  if (f.language) conditions.push(sql<SqlBool>`${f.language} = ANY(s.languages)`);
  if (f.agencyId) conditions.push(sql<SqlBool>`s.agency_id = ${f.agencyId}`);
  if (f.freeOnly) conditions.push(sql<SqlBool>`${free} > 0`);
  if (f.q) {
    const p = likePattern(f.q);
    conditions.push(sql<SqlBool>`(s.name->>'en' ILIKE ${p} OR s.name->>'ru' ILIKE ${p} OR s.name->>'hy' ILIKE ${p})`);
  }
  const matched = barriers ? sql<number>`(SELECT count(*) FROM unnest(s.barriers) x WHERE x = ANY(${textArray(barriers)}))::int` : sql<number>`0::int`;
  const langKey = (['en', 'ru', 'hy'] as const).includes(lang as 'en') ? lang : 'en';
  const byName = sql`coalesce(s.name->>${sql.lit(langKey)}, s.name->>'en', s.name->>'ru', s.name->>'hy')`;
  let q = servicesWithPlaces(db)
    .select([matched.as('matched_count'), sql<number>`count(*) OVER ()::int`.as('total')])
    .where((eb) => eb.and(conditions));
  if (barriers) q = q.orderBy(matched, 'desc');
  return q
    .orderBy(byName)
    .orderBy('s.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
