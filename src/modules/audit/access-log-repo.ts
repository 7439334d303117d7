/** Queries over the audit trail that answer "who looked at this person?" and "who looks at too much?". */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types';

/** Every event about one person, newest first, with the actor's agency. */
export function personAccessLog(db: Kysely<DB>, personId: string, limit: number, beforeSeq?: number) {
  let q = db
    .selectFrom('audit_event as e')
    .leftJoin('staff_user as u', 'u.id', 'e.actor_user_id')
    .leftJoin('agency as a', 'a.id', 'u.agency_id')
    .select(['e.seq', 'e.at', 'e.action', 'e.purpose', 'e.details', 'u.display_name', 'u.roles', 'a.name as agency_name', 'a.type as agency_type'])
    .where('e.person_id', '=', personId)
    .orderBy('e.seq', 'desc')
    .limit(limit);
  if (beforeSeq) q = q.where('e.seq', '<', beforeSeq);
  return q.execute();
}

const READ_ACTIONS = ['person.read', 'person.read_related', 'person.search_result', 'person.list', 'person.history', 'person.household_history', 'person.access_log', 'person.export'];

/** Staff who read more distinct people in the period than the threshold. */
export function heavyReaders(db: Kysely<DB>, from: Date, to: Date, threshold: number) {
  return db
    .selectFrom('audit_event as e')
    .innerJoin('staff_user as u', 'u.id', 'e.actor_user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select((eb) => [
      'u.id as user_id',
      'u.display_name',
      'a.name as agency_name',
      eb.fn.count<number>(sql`DISTINCT e.person_id`).as('persons'),
      eb.fn.countAll<number>().as('events'),
    ])
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .where('e.action', 'in', READ_ACTIONS)
    .where('e.person_id', 'is not', null)
    .groupBy(['u.id', 'u.display_name', 'a.name'])
    .having((eb) => eb.fn.count(sql`DISTINCT e.person_id`), '>', threshold)
    .orderBy('persons', 'desc')
    .execute();
}

/**
 * Reads not backed by case membership: break-glass, and records opened by the registering
 * office or through search rather than through a case the reader's agency works on.
 */
export function readsWithoutMembership(db: Kysely<DB>, from: Date, to: Date) {
  return db
    .selectFrom('audit_event as e')
    .innerJoin('staff_user as u', 'u.id', 'e.actor_user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .select((eb) => [
      'u.id as user_id',
      'u.display_name',
      'a.name as agency_name',
      sql<string>`e.details->>'relation'`.as('relation'),
      eb.fn.count<number>(sql`DISTINCT e.person_id`).as('persons'),
      eb.fn.countAll<number>().as('events'),
    ])
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .where('e.action', 'in', READ_ACTIONS)
    .where(sql<string>`e.details->>'relation'`, 'in', ['break_glass', 'registrar', 'none'])
    .groupBy(['u.id', 'u.display_name', 'a.name', sql`e.details->>'relation'`])
    .orderBy('persons', 'desc')
    .execute();
}

export function breakGlassEvents(db: Kysely<DB>, from: Date, to: Date) {
  return db
    .selectFrom('audit_event as e')
    .innerJoin('staff_user as u', 'u.id', 'e.actor_user_id')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .leftJoin('person as p', 'p.id', 'e.person_id')
    .select(['e.seq', 'e.at', 'e.details', 'u.id as user_id', 'u.display_name', 'a.name as agency_name', 'p.onedoor_id'])
    .where('e.at', '>=', from)
    .where('e.at', '<', to)
    .where('e.action', '=', 'break_glass.open')
    .orderBy('e.seq', 'desc')
    .execute();
}
