/**
 * Calls of the instrument administration screens: versions of the assessment instrument
 * and of the segmentation rules, drafts, their changes and publishing. Both kinds share
 * one API shape, so one set of functions serves them, keyed by kind.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  DefinitionSummary, InstrumentVersion as InstrumentVersionSchema, RuleSetVersion as RuleSetVersionSchema,
} from '../../../modules/assessment/definition-schema';
import type { InstrumentDefinition, Question, Section } from '../../../modules/assessment/schema-instrument';
import type { Condition, RuleSetDefinition, Segment } from '../../../modules/assessment/schema-rules';
import { api } from '../../api/client';

export type InstrumentVersion = z.infer<typeof InstrumentVersionSchema>;
export type RuleSetVersion = z.infer<typeof RuleSetVersionSchema>;
export type { Condition, DefinitionSummary, InstrumentDefinition, Question, RuleSetDefinition, Section, Segment };

export type DefinitionKind = 'instrument' | 'rules';
export type VersionOf<K extends DefinitionKind> = K extends 'instrument' ? InstrumentVersion : RuleSetVersion;

const base: Record<DefinitionKind, string> = { instrument: '/api/assessment-instruments', rules: '/api/segment-rules' };

export const definitionKeys = {
  all: (kind: DefinitionKind) => ['definitions', kind] as const,
  list: (kind: DefinitionKind) => ['definitions', kind, 'list'] as const,
  one: (kind: DefinitionKind, id: string) => ['definitions', kind, 'one', id] as const,
  current: (kind: DefinitionKind) => ['definitions', kind, 'current'] as const,
};

export function useDefinitionVersions(kind: DefinitionKind) {
  return useQuery({
    queryKey: definitionKeys.list(kind),
    queryFn: () => api<DefinitionSummary[]>({ operation: `definitions.list.${kind}`, path: base[kind] }),
  });
}

export const definitionQuery = <K extends DefinitionKind>(kind: K, id: string) =>
  queryOptions({
    queryKey: definitionKeys.one(kind, id),
    queryFn: () => api<VersionOf<K>>({ operation: `definitions.get.${kind}`, path: `${base[kind]}/${id}` }),
  });

export function useDefinition<K extends DefinitionKind>(kind: K, id: string | undefined) {
  return useQuery({ ...definitionQuery(kind, id ?? ''), enabled: id !== undefined });
}

/** The current instrument, for the barrier names the rules refer to. */
export function useCurrentInstrument() {
  return useQuery({
    queryKey: definitionKeys.current('instrument'),
    queryFn: () => api<InstrumentVersion>({ operation: 'definitions.current.instrument', path: `${base.instrument}/current` }),
    staleTime: 60_000,
  });
}

export function createDraft<K extends DefinitionKind>(kind: K, definition: VersionOf<K>['definition']) {
  return api<VersionOf<K>>({ operation: `definitions.create.${kind}`, method: 'POST', path: base[kind], body: { definition } });
}

export function updateDraft<K extends DefinitionKind>(kind: K, id: string, definition: unknown, version: number) {
  return api<VersionOf<K>>({ operation: `definitions.update.${kind}`, method: 'PUT', path: `${base[kind]}/${id}`, body: { definition, version } });
}

export function publishDraft<K extends DefinitionKind>(kind: K, id: string, version: number) {
  return api<VersionOf<K>>({ operation: `definitions.publish.${kind}`, method: 'POST', path: `${base[kind]}/${id}/publish`, body: { version } });
}
