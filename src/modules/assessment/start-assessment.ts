/** Starting an assessment of a case on the current instrument version (the lead agency's case manager). */
import { AppError, fieldError } from '../../server/errors';
import type { Language } from '../../i18n';
import { canSee } from '../access/policy';
import { ASSESSMENT_CATEGORY, assertLead, isUniqueViolation, type AssessmentDeps, type Caller } from './context';
import * as facts from './facts-repo';
import * as repo from './repo';
import { buildView } from './view';

const inProgress = (assessmentId: string) => new AppError('already_exists', { extra: { reason: 'assessment_in_progress', assessmentId } });

export async function startAssessment(deps: AssessmentDeps, { viewer, actor }: Caller, caseId: string, lang: Language) {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const c = await facts.findCase(trx, caseId);
      if (!c) throw new AppError('not_found');
      const decision = await deps.access.requireRecord(viewer, c.person_id, 'case_work', trx);
      if (!decision.caseIds.includes(c.id)) throw new AppError('not_found');
      assertLead(viewer, c.lead_agency_id);
      if (!canSee(decision, ASSESSMENT_CATEGORY)) throw new AppError('forbidden');
      if (c.status === 'closed') throw fieldError('caseId', 'case_closed');
      const open = await repo.findInProgress(trx, caseId);
      if (open) throw inProgress(open.id);

      const instrument = await deps.definitions.current('instrument', trx);
      const now = deps.clock.now();
      const { id } = await repo.insertAssessment(trx, { case_id: caseId, person_id: c.person_id, instrument_id: instrument.id, started_by: viewer.userId, started_at: now });
      await repo.insertAnswerSets(trx, id, now);
      const details = { assessmentId: id, instrument: instrument.number };
      await deps.cases.appendCaseEvent(trx, { caseId, type: 'assessment.started', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: ASSESSMENT_CATEGORY, details });
      // The category lets the client's access log show the event only to those who may see the assessment.
      await deps.audit.record(trx, actor, {
        action: 'assessment.create', personId: c.person_id, purpose: 'case_work', subjectType: 'assessment', subjectId: id,
        details: { ...details, categories: [ASSESSMENT_CATEGORY] },
      });
      const row = (await repo.findAssessment(trx, id))!;
      return buildView(deps, trx, row, decision, viewer, lang);
    });
  } catch (error) {
    // Two people started one at the same moment: the second is pointed to the first.
    if (isUniqueViolation(error, 'assessment_one_in_progress')) {
      const open = await repo.findInProgress(deps.db, caseId);
      throw inProgress(open?.id ?? '');
    }
    throw error;
  }
}
