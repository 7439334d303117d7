/**
 * The part of the Open Referral Human Services Data Specification (HSDS 3.0) OneDoor reads
 * and writes: a page of services (the HSDS API's list shape) with, nested in each service,
 * its organization, service_at_locations with their location (addresses, accessibility),
 * schedules, languages, phones, cost_options and attributes. Field names are HSDS 3.0's;
 * members HSDS defines but OneDoor does not keep are accepted on import and ignored.
 *
 * What HSDS cannot say, OneDoor carries in two documented ways (docs in hsds-export.ts):
 *   attributes — taxonomy terms of the OneDoor taxonomies (service type, barriers
 *                addressed, municipality of a location), usable by any HSDS consumer;
 *   onedoor    — an extension member of a service: every text in every language (HSDS
 *                has one language per document), capacity, reserved places, segments.
 */
import { z } from 'zod';
import { Segment } from '../assessment/schema-rules';
import { LocalTextPlain } from './schema';

const Id = z.guid().describe('HSDS identifier (UUID)');
const text = (max: number) => z.string().trim().max(max);

export const HsdsTaxonomyTerm = z.object({
  id: Id,
  code: text(100).optional(),
  name: text(200),
  description: text(1000),
  taxonomy: text(200).optional().describe('URI of the taxonomy, e.g. urn:onedoor:barrier'),
  language: text(10).optional(),
});

export const HsdsAttribute = z.object({
  id: Id,
  link_id: Id.optional(),
  link_type: text(100).optional(),
  link_entity: text(100).optional(),
  taxonomy_term_id: Id.optional(),
  value: text(200).optional(),
  label: text(200).optional(),
  taxonomy_term: HsdsTaxonomyTerm.optional(),
});
export type HsdsAttribute = z.infer<typeof HsdsAttribute>;

export const HsdsAddress = z.object({
  id: Id,
  location_id: Id.optional(),
  address_1: text(300).min(1),
  address_2: text(300).optional(),
  city: text(100),
  region: text(100).optional(),
  state_province: text(100),
  postal_code: text(20),
  country: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2'),
  address_type: z.enum(['physical', 'postal', 'virtual']),
});

export const HsdsAccessibility = z.object({ id: Id, location_id: Id.optional(), description: text(1000).optional(), details: text(1000).optional(), url: z.url().optional() });

export const HsdsLocation = z.object({
  id: Id,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: Id.optional(),
  name: text(200).optional(),
  description: text(1000).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  addresses: z.array(HsdsAddress).max(5).optional(),
  accessibility: z.array(HsdsAccessibility).max(5).optional(),
  attributes: z.array(HsdsAttribute).max(20).optional(),
});
export type HsdsLocation = z.infer<typeof HsdsLocation>;

export const HsdsServiceAtLocation = z.object({ id: Id, service_id: Id.optional(), location_id: Id.optional(), description: text(1000).optional(), location: HsdsLocation });

const Time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/).describe('HH:MM local time');
export const HsdsSchedule = z.object({
  id: Id,
  service_id: Id.optional(),
  freq: z.enum(['WEEKLY', 'MONTHLY']).optional(),
  interval: z.number().int().optional(),
  byday: z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/).optional(),
  opens_at: Time.optional(),
  closes_at: Time.optional(),
  timezone: z.number().optional().describe('UTC offset in hours'),
  description: text(1000).optional(),
});

export const HsdsLanguage = z.object({ id: Id, service_id: Id.optional(), name: text(100).optional(), code: text(10).optional(), note: text(500).optional() });
export const HsdsPhone = z.object({ id: Id, number: text(40).min(1), type: text(40).optional(), description: text(500).optional() });
export const HsdsCostOption = z.object({
  id: Id,
  service_id: Id.optional(),
  option: text(500).optional(),
  currency: z.string().regex(/^[A-Za-z]{3}$/).optional(),
  amount: z.number().min(0).max(1e10).optional(),
  amount_description: text(500).optional(),
});

export const HsdsOrganization = z.object({ id: Id, name: text(200), description: text(2000), email: z.email().optional(), website: z.url().optional() });

/** The OneDoor extension of a service: what HSDS 3.0 has no member for. */
export const OneDoorExtension = z
  .object({
    name: LocalTextPlain(200).optional(),
    description: LocalTextPlain(4000).optional(),
    application_process: LocalTextPlain(2000).optional(),
    eligibility_description: LocalTextPlain(2000).optional(),
    segments: z.array(Segment).max(4).optional(),
    requires_benefit: z.boolean().nullable().optional(),
    capacity: z.number().int().min(0).max(100_000).optional(),
    reserved_places: z.number().int().min(0).max(100_000).optional(),
  })
  .describe('OneDoor extension: texts in every language, capacity and places reserved for the single point of contact, segments');
export type OneDoorExtension = z.infer<typeof OneDoorExtension>;

export const HsdsService = z.object({
  id: Id,
  organization_id: Id.optional(),
  name: text(200).min(1),
  description: text(4000).optional(),
  url: z.url().max(500).optional(),
  email: z.email().max(254).optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  application_process: text(2000).optional(),
  eligibility_description: text(2000).optional(),
  minimum_age: z.number().int().min(0).max(120).optional(),
  maximum_age: z.number().int().min(0).max(120).optional(),
  phones: z.array(HsdsPhone).max(5).optional(),
  schedules: z.array(HsdsSchedule).max(14).optional(),
  service_at_locations: z.array(HsdsServiceAtLocation).max(50).optional(),
  languages: z.array(HsdsLanguage).max(20).optional(),
  organization: HsdsOrganization.optional(),
  cost_options: z.array(HsdsCostOption).max(5).optional(),
  attributes: z.array(HsdsAttribute).max(60).optional(),
  onedoor: OneDoorExtension.optional(),
});
export type HsdsService = z.infer<typeof HsdsService>;

const pageHeader = {
  total_items: z.number().int(),
  total_pages: z.number().int(),
  page_number: z.number().int(),
  size: z.number().int(),
  first_page: z.boolean(),
  last_page: z.boolean(),
  empty: z.boolean(),
};

/** GET /api/catalogue/hsds: every active service, one page (HSDS API list shape). */
export const HsdsServicePage = z.object({ ...pageHeader, contents: z.array(HsdsService) });
export type HsdsServicePage = z.infer<typeof HsdsServicePage>;

/** POST /api/catalogue/hsds: the same document; the page header may be left out. */
export const HsdsImport = z.object({ ...z.object(pageHeader).partial().shape, contents: z.array(HsdsService).max(2000) });
export type HsdsImport = z.infer<typeof HsdsImport>;

export const HsdsLangQuery = z.object({
  lang: z.enum(['en', 'ru', 'hy']).default('en').describe('Language of the HSDS text fields (export), or of texts without the onedoor extension (import)'),
});

export const HsdsImportResult = z.object({
  services: z.object({ created: z.number().int(), updated: z.number().int() }),
  locations: z.object({ created: z.number().int(), updated: z.number().int() }),
});
export type HsdsImportResult = z.infer<typeof HsdsImportResult>;
