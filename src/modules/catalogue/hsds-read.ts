/**
 * Reading one HSDS service (hsds-schema.ts) into what OneDoor stores: the service input and
 * its locations, with a problem per field that cannot be read, each at its JSON path in
 * the document. The OneDoor extension and taxonomies are described in hsds-export.ts;
 * without the extension, texts are taken as written in `lang`, capacity and reserved places
 * are 0 (a coordinator sets them before anything can be booked).
 */
import type { FieldError } from '../../server/errors';
import type { HsdsAttribute, HsdsLocation, HsdsService } from './hsds-schema';
import { TAXONOMY } from './hsds-taxonomy';
import { nonEmpty, ServiceType, type LocalText, type LocationInput, type ScheduleEntry, type ServiceInput, type TextLanguage } from './schema';

export interface ReadLocation {
  id: string;
  agencyId: string | undefined;
  input: LocationInput;
  path: string;
  /** Where the municipality code is in the document. */
  municipalityPath: string;
}

export interface ReadService {
  id: string;
  agencyId: string | undefined;
  input: ServiceInput;
  locations: ReadLocation[];
  /** Maps a field of ServiceInput to its path in the document. */
  at: (field: string) => string;
}

const codeOf = (a: HsdsAttribute) => a.taxonomy_term?.code ?? a.value;
const inTaxonomy = (a: HsdsAttribute, taxonomy: string) => a.taxonomy_term?.taxonomy === taxonomy;
const hhmm = (t: string) => t.slice(0, 5);

export function readService(s: HsdsService, i: number, lang: TextLanguage, problems: FieldError[]): ReadService {
  const p = `contents.${i}`;
  const bad = (field: string, code: string, params?: Record<string, unknown>) => problems.push({ field: field ? `${p}.${field}` : p, code, params });
  const ext = s.onedoor ?? {};
  const inLang = (v: string | undefined): LocalText => (v ? { [lang]: v } : {});

  const attributes = s.attributes ?? [];
  const typeAt = attributes.findIndex((a) => inTaxonomy(a, TAXONOMY.serviceType));
  const typeCode = typeAt >= 0 ? codeOf(attributes[typeAt]!) : undefined;
  const type = ServiceType.safeParse(typeCode);
  if (typeAt < 0) bad('attributes', 'service_type_missing');
  else if (!type.success) bad(`attributes.${typeAt}.taxonomy_term.code`, 'unknown_service_type');

  const barrierAt = attributes.flatMap((a, j) => (inTaxonomy(a, TAXONOMY.barrier) ? [j] : []));
  const languages = s.languages ?? [];
  languages.forEach((l, j) => l.code === undefined && bad(`languages.${j}.code`, 'required'));
  const languageAt = languages.flatMap((l, j) => (l.code !== undefined ? [j] : []));

  const schedules = s.schedules ?? [];
  const schedule: ScheduleEntry[] = [];
  const scheduleAt: number[] = [];
  schedules.forEach((e, j) => {
    if (e.freq === 'MONTHLY') return bad(`schedules.${j}.freq`, 'weekly_schedule_only');
    for (const f of ['byday', 'opens_at', 'closes_at'] as const) if (!e[f]) bad(`schedules.${j}.${f}`, 'required');
    if (e.byday && e.opens_at && e.closes_at) {
      schedule.push({ byday: e.byday, opensAt: hhmm(e.opens_at), closesAt: hhmm(e.closes_at) });
      scheduleAt.push(j);
    }
  });

  const agencyId = s.organization_id ?? s.organization?.id;
  if (!agencyId) bad('organization_id', 'required');
  const cost = (s.cost_options ?? []).find((c) => c.amount !== undefined);
  const locations = (s.service_at_locations ?? []).map((sal, j) => readLocation(sal.location, `${p}.service_at_locations.${j}.location`, problems));

  const input: ServiceInput = {
    agencyId,
    name: (ext.name && nonEmpty(ext.name)) ?? inLang(s.name),
    description: (ext.description && nonEmpty(ext.description)) ?? inLang(s.description),
    type: type.success ? type.data : 'counselling',
    status: s.status === 'active' ? 'active' : 'inactive',
    email: s.email ?? null,
    phone: s.phones?.[0]?.number ?? null,
    url: s.url ?? null,
    applicationProcess: (ext.application_process && nonEmpty(ext.application_process)) ?? inLang(s.application_process),
    eligibility: {
      minAge: s.minimum_age ?? null,
      maxAge: s.maximum_age ?? null,
      segments: ext.segments ?? [],
      requiresBenefit: ext.requires_benefit ?? null,
      description: (ext.eligibility_description && nonEmpty(ext.eligibility_description)) ?? inLang(s.eligibility_description),
    },
    languages: languageAt.map((j) => languages[j]!.code!.toLowerCase()),
    barriers: barrierAt.map((j) => codeOf(attributes[j]!) ?? ''),
    schedule,
    capacity: ext.capacity ?? 0,
    reservedPlaces: ext.reserved_places ?? 0,
    costPerParticipant: cost?.amount ?? null,
    costCurrency: cost?.currency?.toUpperCase() ?? 'AMD',
    locationIds: locations.map((l) => l.id),
  };

  const at = (field: string) => {
    const [head, k, rest] = field.split('.') as [string, string | undefined, string | undefined];
    const n = Number(k);
    if (head === 'name') return `${p}.${ext.name ? 'onedoor.name' : 'name'}`;
    if (head === 'languages') return `${p}.languages.${languageAt[n]}.code`;
    if (head === 'barriers') return `${p}.attributes.${barrierAt[n]}.taxonomy_term.code`;
    if (head === 'reservedPlaces') return `${p}.onedoor.reserved_places`;
    if (head === 'capacity') return `${p}.onedoor.capacity`;
    if (head === 'schedule') return `${p}.schedules.${scheduleAt[n]}.${rest === 'closesAt' ? 'closes_at' : 'opens_at'}`;
    if (head === 'eligibility') return `${p}.maximum_age`;
    if (head === 'locationIds') return `${p}.service_at_locations.${k}.location.id`;
    if (head === 'agencyId') return `${p}.organization_id`;
    return `${p}.${field}`;
  };
  return { id: s.id, agencyId, input, locations, at };
}

function readLocation(l: HsdsLocation, path: string, problems: FieldError[]): ReadLocation {
  const bad = (field: string, code: string) => problems.push({ field: `${path}.${field}`, code });
  const address = l.addresses?.find((a) => a.address_type === 'physical') ?? l.addresses?.[0];
  if (!address) bad('addresses', 'required');
  const attributes = l.attributes ?? [];
  const municipalityAt = attributes.findIndex((a) => inTaxonomy(a, TAXONOMY.municipality));
  const municipality = municipalityAt >= 0 ? codeOf(attributes[municipalityAt]!) : undefined;
  if (!municipality) bad('attributes', 'municipality_missing');
  return {
    id: l.id,
    agencyId: l.organization_id,
    path,
    municipalityPath: `${path}.attributes.${Math.max(municipalityAt, 0)}.taxonomy_term.code`,
    input: {
      name: l.name ?? address?.address_1 ?? '',
      address: address?.address_1 ?? '',
      municipalityCode: municipality ?? '',
      postalCode: address?.postal_code || null,
      latitude: l.latitude ?? null,
      longitude: l.longitude ?? null,
      accessibility: l.accessibility?.find((a) => a.description)?.description ?? null,
    },
  };
}
