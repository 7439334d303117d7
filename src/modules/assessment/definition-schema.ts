/** Request and response shapes of the instrument and segmentation-rule versions (administration API). */
import { z } from 'zod';
import { InstrumentDefinition } from './schema-instrument';
import { RuleSetDefinition } from './schema-rules';

const Id = z.uuid();
const Version = z.number().int().min(1).describe('The version you read; a stale one gets 409');

export const DefinitionIdParams = z.object({ id: Id });

export const DefinitionStatus = z.enum(['draft', 'published', 'retired']).describe('draft (editable), published (current), retired (kept for old assessments)');

export const DefinitionSummary = z.object({
  id: Id,
  number: z.number().int().describe('Version number: 1, 2, 3...'),
  status: DefinitionStatus,
  createdAt: z.iso.datetime(),
  createdBy: Id.nullable().describe('null for versions shipped with OneDoor'),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: Id.nullable(),
  version: z.number().int().describe('Optimistic concurrency counter of this row'),
});
export type DefinitionSummary = z.infer<typeof DefinitionSummary>;

export const InstrumentVersion = DefinitionSummary.extend({ definition: InstrumentDefinition });
export const RuleSetVersion = DefinitionSummary.extend({ definition: RuleSetDefinition });

export const InstrumentCreate = z.object({ definition: InstrumentDefinition });
export const InstrumentUpdate = z.object({ definition: InstrumentDefinition, version: Version });
export const RuleSetCreate = z.object({ definition: RuleSetDefinition });
export const RuleSetUpdate = z.object({ definition: RuleSetDefinition, version: Version });
export const DefinitionPublish = z.object({ version: Version });
export type DefinitionPublish = z.infer<typeof DefinitionPublish>;
