/**
 * The catalogue as an HSDS 3.0 document: every active service, ordered by id, with its
 * organization, service_at_locations (location, address, accessibility), schedules,
 * languages, phones, eligibility and cost_options.
 *
 * Languages: HSDS 3.0 has one text per field, so the text fields are in the language asked
 * for (?lang=en|ru|hy; a text missing in it falls back to en, ru, hy in that order). Every
 * language of every text travels in the service's `onedoor` extension member, with what
 * HSDS has no field for (capacity, reserved places, segments, benefit rule), so an import
 * of the document restores the catalogue exactly. Service type, barriers addressed and the
 * municipality of a location are `attributes` with taxonomy terms of the OneDoor taxonomies
 * (urn:onedoor:service-type, urn:onedoor:barrier, urn:onedoor:municipality).
 * Identifiers of objects OneDoor keeps no row for are derived (hsds-taxonomy.ts).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { CatalogueDeps } from './context';
import type { HsdsAttribute, HsdsLocation, HsdsService, HsdsServicePage } from './hsds-schema';
import { derivedId, LINK_TYPE, LOCAL_UTC_OFFSET, PER_PARTICIPANT, SERVICE_TYPE_LABELS, TAXONOMY } from './hsds-taxonomy';
import { languageName } from './languages';
import { textIn, toEligibility } from './mappers';
import * as repo from './repo';
import type { LocalText, ScheduleEntry, ServiceType } from './schema';

type MunicipalityRow = Awaited<ReturnType<typeof repo.municipalities>>[number];
type Linked = Awaited<ReturnType<typeof repo.locationsOfServices>>[number];

function attribute(lang: Language, link: { id: string; entity: 'service' | 'location'; type: string }, taxonomy: string, code: string, name: string, description: string): HsdsAttribute {
  const termId = derivedId(taxonomy, code);
  return {
    id: derivedId(link.id, 'attribute', taxonomy, code),
    link_id: link.id,
    link_type: link.type,
    link_entity: link.entity,
    taxonomy_term_id: termId,
    value: code,
    taxonomy_term: { id: termId, code, name, description, taxonomy, language: lang },
  };
}

const optional = (text: LocalText, lang: Language) => (Object.keys(text).length ? textIn(text, lang) : undefined);
const present = <T>(v: T | null | undefined) => (v === null ? undefined : v);

function hsdsLocation(l: Linked, municipality: MunicipalityRow | undefined, lang: Language): HsdsLocation {
  const code = l.municipality_code;
  const city = municipality ? { en: municipality.name_en, ru: municipality.name_ru, hy: municipality.name_hy }[lang] : code;
  const region = municipality?.region ?? '';
  return {
    id: l.id,
    location_type: 'physical',
    organization_id: l.agency_id,
    name: l.name,
    latitude: l.latitude === null ? undefined : Number(l.latitude),
    longitude: l.longitude === null ? undefined : Number(l.longitude),
    addresses: [
      { id: derivedId(l.id, 'address'), location_id: l.id, address_1: l.address, city, state_province: region, postal_code: l.postal_code ?? '', country: code.slice(0, 2), address_type: 'physical' },
    ],
    accessibility: l.accessibility ? [{ id: derivedId(l.id, 'accessibility'), location_id: l.id, description: l.accessibility }] : [],
    attributes: [attribute(lang, { id: l.id, entity: 'location', type: LINK_TYPE.municipality }, TAXONOMY.municipality, code, city, region)],
  };
}

export async function exportHsds(deps: CatalogueDeps, db: Kysely<DB>, lang: Language): Promise<HsdsServicePage> {
  const services = await db.selectFrom('service').selectAll().where('status', '=', 'active').orderBy('id').execute();
  const ids = services.map((s) => s.id);
  const [linked, municipalityRows, agencies, instrument] = await Promise.all([
    repo.locationsOfServices(db, ids),
    repo.municipalities(db),
    repo.agenciesByIds(db, [...new Set(services.map((s) => s.agency_id))]),
    deps.definitions.current('instrument', db),
  ]);
  const municipalities = new Map(municipalityRows.map((m) => [m.code, m]));
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const barrierLabel = new Map(instrument.definition.barriers.map((b) => [b.code, b.label[lang]]));

  const contents = services.map((s): HsdsService => {
    const eligibility = toEligibility(s.eligibility);
    const type = s.type as ServiceType;
    const link = { id: s.id, entity: 'service' as const };
    const locations = linked.filter((l) => l.service_id === s.id).sort((a, b) => a.id.localeCompare(b.id));
    const typeName = SERVICE_TYPE_LABELS[type][lang];
    return {
      id: s.id,
      organization_id: s.agency_id,
      name: textIn(s.name, lang),
      description: optional(s.description, lang),
      url: present(s.url),
      email: present(s.email),
      status: 'active',
      application_process: optional(s.application_process, lang),
      eligibility_description: optional(eligibility.description, lang),
      minimum_age: present(eligibility.minAge),
      maximum_age: present(eligibility.maxAge),
      phones: s.phone ? [{ id: derivedId(s.id, 'phone'), number: s.phone }] : [],
      schedules: (s.schedule as ScheduleEntry[]).map((e, i) => ({
        id: derivedId(s.id, 'schedule', String(i)), service_id: s.id, freq: 'WEEKLY' as const, byday: e.byday, opens_at: e.opensAt, closes_at: e.closesAt, timezone: LOCAL_UTC_OFFSET,
      })),
      service_at_locations: locations.map((l) => ({
        id: derivedId(s.id, 'service_at_location', l.id), service_id: s.id, location_id: l.id, location: hsdsLocation(l, municipalities.get(l.municipality_code), lang),
      })),
      languages: s.languages.map((code) => ({ id: derivedId(s.id, 'language', code), service_id: s.id, name: languageName(code, lang), code })),
      organization: { id: s.agency_id, name: agencyName.get(s.agency_id) ?? '', description: '' },
      cost_options:
        s.cost_per_participant === null
          ? []
          : [{ id: derivedId(s.id, 'cost_option'), service_id: s.id, currency: s.cost_currency, amount: Number(s.cost_per_participant), amount_description: PER_PARTICIPANT[lang] }],
      attributes: [
        attribute(lang, { ...link, type: LINK_TYPE.serviceType }, TAXONOMY.serviceType, type, typeName, typeName),
        ...s.barriers.map((b) => {
          const label = barrierLabel.get(b) ?? b;
          return attribute(lang, { ...link, type: LINK_TYPE.barrier }, TAXONOMY.barrier, b, label, label);
        }),
      ],
      onedoor: {
        name: s.name,
        description: s.description,
        application_process: s.application_process,
        eligibility_description: eligibility.description,
        segments: eligibility.segments,
        requires_benefit: eligibility.requiresBenefit,
        capacity: s.capacity,
        reserved_places: s.reserved_places,
      },
    };
  });
  return { total_items: contents.length, total_pages: 1, page_number: 1, size: contents.length, first_page: true, last_page: true, empty: contents.length === 0, contents };
}
