/**
 * Importing an HSDS document (hsds-schema.ts): services and their locations are upserted by
 * id, all or nothing, in one transaction. Every problem is reported at once with its JSON
 * path in the document; nothing is written unless the whole document is acceptable.
 * Organizations are not created: each must be an agency OneDoor knows (by id), and a
 * coordinator may import only their own agency's services and locations.
 */
import type { FieldError } from '../../server/errors';
import { AppError } from '../../server/errors';
import { activeTotals } from './booking-repo';
import { catalogueEvent, mayManage, type CatalogueDeps, type Manager } from './context';
import { serviceValues } from './entries';
import type { HsdsImport, HsdsImportResult } from './hsds-schema';
import { readService, type ReadLocation } from './hsds-read';
import { locationValues } from './locations';
import * as repo from './repo';
import type { TextLanguage } from './schema';
import { barrierCodes, serviceProblems } from './validate';

/** Reported problems are capped so a bad file of thousands of rows still gets a readable answer. */
const MAX_PROBLEMS = 200;

export function importHsds(deps: CatalogueDeps, m: Manager, doc: HsdsImport, lang: TextLanguage): Promise<HsdsImportResult> {
  return deps.db.transaction().execute(async (trx) => {
    const problems: FieldError[] = [];
    const bad = (field: string, code: string) => problems.push({ field, code });
    const read = doc.contents.map((s, i) => readService(s, i, lang, problems));

    const firstAt = new Map<string, number>();
    read.forEach((r, i) => (firstAt.has(r.id) ? bad(`contents.${i}.id`, 'duplicate_id') : firstAt.set(r.id, i)));

    // A location shared by several services appears under each; it must be the same every time.
    const locations = new Map<string, ReadLocation & { agencyId: string | undefined }>();
    for (const r of read) {
      for (const l of r.locations) {
        const located = { ...l, agencyId: l.agencyId ?? r.agencyId };
        const seen = locations.get(l.id);
        if (!seen) locations.set(l.id, located);
        else if (JSON.stringify([seen.input, seen.agencyId]) !== JSON.stringify([located.input, located.agencyId])) bad(l.path, 'location_conflict');
      }
    }

    const agencyIds = [...new Set([...read.map((r) => r.agencyId), ...[...locations.values()].map((l) => l.agencyId)].filter((a): a is string => !!a))];
    const serviceIds = [...firstAt.keys()].sort();
    const [codes, agencies, municipalities, existingServices, existingLocations, booked] = [
      await barrierCodes(deps, trx),
      new Set((await repo.agenciesByIds(trx, agencyIds)).map((a) => a.id)),
      new Set((await repo.municipalities(trx)).map((x) => x.code)),
      new Map((await repo.lockServices(trx, serviceIds)).map((s) => [s.id, s])),
      new Map((await repo.listLocations(trx, { ids: [...locations.keys()] })).map((l) => [l.id, l])),
      await activeTotals(trx, serviceIds),
    ];
    const checkAgency = (agencyId: string | undefined, field: string) => {
      if (!agencyId) return;
      if (!agencies.has(agencyId)) bad(field, 'unknown_agency');
      else if (!mayManage(m.viewer, agencyId)) bad(field, 'catalogue_own_agency_only');
    };

    for (const l of locations.values()) {
      checkAgency(l.agencyId, `${l.path}.organization_id`);
      const existing = existingLocations.get(l.id);
      if (existing && !mayManage(m.viewer, existing.agency_id)) bad(`${l.path}.id`, 'catalogue_own_agency_only');
      if (l.input.municipalityCode && !municipalities.has(l.input.municipalityCode)) bad(l.municipalityPath, 'unknown_municipality');
    }
    read.forEach((r, i) => {
      checkAgency(r.agencyId, `contents.${i}.organization_id`);
      const existing = existingServices.get(r.id);
      if (existing && !mayManage(m.viewer, existing.agency_id)) bad(`contents.${i}.id`, 'catalogue_own_agency_only');
      problems.push(...serviceProblems(r.input, { barrierCodes: codes, knownLocations: new Set(locations.keys()) }, r.at));
      const n = booked.get(r.id) ?? 0;
      if (r.input.capacity < n) problems.push({ field: r.at('capacity'), code: 'capacity_below_bookings', params: { booked: n } });
    });
    if (problems.length) {
      throw new AppError('validation_failed', { fields: problems.slice(0, MAX_PROBLEMS), extra: { problemCount: problems.length } });
    }

    const now = deps.clock.now();
    const result: HsdsImportResult = { services: { created: 0, updated: 0 }, locations: { created: 0, updated: 0 } };
    for (const l of locations.values()) {
      const values = locationValues(l.input, l.agencyId!);
      if (existingLocations.has(l.id)) await repo.updateLocation(trx, l.id, null, values, now);
      else await repo.insertLocation(trx, { ...values, id: l.id, created_at: now, updated_at: now });
      result.locations[existingLocations.has(l.id) ? 'updated' : 'created'] += 1;
    }
    for (const r of read) {
      const values = serviceValues(r.input, r.agencyId!);
      if (existingServices.has(r.id)) await repo.updateService(trx, r.id, null, values, now);
      else await repo.insertService(trx, { ...values, id: r.id, created_at: now, updated_at: now });
      await repo.setServiceLocations(trx, r.id, [...new Set(r.input.locationIds)]);
      result.services[existingServices.has(r.id) ? 'updated' : 'created'] += 1;
    }
    await deps.audit.record(trx, m.actor, catalogueEvent('catalogue.hsds.import', 'catalogue', undefined, { ...result, serviceIds }));
    return result;
  });
}
