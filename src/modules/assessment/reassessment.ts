/**
 * The re-assessment worklist: cases whose latest finalised assessment is due for
 * re-assessment soon or is overdue, by the injected clock. Names pass the access policy
 * and every person listed is audited, like a caseload.
 */
import { AppError } from '../../server/errors';
import { canSee, visibleCategories } from '../access/policy';
import { ASSESSMENT_CATEGORY, narrowed, type AssessmentDeps, type Caller } from './context';
import { addDays, daysBetween, today } from './dates';
import * as facts from './facts-repo';
import type { DueQuery } from './report-schema';
import type { Segment } from './schema-rules';

export function reassessmentsDue(deps: AssessmentDeps, { viewer, actor }: Caller, query: DueQuery) {
  if (query.assignedTo === 'agency' && !viewer.roles.includes('supervisor')) throw new AppError('forbidden');
  return deps.db.transaction().execute(async (trx) => {
    const day = today(deps.clock);
    const { rows, total } = await facts.listDue(trx, {
      leadAgencyId: viewer.agencyId,
      caseManagerId: query.assignedTo === 'me' ? viewer.userId : undefined,
      horizon: addDays(day, query.withinDays),
      limit: query.limit,
      offset: query.offset,
    });
    const decisions = await deps.access.decideMany(viewer, rows.map((r) => r.person_id), 'case_work', trx);
    const items = [];
    for (const row of rows) {
      const decision = decisions.get(row.person_id);
      if (!decision || visibleCategories(decision).length === 0 || !canSee(decision, ASSESSMENT_CATEGORY)) continue;
      const showName = canSee(decision, 'identity');
      await deps.access.recordRead(trx, actor, {
        personId: row.person_id, action: 'assessment.reassessment.list', purpose: 'case_work',
        decision: narrowed(decision, showName ? ['identity', ASSESSMENT_CATEGORY] : [ASSESSMENT_CATEGORY]), subjectType: 'assessment', subjectId: row.id,
      });
      const daysUntilDue = daysBetween(day, row.reassessment_due_on!);
      items.push({
        caseId: row.case_id, assessmentId: row.id, caseManagerId: row.case_manager_id,
        person: {
          id: row.person_id, onedoorId: row.onedoor_id,
          name: showName ? { given: row.given_name, family: row.family_name, givenLatin: row.given_name_latin, familyLatin: row.family_name_latin } : null,
        },
        segment: row.final_segment as Segment | null, finalisedAt: row.finalised_at!.toISOString(), dueOn: row.reassessment_due_on!,
        status: daysUntilDue < 0 ? ('overdue' as const) : ('due' as const), daysUntilDue, inProgressAssessmentId: row.in_progress_id,
      });
    }
    return { items, total, limit: query.limit, offset: query.offset };
  });
}
