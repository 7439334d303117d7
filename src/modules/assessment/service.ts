/**
 * Holistic needs assessment and profiling. The use cases live in their own files; this
 * factory binds them to their dependencies.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { Clock } from '../../server/clock';
import type { Encryptor } from '../../server/crypto';
import type { AccessService } from '../access/service';
import type { AuditService } from '../audit/service';
import type { CaseService } from '../cases/service';
import type { ProfilingService } from '../profiling/service';
import type { Part } from './answers';
import type { AssessmentDeps, Caller } from './context';
import { decideSegment } from './decide-segment';
import { createDefinitionService } from './definitions';
import { finaliseAssessment } from './finalise';
import { overrideStats } from './override-stats';
import { assessmentsOfCase, compareSelfAssessment, getAssessment, latestResult } from './reads';
import { reassessmentsDue } from './reassessment';
import type { DueQuery, OverrideStatsQuery } from './report-schema';
import type { AnswersSave, Finalise, SegmentDecision } from './schema';
import { saveAnswers } from './save-answers';
import { startAssessment } from './start-assessment';

export type AssessmentService = ReturnType<typeof createAssessmentService>;

export function createAssessmentService(base: { db: Kysely<DB>; clock: Clock; audit: AuditService; access: AccessService; cases: CaseService; encryptor: Encryptor; profiling: ProfilingService }) {
  const definitions = createDefinitionService(base);
  const deps: AssessmentDeps = { ...base, definitions };
  return {
    definitions,
    start: (caller: Caller, caseId: string, lang: Language) => startAssessment(deps, caller, caseId, lang),
    ofCase: (caller: Caller, caseId: string) => assessmentsOfCase(deps, caller, caseId),
    get: (caller: Caller, id: string, lang: Language) => getAssessment(deps, caller, id, lang),
    saveAnswers: (caller: Caller, id: string, part: Part, input: AnswersSave, lang: Language) => saveAnswers(deps, caller, id, part, input, lang),
    compare: (caller: Caller, id: string, lang: Language) => compareSelfAssessment(deps, caller, id, lang),
    finalise: (caller: Caller, id: string, input: Finalise, lang: Language) => finaliseAssessment(deps, caller, id, input, lang),
    decideSegment: (caller: Caller, id: string, input: SegmentDecision, lang: Language) => decideSegment(deps, caller, id, input, lang),
    /** For the case manager's worklist: re-assessments due soon or overdue. */
    reassessmentsDue: (caller: Caller, query: DueQuery) => reassessmentsDue(deps, caller, query),
    /** For the action plan: the case's latest finalised assessment (segment, barriers with categories); no access check. */
    latestResult: (trx: Kysely<DB>, caseId: string) => latestResult(deps, trx, caseId),
    /** Overrides of the rules-based segment per counsellor and subgroup. */
    overrideStats: (caller: Caller, query: OverrideStatsQuery) => overrideStats(deps, caller, query),
  };
}
