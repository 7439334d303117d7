/**
 * Request and response shapes of the service catalogue (locations and services). Rules that
 * need a specific translated message or the database (at least one language, ISO language
 * codes, barrier codes of the current instrument, reserved ≤ capacity, opening before
 * closing) are checked in validate.ts, so every problem comes back at once.
 */
import { z } from 'zod';
import { Segment } from '../assessment/schema-rules';

const Id = z.uuid();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');

export const TEXT_LANGUAGES = ['en', 'ru', 'hy'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** The languages of a text that have one. */
export const nonEmpty = (t: LocalText): LocalText => Object.fromEntries(Object.entries(t).filter(([, v]) => v)) as LocalText;

/** Text by language; empty strings count as not given. */
export const LocalisedText = (max: number) =>
  z
    .object({ en: z.string().trim().max(max).optional(), ru: z.string().trim().max(max).optional(), hy: z.string().trim().max(max).optional() })
    .strict()
    .transform(nonEmpty)
    .describe('The same text in English, Russian and/or Armenian');
export type LocalText = Partial<Record<TextLanguage, string>>;

/** Text by language without a transform, for shapes that are also responses (responses are encoded, and transforms only decode). */
export const LocalTextPlain = (max: number) =>
  z.object({ en: z.string().trim().max(max).optional(), ru: z.string().trim().max(max).optional(), hy: z.string().trim().max(max).optional() }).strict();

const LocalTextOut = z.object({ en: z.string().optional(), ru: z.string().optional(), hy: z.string().optional() });

export const ServiceType = z
  .enum(['counselling', 'training', 'almp', 'benefit_advice', 'debt_counselling', 'health', 'addiction', 'housing', 'childcare', 'mentoring', 'job_placement', 'subsidy'])
  .describe('Kind of service (almp: active labour-market programme)');
export type ServiceType = z.infer<typeof ServiceType>;

export const ServiceStatus = z.enum(['active', 'inactive']).describe('active (bookable, found in searches) or inactive (kept for history)');

const Day = '(MO|TU|WE|TH|FR|SA|SU)';
export const ScheduleEntry = z
  .object({
    byday: z.string().regex(new RegExp(`^${Day}(,${Day})*$`)).describe('Days, RFC 5545 style: "MO,TU,WE"'),
    opensAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('Local time HH:MM'),
    closesAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).describe('Local time HH:MM, after opensAt'),
  })
  .strict();
export type ScheduleEntry = z.infer<typeof ScheduleEntry>;

const nullable = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => v || null);

export const Eligibility = z
  .object({
    minAge: nullable(z.number().int().min(0).max(120)),
    maxAge: nullable(z.number().int().min(0).max(120)),
    segments: z.array(Segment).max(4).default([]).describe('Segments the service is meant for; empty: any'),
    requiresBenefit: nullable(z.boolean()).describe('true: only for benefit recipients; null: no rule'),
    description: LocalisedText(2000).default({}),
  })
  .strict();
export type Eligibility = z.infer<typeof Eligibility>;

export const LocationInput = z.object({
  agencyId: Id.optional().describe('Agency the place belongs to; yours when absent (administrators may name any)'),
  name: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(300),
  municipalityCode: z.string().trim().min(1).max(40),
  postalCode: optionalText(20),
  latitude: nullable(z.number().min(-90).max(90)),
  longitude: nullable(z.number().min(-180).max(180)),
  accessibility: optionalText(1000).describe('Step-free entrance, lift...'),
});
export type LocationInput = z.infer<typeof LocationInput>;
export const LocationUpdate = LocationInput.extend({ version: Version });
export type LocationUpdate = z.infer<typeof LocationUpdate>;

export const Location = z.object({
  id: Id,
  agency: z.object({ id: Id, name: z.string() }),
  name: z.string(),
  address: z.string(),
  municipalityCode: z.string(),
  postalCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  accessibility: z.string().nullable(),
  version: z.number().int(),
});
export type Location = z.infer<typeof Location>;

export const ServiceInput = z.object({
  agencyId: Id.optional().describe('Provider agency; yours when absent (administrators may name any)'),
  name: LocalisedText(200).describe('Name in at least one of en, ru, hy'),
  description: LocalisedText(4000).default({}),
  type: ServiceType,
  status: ServiceStatus.default('active'),
  email: nullable(z.email().max(254)),
  phone: optionalText(40),
  url: nullable(z.url({ protocol: /^https?$/ }).max(500)),
  applicationProcess: LocalisedText(2000).default({}),
  eligibility: Eligibility.default({ minAge: null, maxAge: null, segments: [], requiresBenefit: null, description: {} }),
  languages: z.array(z.string().trim().toLowerCase().max(3)).max(20).default([]).describe('ISO 639-1 codes of the languages it is delivered in'),
  barriers: z.array(z.string().trim().max(63)).max(40).default([]).describe('Barrier codes of the current assessment instrument it addresses'),
  schedule: z.array(ScheduleEntry).max(14).default([]).describe('Opening hours'),
  capacity: z.number().int().min(0).max(100_000).describe('Places at any one time'),
  reservedPlaces: z.number().int().min(0).max(100_000).default(0).describe('Places of the capacity kept for the single point of contact'),
  costPerParticipant: nullable(z.number().min(0).max(1e10)).describe('Cost of one participant; null when free or unknown'),
  costCurrency: z.string().regex(/^[A-Z]{3}$/).default('AMD').describe('ISO 4217'),
  locationIds: z.array(Id).max(50).default([]).describe('Places it is delivered at'),
});
export type ServiceInput = z.infer<typeof ServiceInput>;
export const ServiceUpdate = ServiceInput.extend({ version: Version });
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

export const Places = z.object({
  capacity: z.number().int(),
  reservedPlaces: z.number().int(),
  freePlaces: z.number().int().describe('capacity − active bookings'),
  freeReservedPlaces: z.number().int().describe('Reserved places still free (single point of contact only)'),
  freeGeneralPlaces: z.number().int().describe('Free places anyone may book'),
});
export type Places = z.infer<typeof Places>;

export const Service = z.object({
  id: Id,
  agency: z.object({ id: Id, name: z.string() }),
  name: LocalTextOut,
  description: LocalTextOut,
  type: ServiceType,
  status: ServiceStatus,
  email: z.string().nullable(),
  phone: z.string().nullable(),
  url: z.string().nullable(),
  applicationProcess: LocalTextOut,
  eligibility: z.object({
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    segments: z.array(Segment),
    requiresBenefit: z.boolean().nullable(),
    description: LocalTextOut,
  }),
  languages: z.array(z.string()),
  barriers: z.array(z.string()),
  schedule: z.array(ScheduleEntry),
  costPerParticipant: z.number().nullable(),
  costCurrency: z.string(),
  locations: z.array(Location),
  places: Places,
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type Service = z.infer<typeof Service>;

export const IdParams = z.object({ id: Id });
export const VersionQuery = z.object({ version: z.coerce.number().int().min(1).describe('The version you read; a stale one gets 409') });

const codeList = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]+(,[a-z0-9_]+)*$/)
  .transform((v) => v.split(','));

export const SearchQuery = z.object({
  barriers: codeList.optional().describe('Comma-separated barrier codes: services addressing any of them, most matches first'),
  type: z
    .string()
    .trim()
    .transform((v) => v.split(','))
    .pipe(z.array(ServiceType))
    .optional()
    .describe('Comma-separated service types'),
  municipality: z.string().trim().max(40).optional().describe('Delivered at a location in this municipality'),
  language: z.string().trim().regex(/^[a-z]{2}$/).optional().describe('Delivered in this language (ISO 639-1)'),
  agencyId: Id.optional().describe('Provided by this agency'),
  freeOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('Only services with a free place (reserved or not)'),
  status: z.enum(['active', 'inactive', 'all']).default('active'),
  q: z.string().trim().min(1).max(100).optional().describe('Text in the name, any language'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = Service.extend({ matchedBarriers: z.array(z.string()).describe('Of the barriers searched for, those the service addresses') });
export const SearchPage = z.object({ items: z.array(SearchHit), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
export type SearchPage = z.infer<typeof SearchPage>;

export const LocationQuery = z.object({ agencyId: Id.optional(), municipality: z.string().trim().max(40).optional() });
