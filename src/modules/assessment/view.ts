/**
 * An assessment as one viewer may see it: only sections whose data category the policy
 * allows them, barriers and reasons only where every category behind them is allowed.
 * Hidden sections are not shown, not counted and not hinted at.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import type { DataCategory } from '../access/data-categories';
import { canSee, type AccessDecision, type Viewer } from '../access/policy';
import { inPart, isAnswered, openAnswers, questionIndex, type Part } from './answers';
import { ASSESSMENT_CATEGORY, type AssessmentDeps } from './context';
import * as repo from './repo';
import * as results from './results-repo';
import type { InstrumentDefinition } from './schema-instrument';
import type { AssessmentSummary, AssessmentView } from './schema';
import type { Segment } from './schema-rules';
import type { RuleReason } from './segment-rules';
import type { RiskScore } from '../profiling/scoring';

export const toSummary = (row: repo.AssessmentRow): AssessmentSummary => ({
  id: row.id,
  caseId: row.case_id,
  personId: row.person_id,
  status: row.status as AssessmentSummary['status'],
  instrument: { id: row.instrument_id, number: row.instrument_number },
  startedAt: row.started_at.toISOString(),
  finalisedAt: row.finalised_at?.toISOString() ?? null,
  finalSegment: (row.final_segment as Segment | null) ?? null,
  reassessmentDueOn: row.reassessment_due_on,
  version: row.version,
});

/** The sections a decision lets the viewer see, in instrument order. */
export const visibleSections = (def: InstrumentDefinition, decision: AccessDecision) => def.sections.filter((s) => canSee(decision, s.category));

/** Categories a view of this assessment shows the viewer: what the audit event records. */
export const shownCategories = (def: InstrumentDefinition, decision: AccessDecision): DataCategory[] =>
  [...new Set([ASSESSMENT_CATEGORY, ...visibleSections(def, decision).map((s) => s.category)])].sort();

/** Whether the viewer may save answers in a part now: interview and self-assessment are the lead agency's, the specialist section a specialist's. */
export function mayEdit(row: repo.AssessmentRow, viewer: Viewer, part: Part) {
  if (row.status !== 'in_progress' || row.case_status === 'closed') return false;
  return part === 'specialist' ? viewer.roles.includes('specialist') : viewer.agencyId === row.lead_agency_id;
}

export async function buildView(deps: AssessmentDeps, trx: Kysely<DB>, row: repo.AssessmentRow, decision: AccessDecision, viewer: Viewer, lang: Language): Promise<AssessmentView> {
  const def = (await deps.definitions.get('instrument', row.instrument_id, trx)).definition;
  const sections = visibleSections(def, decision);
  const visible = new Set(sections.flatMap((s) => s.questions.map((q) => q.id)));
  const [sets, barriers, profiling] = await Promise.all([
    repo.listAnswerSets(trx, row.id),
    results.listBarriers(trx, row.id, [...new Set(sections.map((s) => s.category))]),
    results.listProfiling(trx, row.id),
  ]);
  const counsellor = profiling.find((p) => p.kind === 'counsellor');
  const names = await repo.staffNames(trx, [row.started_by, row.finalised_by, counsellor?.decided_by ?? null, ...sets.map((s) => s.updated_by)]);
  const staff = (id: string | null) => (id ? { id, displayName: names.get(id) ?? '' } : null);
  const index = questionIndex(def);

  const partView = (part: Part) => {
    const set = sets.find((s) => s.part === part)!;
    const all = openAnswers(def, set.answers, deps.encryptor);
    const answers = Object.fromEntries(Object.entries(all).filter(([id]) => visible.has(id) && inPart(index.get(id)!, part)));
    return {
      answers, editable: mayEdit(row, viewer, part), channel: set.channel as 'staff_assisted' | 'portal',
      version: set.version, updatedAt: set.updated_at.toISOString(), updatedBy: staff(set.updated_by),
    };
  };
  const interview = partView('interview');
  const required = sections.filter((s) => !s.specialist).flatMap((s) => s.questions.filter((q) => q.required));
  const barrierLabel = (code: string) => def.barriers.find((b) => b.code === code)?.label[lang] ?? code;

  return {
    ...toSummary(row),
    startedBy: staff(row.started_by)!,
    finalisedBy: staff(row.finalised_by),
    sections: sections.map((s) => ({ id: s.id, category: s.category, specialist: s.specialist })),
    parts: { interview, self: partView('self'), specialist: sections.some((s) => s.specialist) ? partView('specialist') : null },
    progress: { required: required.length, answered: required.filter((q) => isAnswered(interview.answers[q.id])).length },
    scores: row.scores ? sections.map((s) => ({ sectionId: s.id, ...(row.scores![s.id] ?? { score: 0, max: 0 }) })) : null,
    barriers: barriers.map((b) => ({
      code: b.barrier, label: barrierLabel(b.barrier), severity: b.severity as 'low' | 'medium' | 'high', sectionId: b.section_id,
      category: b.data_category as DataCategory, questionIds: b.question_ids,
    })),
    profiling: {
      rules: await rulesView(deps, trx, profiling.find((p) => p.kind === 'rules'), decision, lang),
      statistical: statisticalView(deps, profiling.find((p) => p.kind === 'statistical'), decision, lang),
      counsellor: counsellor
        ? {
            segment: counsellor.segment as Segment, overridesRules: counsellor.overrides_rules ?? false,
            reason: counsellor.override_reason_encrypted ? deps.encryptor.decrypt(counsellor.override_reason_encrypted) : null,
            decidedBy: staff(counsellor.decided_by)!, decidedAt: counsellor.decided_at.toISOString(),
          }
        : null,
    },
  };
}

/** The stored risk, only to a viewer who may see every data category the model read (as the live risk endpoint). */
function statisticalView(deps: AssessmentDeps, row: results.ProfilingRow | undefined, decision: AccessDecision, lang: Language) {
  const score = row?.reasons[0] as RiskScore | undefined;
  if (!score || !score.contributions.every((c) => canSee(decision, c.category))) return null;
  return deps.profiling.riskView(score, lang);
}

async function rulesView(deps: AssessmentDeps, trx: Kysely<DB>, row: results.ProfilingRow | undefined, decision: AccessDecision, lang: Language) {
  if (!row || !row.segment || !row.rule_set_id) return null;
  const ruleSet = await deps.definitions.get('segment_rules', row.rule_set_id, trx);
  const reason = row.reasons[0] as RuleReason;
  const shown = reason.conditions.filter((c) => c.categories.every((category) => canSee(decision, category)));
  // A rule's wording may name what its conditions test: it is shown only with all of them.
  const complete = shown.length === reason.conditions.length;
  return {
    segment: row.segment as Segment,
    ruleSet: { id: ruleSet.id, number: ruleSet.number },
    ruleId: complete ? reason.ruleId : null,
    reason: complete ? reason.label[lang] : null,
    conditions: shown
      .map((c) => ({
        fact: c.fact,
        op: 'op' in c ? c.op : null,
        value: 'value' in c ? c.value : null,
        minSeverity: 'minSeverity' in c ? c.minSeverity : null,
        barrier: 'barrier' in c ? c.barrier : null,
        actual: c.actual,
      })),
    decidedAt: row.decided_at.toISOString(),
  };
}
