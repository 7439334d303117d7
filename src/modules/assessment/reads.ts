/** Reading assessments: one assessment, those of a case, and the self-assessment compared with the interview. Every read is audited with what it showed. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { ALL_CATEGORIES, type DataCategory } from '../access/data-categories';
import { AppError } from '../../server/errors';
import { canSee } from '../access/policy';
import { openAnswers } from './answers';
import { ASSESSMENT_CATEGORY, narrowed, visibleAssessment, type AssessmentDeps, type Caller } from './context';
import { compareAnswers } from './compare';
import * as facts from './facts-repo';
import * as repo from './repo';
import * as results from './results-repo';
import type { Severity } from './schema-instrument';
import type { Segment } from './schema-rules';
import { buildView, shownCategories, toSummary, visibleSections } from './view';

export function getAssessment(deps: AssessmentDeps, { viewer, actor }: Caller, id: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleAssessment(deps, trx, viewer, id);
    const def = (await deps.definitions.get('instrument', row.instrument_id, trx)).definition;
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'assessment.read', purpose: 'case_work', decision: narrowed(decision, shownCategories(def, decision)),
      subjectType: 'assessment', subjectId: id,
    });
    return buildView(deps, trx, row, decision, viewer, lang);
  });
}

export function assessmentsOfCase(deps: AssessmentDeps, { viewer, actor }: Caller, caseId: string) {
  return deps.db.transaction().execute(async (trx) => {
    const c = await facts.findCase(trx, caseId);
    if (!c) throw new AppError('not_found');
    const decision = await deps.access.requireRecord(viewer, c.person_id, 'case_work', trx);
    if (!decision.caseIds.includes(c.id)) throw new AppError('not_found');
    if (!canSee(decision, ASSESSMENT_CATEGORY)) throw new AppError('forbidden');
    const rows = await repo.listAssessmentsOfCase(trx, caseId);
    await deps.access.recordRead(trx, actor, {
      personId: c.person_id, action: 'assessment.list', purpose: 'case_work', decision: narrowed(decision, [ASSESSMENT_CATEGORY]),
      subjectType: 'client_case', subjectId: caseId, extra: { assessments: rows.length },
    });
    return rows.map(toSummary);
  });
}

export function compareSelfAssessment(deps: AssessmentDeps, { viewer, actor }: Caller, id: string, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleAssessment(deps, trx, viewer, id);
    const def = (await deps.definitions.get('instrument', row.instrument_id, trx)).definition;
    const sections = visibleSections(def, decision);
    const sets = await repo.listAnswerSets(trx, id);
    const answersOf = (part: string) => openAnswers(def, sets.find((s) => s.part === part)?.answers ?? {}, deps.encryptor);
    await deps.access.recordRead(trx, actor, {
      personId: row.person_id, action: 'assessment.comparison.read', purpose: 'case_work', decision: narrowed(decision, shownCategories(def, decision)),
      subjectType: 'assessment', subjectId: id,
    });
    return compareAnswers(sections, answersOf('self'), answersOf('interview'), lang);
  });
}

/**
 * For other modules (the action plan): the case's latest finalised assessment — its final
 * segment and barriers, each with its data category and labels — inside their transaction.
 * No access check: callers show only the barriers whose category the viewer may see.
 */
export async function latestResult(deps: AssessmentDeps, trx: Kysely<DB>, caseId: string) {
  const latest = (await repo.listAssessmentsOfCase(trx, caseId)).find((a) => a.status === 'finalised');
  if (!latest) return null;
  const def = (await deps.definitions.get('instrument', latest.instrument_id, trx)).definition;
  const barriers = await results.listBarriers(trx, latest.id, [...ALL_CATEGORIES]);
  return {
    assessmentId: latest.id,
    finalisedAt: latest.finalised_at!,
    segment: latest.final_segment as Segment,
    barriers: barriers.map((b) => ({
      code: b.barrier, severity: b.severity as Severity, category: b.data_category as DataCategory,
      label: def.barriers.find((d) => d.code === b.barrier)?.label ?? { en: b.barrier, ru: b.barrier, hy: b.barrier },
    })),
  };
}
