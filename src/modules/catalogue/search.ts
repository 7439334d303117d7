/** Searching the catalogue: by barriers, type, municipality, language, free places and name; one page at a time. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import { toLocation, toService } from './mappers';
import { locationsOfServices } from './repo';
import type { SearchPage, SearchQuery } from './schema';
import { searchServices, type Filter } from './search-repo';

export async function searchCatalogue(db: Kysely<DB>, query: SearchQuery, lang: string): Promise<SearchPage> {
  const { limit, offset } = query;
  const filter = toFilter(query);
  const rows = await searchServices(db, filter, lang, { limit, offset });
  const locations = await locationsOfServices(db, rows.map((r) => r.id));
  const asked = new Set(query.barriers ?? []);
  const items = rows.map((r) => ({
    ...toService(r, locations.filter((l) => l.service_id === r.id).map(toLocation)),
    matchedBarriers: r.barriers.filter((b) => asked.has(b)),
  }));
  // count(*) OVER () comes with every row; a page past the end has none, so count again.
  const total = rows[0]?.total ?? (offset > 0 ? (await searchServices(db, filter, lang, { limit: 1, offset: 0 }))[0]?.total ?? 0 : 0);
  return { items, total, limit, offset };
}

const toFilter = (query: SearchQuery): Filter => ({
  barriers: query.barriers,
  types: query.type,
  municipality: query.municipality,
  language: query.language,
  agencyId: query.agencyId,
  freeOnly: query.freeOnly,
  status: query.status,
  q: query.q,
});
