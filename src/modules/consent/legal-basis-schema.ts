/** Legal bases other than consent (e.g. a child-protection duty): request and response shapes. */
import { z } from 'zod';
import { DataCategory } from '../access/data-categories';

const Id = z.uuid();

export const LegalBasisKind = z.enum(['legal_obligation', 'public_task', 'vital_interest', 'court_order']).describe('GDPR-style basis');

export const LegalBasisCreate = z.object({
  agencyId: Id.describe('Agency the basis applies to'),
  dataCategories: z.array(DataCategory).min(1).max(DataCategory.options.length).transform((v) => [...new Set(v)]),
  basis: LegalBasisKind,
  reference: z.string().trim().min(1).max(300).describe('Law, article or decision number that grants it'),
  validFrom: z.iso.datetime({ offset: true }).optional().describe('Default: now'),
  validUntil: z.iso.datetime({ offset: true }).optional(),
});
export type LegalBasisCreate = z.infer<typeof LegalBasisCreate>;

export const LegalBasisRevoke = z.object({ version: z.number().int().min(1) });
export const LegalBasisIdParams = z.object({ id: Id });

export const LegalBasis = z.object({
  id: Id,
  personId: Id,
  agency: z.object({ id: Id, name: z.string() }),
  dataCategories: z.array(DataCategory),
  basis: LegalBasisKind,
  reference: z.string(),
  status: z.enum(['active', 'revoked', 'expired', 'not_yet_valid']),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime().nullable(),
  recordedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
  revokedAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;
