/**
 * Calls of the profiling screens: model versions and reports, training and activating,
 * the fairness report, override statistics and the protected-attribute switches. Types
 * come straight from the server's zod schemas (type-only imports).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  AttributeView, FairnessReport, ModelReport, ModelSummary as ModelSummarySchema, TrainRequest,
} from '../../../modules/profiling/schema';
import type { ProtectedAttribute } from '../../../modules/profiling/features';
import type { OverrideStats } from '../../../modules/assessment/report-schema';
import { api } from '../../api/client';

export type ModelSummary = z.infer<typeof ModelSummarySchema>;
export type { AttributeView, FairnessReport, ModelReport, OverrideStats, ProtectedAttribute, TrainRequest };
/** GET /api/profiling/override-stats: `to` is exclusive; groups below `minCellSize` decisions are suppressed. */
export interface OverrideStatsQuery {
  from?: string;
  to?: string;
  agencyId?: string;
  minCellSize?: number;
}
export type GroupStats = FairnessReport['overall'];

/**
 * Reports, fairness and attribute labels arrive translated by the server, so their keys
 * carry the language: switching it fetches them again instead of showing the old words.
 */
export const profilingKeys = {
  all: ['profiling'] as const,
  models: ['profiling', 'models'] as const,
  report: (modelVersion: number, language: string) => ['profiling', 'report', modelVersion, language] as const,
  fairness: (modelVersion: number | undefined, minCellSize: number, language: string) => ['profiling', 'fairness', modelVersion ?? 'active', minCellSize, language] as const,
  overrides: (query: OverrideStatsQuery) => ['profiling', 'overrides', query] as const,
  attributes: ['profiling', 'attributes'] as const,
  attributesIn: (language: string) => ['profiling', 'attributes', language] as const,
};

function useLanguage(): string {
  return useTranslation().i18n.resolvedLanguage ?? 'en';
}

export const modelsQuery = queryOptions({
  queryKey: profilingKeys.models,
  queryFn: () => api<ModelSummary[]>({ operation: 'profiling.listModels', path: '/api/profiling/models' }),
});

export function useModels() {
  return useQuery(modelsQuery);
}

export function useModelReport(modelVersion: number | undefined) {
  const language = useLanguage();
  return useQuery({
    queryKey: profilingKeys.report(modelVersion ?? 0, language),
    queryFn: () => api<ModelReport>({ operation: 'profiling.modelReport', path: `/api/profiling/models/${modelVersion}` }),
    enabled: modelVersion !== undefined,
  });
}

export function trainModel(body: Partial<TrainRequest>) {
  return api<ModelReport>({ operation: 'profiling.train', method: 'POST', path: '/api/profiling/models', body });
}

export function activateModel(model: Pick<ModelSummary, 'modelVersion' | 'version'>) {
  return api<ModelReport>({
    operation: 'profiling.activate', method: 'POST', path: `/api/profiling/models/${model.modelVersion}/activate`, body: { version: model.version },
  });
}

export function useFairness(modelVersion: number | undefined, minCellSize: number) {
  const language = useLanguage();
  return useQuery({
    queryKey: profilingKeys.fairness(modelVersion, minCellSize, language),
    queryFn: () => api<FairnessReport>({ operation: 'profiling.fairness', path: '/api/profiling/fairness', query: { modelVersion, minCellSize } }),
    placeholderData: keepPreviousData,
  });
}

export function useOverrideStats(query: OverrideStatsQuery) {
  return useQuery({
    queryKey: profilingKeys.overrides(query),
    queryFn: () => api<OverrideStats>({ operation: 'profiling.overrideStats', path: '/api/profiling/override-stats', query: { ...query } }),
    placeholderData: keepPreviousData,
  });
}

export function useProtectedAttributes() {
  const language = useLanguage();
  return useQuery({
    queryKey: profilingKeys.attributesIn(language),
    queryFn: () => api<AttributeView[]>({ operation: 'profiling.listAttributes', path: '/api/profiling/protected-attributes' }),
  });
}

export function setProtectedAttribute(attribute: ProtectedAttribute, body: { included: boolean; reason: string; version: number }) {
  return api<AttributeView>({ operation: 'profiling.setAttribute', method: 'PUT', path: `/api/profiling/protected-attributes/${attribute}`, body });
}
