/**
 * Finalising: every required question the finaliser can see must be answered (one
 * translated error per missing answer, at answers.<questionId>); then scores, barriers and
 * the rules-based segment are computed and stored, and the re-assessment is scheduled.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types';
import type { Language } from '../../i18n';
import { AppError, versionConflict, type FieldError } from '../../server/errors';
import type { AccessDecision } from '../access/policy';
import { isAnswered, openAnswers, type Answers } from './answers';
import { ASSESSMENT_CATEGORY, assertCaseOpen, assertInProgress, assertLead, visibleAssessment, type AssessmentDeps, type Caller } from './context';
import { addMonths, ageOn, dayOf, wholeMonthsBetween } from './dates';
import * as facts from './facts-repo';
import * as repo from './repo';
import * as results from './results-repo';
import type { InstrumentDefinition } from './schema-instrument';
import type { Finalise } from './schema';
import { barriersFrom, sectionScores, type FoundBarrier } from './scoring';
import { evaluateRules } from './segment-rules';
import { buildView, shownCategories, visibleSections } from './view';

/**
 * Required questions of the interview sections the finaliser may see. A section they may
 * not see (no consent for health, say) cannot be demanded of them, nor named in an error.
 */
export function missingAnswers(def: InstrumentDefinition, decision: AccessDecision, answers: Answers, lang: Language): FieldError[] {
  return visibleSections(def, decision)
    .filter((s) => !s.specialist)
    .flatMap((s) => s.questions)
    .filter((q) => q.required && !isAnswered(answers[q.id]))
    .map((q) => ({ field: `answers.${q.id}`, code: 'answer_required', params: { question: q.text[lang] } }));
}

async function rulesFacts(trx: Kysely<DB>, personId: string, day: string, barriers: FoundBarrier[]) {
  const inputs = await facts.profilingInputs(trx, personId, day);
  return {
    age: ageOn(inputs.birthDate, day),
    unemploymentMonths: inputs.unemployedSince ? wholeMonthsBetween(inputs.unemployedSince, day) : 0,
    receivesBenefit: inputs.receivesBenefit,
    barriers,
  };
}

export function finaliseAssessment(deps: AssessmentDeps, { viewer, actor }: Caller, id: string, input: Finalise, lang: Language) {
  return deps.db.transaction().execute(async (trx) => {
    const { row, decision } = await visibleAssessment(deps, trx, viewer, id, 'update');
    assertCaseOpen(row);
    assertLead(viewer, row.lead_agency_id);
    assertInProgress(row);
    if (row.version !== input.version) throw versionConflict(row.version);
    const def = (await deps.definitions.get('instrument', row.instrument_id, trx)).definition;
    const sets = await repo.listAnswerSets(trx, id);
    // Scores and barriers come from what staff recorded (interview and specialist); the client's own view is compared, not scored.
    const staffAnswers = Object.assign({}, ...sets.filter((s) => s.part !== 'self').map((s) => openAnswers(def, s.answers, deps.encryptor))) as Answers;
    const missing = missingAnswers(def, decision, staffAnswers, lang);
    if (missing.length) throw new AppError('validation_failed', { fields: missing });

    const now = deps.clock.now();
    const day = dayOf(now);
    const barriers = barriersFrom(def, staffAnswers);
    const ruleSet = await deps.definitions.current('segment_rules', trx);
    const outcome = evaluateRules(ruleSet.definition, await rulesFacts(trx, row.person_id, day, barriers));
    const dueOn = addMonths(day, ruleSet.definition.reassessmentMonths[outcome.segment]);
    const changed = await repo.updateAssessment(trx, id, input.version, {
      status: 'finalised', finalised_by: viewer.userId, finalised_at: now, scores: JSON.stringify(sectionScores(def, staffAnswers)),
      final_segment: outcome.segment, reassessment_due_on: dueOn,
    }, now);
    if (!changed) throw versionConflict(row.version);
    await results.insertBarriers(trx, id, barriers, now);
    await results.insertProfiling(trx, { assessment_id: id, kind: 'rules', segment: outcome.segment, rule_set_id: ruleSet.id, reasons: [outcome.reason], decided_at: now });
    // The risk as the active model saw it on the day: kept with the assessment, so the
    // counsellor's decision can later be read against what they were shown.
    const risk = await deps.profiling.scoreActive(trx, row.person_id, day);
    if (risk) {
      await results.insertProfiling(trx, {
        assessment_id: id, kind: 'statistical', segment: null, score: Number(risk.probability.toFixed(5)), model_version: String(risk.model.number), reasons: [risk], decided_at: now,
      });
    }

    const details = { assessmentId: id, segment: outcome.segment, reassessmentDueOn: dueOn };
    await deps.cases.appendCaseEvent(trx, { caseId: row.case_id, type: 'assessment.finalised', agencyId: viewer.agencyId, actorUserId: viewer.userId, dataCategory: ASSESSMENT_CATEGORY, details });
    await deps.audit.record(trx, actor, {
      action: 'assessment.finalise', personId: row.person_id, purpose: 'case_work', subjectType: 'assessment', subjectId: id,
      details: { segment: outcome.segment, rule: outcome.reason.ruleId, risk: risk?.model.number ?? null, barriers: barriers.length, categories: shownCategories(def, decision) },
    });
    return buildView(deps, trx, (await repo.findAssessment(trx, id))!, decision, viewer, lang);
  });
}
