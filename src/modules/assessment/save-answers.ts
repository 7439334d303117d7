/**
 * Autosave: a part's changed answers with the version the user read. Answers are checked
 * against their questions (a wrong one is a 400 naming answers.<questionId>), but missing
 * ones are fine: an incomplete assessment is saved and resumed later. A stale version is 409.
 */
import type { Language } from '../../i18n';
import { AppError, versionConflict, type FieldError } from '../../server/errors';
import { canSee } from '../access/policy';
import { answerProblem, inPart, normalise, questionIndex, sealAnswer, type Part } from './answers';
import { assertCaseOpen, assertInProgress, visibleAssessment, type AssessmentDeps, type Caller } from './context';
import * as repo from './repo';
import type { AnswersSave } from './schema';
import { buildView, mayEdit, shownCategories } from './view';

export function saveAnswers(deps: AssessmentDeps, { viewer, actor }: Caller, id: string, part: Part, input: AnswersSave, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleAssessment(deps, trx, viewer, id, 'share');
    assertCaseOpen(row);
    assertInProgress(row);
    if (!mayEdit(row, viewer, part)) throw new AppError('forbidden');
    const def = (await deps.definitions.get('instrument', row.instrument_id, trx)).definition;
    const index = questionIndex(def);

    const fields: FieldError[] = [];
    const changes: [string, unknown][] = [];
    const categories = new Set<string>();
    for (const [questionId, raw] of Object.entries(input.answers)) {
      const field = `answers.${questionId}`;
      const ref = index.get(questionId);
      if (!ref) {
        fields.push({ field, code: 'unknown_question' });
        continue;
      }
      // A section in a category the viewer may not see cannot be written either.
      if (!canSee(decision, ref.section.category)) throw new AppError('forbidden');
      if (!inPart(ref, part)) {
        fields.push({ field, code: 'question_not_in_part' });
        continue;
      }
      const value = raw === null ? null : normalise(ref.question, raw);
      const problem = value === null ? null : answerProblem(ref.question, value);
      if (problem) fields.push({ field, ...problem });
      else changes.push([questionId, value === null ? null : sealAnswer(ref.question, value, deps.encryptor)]);
      categories.add(ref.section.category);
    }
    if (fields.length) throw new AppError('validation_failed', { fields });

    const set = await repo.findAnswerSet(trx, id, part);
    if (set.version !== input.version) throw versionConflict(set.version);
    // Merge: answers the viewer did not send (hidden sections included) stay as they were.
    const answers: Record<string, unknown> = { ...set.answers };
    for (const [questionId, value] of changes) {
      if (value === null) delete answers[questionId];
      else answers[questionId] = value;
    }
    if (!(await repo.updateAnswerSet(trx, set.id, input.version, answers, viewer.userId, deps.clock.now()))) throw versionConflict(set.version);
    await deps.audit.record(trx, actor, {
      action: 'assessment.answers.save', personId: row.person_id, purpose: 'case_work', subjectType: 'assessment', subjectId: id,
      details: { part, answers: changes.length, changed: [...categories].sort(), categories: shownCategories(def, decision) },
    });
    return buildView(deps, trx, row, decision, viewer, lang);
  });
}
