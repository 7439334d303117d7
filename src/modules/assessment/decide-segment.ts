/**
 * The counsellor's judgement: the final segment. Choosing another segment than the rules
 * gave is an override and needs a reason (kept encrypted, never copied to the audit trail);
 * overrides are counted per counsellor and subgroup. The re-assessment date follows the
 * final segment.
 */
import type { Language } from '../../i18n';
import { fieldError, versionConflict } from '../../server/errors';
import { ASSESSMENT_CATEGORY, assertCaseOpen, assertLead, visibleAssessment, type AssessmentDeps, type Caller } from './context';
import { addMonths, dayOf } from './dates';
import * as repo from './repo';
import * as results from './results-repo';
import type { SegmentDecision } from './schema';
import { buildView } from './view';

export function decideSegment(deps: AssessmentDeps, { viewer, actor }: Caller, id: string, input: SegmentDecision, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleAssessment(deps, trx, viewer, id, 'update');
    assertCaseOpen(row);
    assertLead(viewer, row.lead_agency_id);
    if (row.status !== 'finalised' || !row.finalised_at) throw fieldError('status', 'assessment_not_finalised');
    if (row.version !== input.version) throw versionConflict(row.version);
    const rules = (await results.listProfiling(trx, id)).find((p) => p.kind === 'rules');
    const overrides = input.segment !== rules?.segment;
    if (overrides && !input.reason) throw fieldError('reason', 'override_reason_required');

    // The interval comes from the rule set the assessment was profiled with, so the schedule does not shift when rules change later.
    const ruleSet = rules?.rule_set_id ? await deps.definitions.get('segment_rules', rules.rule_set_id, trx) : await deps.definitions.current('segment_rules', trx);
    const dueOn = addMonths(dayOf(row.finalised_at), ruleSet.definition.reassessmentMonths[input.segment]);
    const now = deps.clock.now();
    if (!(await repo.updateAssessment(trx, id, input.version, { final_segment: input.segment, reassessment_due_on: dueOn }, now))) throw versionConflict(row.version);
    await results.upsertCounsellorChoice(trx, {
      assessment_id: id, segment: input.segment, overrides_rules: overrides,
      override_reason_encrypted: input.reason ? deps.encryptor.encrypt(input.reason) : null, decided_by: viewer.userId, decided_at: now,
    });
    const details = { assessmentId: id, segment: input.segment, rulesSegment: rules?.segment ?? null, override: overrides };
    await deps.cases.appendCaseEvent(trx, { caseId: row.case_id, type: 'assessment.segment_decided', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: ASSESSMENT_CATEGORY, details });
    // The category lets the client's access log show the event only to those who may see the assessment.
    await deps.audit.record(trx, actor, {
      action: 'assessment.segment_decide', personId: row.person_id, purpose: 'case_work', subjectType: 'assessment', subjectId: id,
      details: { ...details, categories: [ASSESSMENT_CATEGORY] },
    });
    return buildView(deps, trx, (await repo.findAssessment(trx, id))!, decision, viewer, lang);
  });
}
