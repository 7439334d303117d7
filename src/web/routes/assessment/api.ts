/**
 * Calls of the assessment screens: a case's assessments, one assessment, its instrument
 * version, autosaving a part, the comparison with the self-assessment, finalising, the
 * counsellor's segment and the re-assessment worklist. Shapes come from the server's zod
 * schemas (type-only imports).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { InstrumentVersion as InstrumentVersionSchema } from '../../../modules/assessment/definition-schema';
import type { DueList as DueListSchema, DueQuery } from '../../../modules/assessment/report-schema';
import type { Question, Section, Severity } from '../../../modules/assessment/schema-instrument';
import type { Segment } from '../../../modules/assessment/schema-rules';
import type {
  AnswerValue as AnswerValueSchema, AssessmentSummary, AssessmentView, ComparisonView as ComparisonViewSchema, Part as PartSchema,
} from '../../../modules/assessment/schema';
import type { RiskView } from '../../../modules/profiling/schema';
import { api } from '../../api/client';

export type { AssessmentSummary, AssessmentView, Question, RiskView, Section, Segment, Severity };
export type Part = z.infer<typeof PartSchema>;
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = Record<string, AnswerValue>;
export type PartView = AssessmentView['parts']['interview'];
export type ComparisonView = z.infer<typeof ComparisonViewSchema>;
export type ComparisonItem = ComparisonView['items'][number];
export type InstrumentVersion = z.infer<typeof InstrumentVersionSchema>;
export type DueList = z.infer<typeof DueListSchema>;
export type DueItem = DueList['items'][number];
export type DueFilter = Pick<DueQuery, 'assignedTo' | 'withinDays' | 'limit' | 'offset'>;

// Spelled out so the bundle carries no server code; `satisfies` flags a value the server does not know.
export const segments = ['self_service', 'standard', 'intensive', 'specialist'] as const satisfies readonly Segment[];

export const assessmentKeys = {
  all: ['assessment'] as const,
  ofCase: (caseId: string) => ['assessment', 'case', caseId] as const,
  // Views carry server texts (barriers, reasons, risk labels) in the UI language: a switch fetches them anew.
  one: (id: string, language: string) => ['assessment', 'one', id, language] as const,
  comparison: (id: string, language: string) => ['assessment', 'comparison', id, language] as const,
  due: (filter: DueFilter) => ['assessment', 'due', filter] as const,
};

export function useCaseAssessments(caseId: string) {
  return useQuery({
    queryKey: assessmentKeys.ofCase(caseId),
    queryFn: () => api<AssessmentSummary[]>({ operation: 'assessment.ofCase', path: `/api/cases/${caseId}/assessments` }),
    retry: false,
  });
}

export const assessmentQuery = (id: string, language: string) =>
  queryOptions({
    queryKey: assessmentKeys.one(id, language),
    queryFn: () => api<AssessmentView>({ operation: 'assessment.get', path: `/api/assessments/${id}` }),
    // Autosave keeps its own copy of what the server has; a refetch on focus would only audit another read.
    refetchOnWindowFocus: false,
    // After a language switch the same assessment stays on screen (and its form mounted) until it arrives in the new language.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === id ? previous : undefined),
  });

/** The UI language, which the server answers in (the client sends it as Accept-Language). */
export function useLanguage(): string {
  return useTranslation().i18n.resolvedLanguage ?? 'en';
}

export function useAssessment(id: string) {
  return useQuery(assessmentQuery(id, useLanguage()));
}

/** An instrument version never changes once published: read it once. */
export function useInstrument(id: string | undefined) {
  return useQuery({
    queryKey: ['assessment', 'instrument', id],
    queryFn: () => api<InstrumentVersion>({ operation: 'assessment.instrument', path: `/api/assessment-instruments/${id}` }),
    enabled: Boolean(id),
    staleTime: Infinity,
  });
}

export function useComparison(id: string, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.comparison(id, useLanguage()),
    queryFn: () => api<ComparisonView>({ operation: 'assessment.comparison', path: `/api/assessments/${id}/comparison` }),
    enabled,
    refetchOnWindowFocus: false,
  });
}

export function useReassessmentsDue(filter: DueFilter) {
  return useQuery({
    queryKey: assessmentKeys.due(filter),
    queryFn: () => api<DueList>({ operation: 'assessment.reassessmentsDue', path: '/api/assessments/reassessments-due', query: filter }),
    placeholderData: keepPreviousData,
  });
}

export function startAssessment(caseId: string) {
  return api<AssessmentView>({ operation: 'assessment.start', method: 'POST', path: `/api/cases/${caseId}/assessments` });
}

export function saveAnswers(id: string, part: Part, body: { answers: Record<string, AnswerValue | null>; version: number }) {
  return api<AssessmentView>({ operation: 'assessment.saveAnswers', method: 'PUT', path: `/api/assessments/${id}/answers/${part}`, body });
}

export function finaliseAssessment(id: string, version: number) {
  return api<AssessmentView>({ operation: 'assessment.finalise', method: 'POST', path: `/api/assessments/${id}/finalise`, body: { version } });
}

export function decideSegment(id: string, body: { segment: Segment; reason: string | null; version: number }) {
  return api<AssessmentView>({ operation: 'assessment.decideSegment', method: 'PUT', path: `/api/assessments/${id}/segment`, body });
}
