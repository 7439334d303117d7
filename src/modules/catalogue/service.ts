/**
 * The service catalogue: partners' locations and services (HSDS shape), search with free
 * places, HSDS export/import, and bookings that hold places. The use cases live in their
 * own files; this factory binds them to their dependencies.
 *
 * For other modules (the plan, referrals), inside their own transaction, no access check:
 *   book(trx, BookingRequest)                    → Booking        (bookings.ts)
 *   release(trx, bookingId, { by, at, reason })  → Booking
 *   releaseBySource(trx, { source, sourceId }, { by, at, reason }) → Booking | null
 *   heldBy(trx, { source, sourceId })            → Booking | null
 *   freePlaces(trx, serviceIds)                  → Map<serviceId, Places>        (facts.ts)
 *   servicesByIds(trx, ids, lang)                → ServiceFacts[]
 *   candidates(trx, { barriers, municipalityCode, language?, withFreePlaceFor?, limit? }, lang) → Candidate[]
 */
import type { Language } from '../../i18n';
import * as bookings from './bookings';
import type { CatalogueDeps, Manager } from './context';
import { createEntryUseCases } from './entries';
import * as facts from './facts';
import { exportHsds } from './hsds-export';
import { importHsds } from './hsds-import';
import type { HsdsImport } from './hsds-schema';
import { createLocationUseCases } from './locations';
import type { SearchQuery } from './schema';
import { searchCatalogue } from './search';

export type CatalogueService = ReturnType<typeof createCatalogueService>;
export type { Booking, BookingRequest, BookingSource, Release } from './bookings';
export type { Candidate, CandidateQuery, ServiceFacts } from './facts';

export function createCatalogueService(deps: CatalogueDeps) {
  return {
    locations: createLocationUseCases(deps),
    services: createEntryUseCases(deps),
    search: (query: SearchQuery, lang: Language) => searchCatalogue(deps.db, query, lang),
    exportHsds: (lang: Language) => exportHsds(deps, deps.db, lang),
    importHsds: (m: Manager, doc: HsdsImport, lang: Language) => importHsds(deps, m, doc, lang),

    book: bookings.book,
    release: bookings.release,
    releaseBySource: bookings.releaseBySource,
    heldBy: bookings.heldBy,
    freePlaces: facts.freePlaces,
    servicesByIds: facts.servicesByIds,
    candidates: facts.candidates,
  };
}
