/** Reading assessments: one assessment, those of a case, and the self-assessment compared with the interview. Every read is audited with what it showed. */
import type { Language } from '../../i18n';
import { AppError } from '../../server/errors';
import { canSee } from '../access/policy';
import { openAnswers } from './answers';
import { ASSESSMENT_CATEGORY, narrowed, visibleAssessment, type AssessmentDeps, type Caller } from './context';
import { compareAnswers } from './compare';
import * as facts from './facts-repo';
import * as repo from './repo';
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
