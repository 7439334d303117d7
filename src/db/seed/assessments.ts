/**
 * Needs assessments in the seeded cases, conducted as they are in an office: a few days to
 * weeks after the case opens, the case manager starts one, often with the client's
 * self-assessment first, answers the interview over one to three meetings (autosaving as
 * they go), waits for a partner's specialist section where the client consented to one,
 * finalises, and then decides the segment, mostly agreeing with the rules and sometimes
 * not. Re-assessments follow when they fall due (intensive every six months, others every
 * twelve, from the rules), some early, many late, some not yet done, so the worklist has
 * overdue and soon-due clients; assessments begun in the last days are still in progress.
 * Work stops when the case is suspended or closed. Sensitive sections are answered only
 * while the access policy lets the person answering see them (see case-history.ts).
 */
import type { Insertable } from 'kysely';
import type { Answers, AnswerValue } from '../../modules/assessment/answers';
import { ageOn, dayOf, wholeMonthsBetween } from '../../modules/assessment/dates';
import type { Question } from '../../modules/assessment/schema-instrument';
import type { Encryptor } from '../../server/crypto';
import type { BenefitReceiptTable } from '../types';
import { ageTraits, drawTraits, interviewAnswers, selfAnswers, specialistAnswers, type ClientSituation, type Traits } from './assessment-answers';
import { counsellorStyle, judge } from './assessment-judgement';
import { AssessmentWriter, emptyAssessments, type AssessmentRows, type Definitions } from './assessment-writer';
import { caseHistories, viewerOf, type CaseHistory, type StaffRow } from './case-history';
import type { Casework } from './cases';
import { addDays, addYears, daysBetween } from './dates';
import { YEREVAN } from './municipalities';
import type { OrganisationRows } from './organisations';
import type { PersonDraft } from './person';
import type { Rng } from './random';
import type { Spell } from './spells';

export interface AssessmentInput {
  casework: Casework;
  persons: readonly PersonDraft[];
  spells: readonly Spell[];
  benefits: readonly Insertable<BenefitReceiptTable>[];
  orgs: OrganisationRows;
  staff: readonly StaffRow[];
  encryptor: Encryptor;
  today: string;
  definitions: Definitions;
}

const MINUTE = 60_000;
// Office hours in Yerevan (UTC+4) are 09:00–17:00, i.e. 05:00–13:00 UTC (as case-writer.ts).
const OPENS_UTC = 5 * 60;

/** Moments of one case's assessments, in office hours and always moving forward. */
class Moments {
  private last: Date;
  constructor(private readonly rng: Rng, after: Date) {
    this.last = after;
  }

  on(day: string): Date {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) + (OPENS_UTC + this.rng.int(0, 420)) * MINUTE);
    return this.move(candidate > this.last ? candidate : new Date(this.last.getTime() + this.rng.int(2, 25) * MINUTE));
  }

  soon(min: number, max: number): Date {
    return this.move(new Date(this.last.getTime() + this.rng.int(min, max) * MINUTE));
  }

  private move(at: Date) {
    this.last = at;
    return at;
  }
}

type Step =
  | { kind: 'start' }
  | { kind: 'self'; answers: Answers }
  | { kind: 'interview'; sections: readonly string[]; last: boolean }
  | { kind: 'specialist'; answers: Answers }
  | { kind: 'finalise' }
  | { kind: 'decide' };
type Timed = Step & { at: Date };

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k == null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const activeOn = (b: { started_on: string; ended_on?: string | null }, day: string) => b.started_on <= day && (b.ended_on == null || b.ended_on >= day);

/** An answer of least need for a required question the story has nothing to say about (an instrument newer than this seed). */
function fallbackAnswer(q: Question, today: string): AnswerValue {
  switch (q.type) {
    case 'single_choice':
      return [...q.options!].sort((a, b) => a.score - b.score)[0]!.value;
    case 'multiple_choice':
      return [q.options![0]!.value];
    case 'yes_no':
      return (q.scoreYes ?? 0) <= (q.scoreNo ?? 0);
    case 'number':
      return Math.max(q.min ?? 0, Math.min(q.max ?? 0, 0));
    case 'date':
      return today;
    case 'text':
      return 'Discussed with the client.';
  }
}

/** Splits items into `n` non-empty runs in order (fewer if there are fewer items). */
function runs<T>(items: readonly T[], n: number, rng: Rng): T[][] {
  const count = Math.max(1, Math.min(n, items.length));
  const cuts = new Set<number>();
  while (cuts.size < count - 1) cuts.add(rng.int(1, items.length - 1));
  const bounds = [0, ...[...cuts].sort((a, b) => a - b), items.length];
  return bounds.slice(1).map((end, i) => items.slice(bounds[i], end));
}

/** The showcase client (showcase.ts): a health limitation the welfare centre sees and the employment office does not. */
const SHOWCASE_INTERVIEW: Answers = {
  hl_limits_work: 'severely', hl_disability_recognised: true, hl_adaptation: true, hl_treatment: false,
  sk_digital: 'basic', mot_wants_work: 'very_much', mot_confidence: 'unsure', mot_readiness: 'needs_support',
  hs_situation: 'renting', hs_eviction_risk: false, db_arrears: false, lg_literacy: true, lg_official: 'native',
  cc_childcare: 'not_needed', cc_young_children: 0, cc_care_duties: false, sn_support: 'few', mb_travel: 'up_to_30_min', mb_transport: true,
};
const SHOWCASE_SELF: Answers = { hl_limits_work: 'somewhat', sk_digital: 'good', mot_confidence: 'confident' };

export function buildAssessments(input: AssessmentInput, rng: Rng, ids: Rng): AssessmentRows {
  const out = emptyAssessments();
  const { definitions: defs, casework, today } = input;
  const def = defs.instrument.definition;
  const now = new Date(Date.parse(`${today}T00:00:00Z`));
  const lastDay = addDays(today, -1);
  const personById = new Map(input.persons.map((p) => [p.id, p]));
  const staffById = new Map(input.staff.map((s) => [s.id!, s]));
  const spellsOf = groupBy([...input.spells].sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1)), (s) => s.personId);
  const benefitsOf = groupBy(input.benefits, (b) => b.person_id);
  const householdBenefits = groupBy(input.benefits, (b) => b.household_id);
  const householdSize = new Map<string, number>();
  for (const p of input.persons) householdSize.set(p.householdId, (householdSize.get(p.householdId) ?? 0) + 1);
  const basesOf = groupBy(casework.rows.legalBases, (b) => b.person_id);
  const partnersOf = groupBy(casework.rows.partners, (p) => p.case_id);
  const consentsOf = groupBy(casework.rows.consents, (r) => r.person_id);
  const agencyType = new Map([...input.orgs.byKey.values()].map((o) => [o.agencyId, o.type]));
  const specialistsOf = groupBy(input.staff.filter((s) => (s.roles as string[]).includes('specialist')), (s) => s.agency_id);
  const interviewSections = def.sections.filter((s) => !s.specialist);
  const selfQuestions = interviewSections.flatMap((s) => s.questions.filter((q) => q.selfAssessment).map((q) => q.id));
  const required = interviewSections.flatMap((s) => s.questions.filter((q) => q.required));

  const currentSpell = (personId: string, day: string) => (spellsOf.get(personId) ?? []).find((s) => s.startedOn <= day && (s.endedOn === null || s.endedOn >= day));

  /** The rules' inputs besides barriers, as facts-repo.ts profilingInputs reads them on the day. */
  const rulesFacts = (person: PersonDraft, day: string) => {
    const spell = currentSpell(person.id, day);
    return {
      age: ageOn(person.birthDate, day),
      unemploymentMonths: spell ? wholeMonthsBetween(spell.startedOn, day) : 0,
      receivesBenefit: (benefitsOf.get(person.id) ?? []).some((b) => activeOn(b, day)),
    };
  };

  const situation = (person: PersonDraft, day: string): ClientSituation => {
    const spell = currentSpell(person.id, day);
    const since = addYears(day, -4);
    return {
      age: ageOn(person.birthDate, day),
      sex: person.sex,
      education: String(person.row.education_level ?? ''),
      disability: person.disability,
      yerevan: person.municipality === YEREVAN,
      script: person.row.name_script,
      language: person.row.preferred_language ?? 'hy',
      interpreter: person.row.interpreter_needed === true,
      householdSize: householdSize.get(person.householdId) ?? 1,
      assisted: (householdBenefits.get(person.householdId) ?? []).some((b) => (b.benefit_type === 'family_benefit' || b.benefit_type === 'social_assistance') && activeOn(b, day)),
      childCareAllowance: (benefitsOf.get(person.id) ?? []).some((b) => b.benefit_type === 'child_care_allowance' && b.started_on <= day && (b.ended_on == null || b.ended_on >= since)),
      onProbation: (basesOf.get(person.id) ?? []).some((b) => b.data_categories.includes('criminal_record') && dayOf(b.valid_from) <= day),
      unemployedMonths: spell ? wholeMonthsBetween(spell.startedOn, day) : null,
      earlierSpell: (spellsOf.get(person.id) ?? []).some((s) => s.endedOn !== null && s.endedOn < day),
    };
  };

  /** A partner's specialist who, on that day, may write the specialist section (health and employment consented). */
  const specialistFor = (h: CaseHistory, at: Date) => {
    for (const partner of partnersOf.get(h.caseId) ?? []) {
      for (const s of specialistsOf.get(partner.agency_id) ?? []) {
        const d = h.decision(viewerOf(s), at);
        if (d.caseIds.includes(h.caseId) && d.categories.employment && d.categories.health) return s;
      }
    }
    return undefined;
  };

  /** Partners whose specialists the client let see their health and employment data: they may write the specialist section. */
  const specialistPartners = (h: CaseHistory) =>
    (partnersOf.get(h.caseId) ?? []).filter((p) => specialistsOf.has(p.agency_id) && (consentsOf.get(h.personId) ?? []).some((r) =>
      r.recipient_agency_id === p.agency_id && r.decision === 'given' && r.data_categories.includes('health') && r.data_categories.includes('employment')));
  /** Whether such a partner is in the case by that day (the consent is checked again when they write). */
  const specialistJoined = (h: CaseHistory, day: string) =>
    specialistPartners(h).some((p) => dayOf(p.joined_at) <= day && (p.left_at == null || dayOf(p.left_at) > day));

  const showcaseCaseId = casework.showcase?.caseId;
  for (const h of caseHistories(casework)) {
    const person = personById.get(h.personId)!;
    const showcase = h.caseId === showcaseCaseId;
    const employmentLed = agencyType.get(h.leadAgencyId) === 'employment_service';
    if (!showcase && !rng.chance(employmentLed ? 0.94 : 0.85)) continue;
    const limit = h.stoppedAt ?? now;
    const clock = new Moments(rng, h.openedAt);
    let traits: Traits | undefined;
    const lag = showcase ? 12 : rng.weighted([[rng.int(1, 3), 30], [rng.int(4, 14), 45], [rng.int(15, 40), 20], [rng.int(41, 90), 5]]);
    let startDay = addDays(dayOf(h.openedAt), lag);
    // A rehabilitation partner on its way in: the first assessment waits for its specialist section.
    const joins = specialistPartners(h).map((p) => dayOf(p.joined_at)).sort()[0];
    if (!showcase && joins && joins >= startDay && daysBetween(startDay, joins) <= 120) startDay = addDays(joins, rng.int(1, 10));

    for (let round = 0; startDay <= lastDay; round++) {
      const startAt = clock.on(startDay);
      if (startAt >= limit) break;
      const s = situation(person, startDay);
      if (!traits) traits = drawTraits(s, rng);
      else ageTraits(traits, rng);
      const interview: Answers = { ...interviewAnswers(s, traits, rng), ...(showcase ? SHOWCASE_INTERVIEW : {}) };
      for (const q of required) if (interview[q.id] === undefined) interview[q.id] = fallbackAnswer(q, today);
      const self = showcase ? { ...selfAnswers(interview, selfQuestions, rng), ...SHOWCASE_SELF } : selfAnswers(interview, selfQuestions, rng);

      // The plan: which meetings on which days, in the order they happen.
      const withSelf = showcase || rng.chance(round === 0 ? 0.65 : 0.4);
      // Some clients fill in their self-assessment at a first appointment; the interview follows at the next.
      const selfFirst = withSelf && !showcase && rng.chance(0.3);
      const specialistPlanned = !showcase && specialistJoined(h, addDays(startDay, 10)) && rng.chance(0.9);
      const meetings = showcase ? 2 : Math.max(specialistPlanned ? 2 : 1, rng.weighted([[1, 50], [2, 35], [3, 15]]));
      const days = [selfFirst ? addDays(startDay, rng.int(5, 21)) : startDay];
      // A missed appointment now and then stretches the interview over weeks.
      for (let i = 1; i < meetings; i++) days.push(addDays(days[i - 1]!, showcase ? 3 : rng.chance(0.15) ? rng.int(14, 35) : rng.int(1, 10)));
      const autosaves = days.map(() => (showcase ? 1 : rng.int(1, 3)));
      const chunks = runs(interviewSections.map((x) => x.id), autosaves.reduce((a, b) => a + b, 0), rng);
      const selfRuns = withSelf ? runs(Object.keys(self), rng.chance(0.25) ? 2 : 1, rng) : [];
      const specialistDay = specialistPlanned ? addDays(days[0]!, rng.int(1, daysBetween(days[0]!, days.at(-1)!))) : undefined;
      const specialistPart = specialistPlanned ? specialistAnswers(traits, rng) : {};

      const plan: Timed[] = [];
      plan.push({ kind: 'start', at: startAt });
      for (const keys of selfRuns) plan.push({ kind: 'self', answers: pick(self, keys), at: clock.soon(3, 20) });
      let chunk = 0;
      days.forEach((day, i) => {
        if (specialistDay && specialistDay <= day && !plan.some((p) => p.kind === 'specialist')) {
          runs(Object.keys(specialistPart), rng.chance(0.3) ? 2 : 1, rng).forEach((keys, j) =>
            plan.push({ kind: 'specialist', answers: pick(specialistPart, keys), at: j === 0 ? clock.on(specialistDay) : clock.soon(2, 10) }));
        }
        for (let j = 0; j < autosaves[i]!; j++) {
          const at = j > 0 ? clock.soon(2, 10) : i > 0 || selfFirst ? clock.on(day) : clock.soon(5, 30);
          const sections = chunks[chunk++] ?? [];
          plan.push({ kind: 'interview', sections, last: chunk >= chunks.length, at });
        }
      });
      const finaliseAt = clock.soon(2, 10);
      plan.push({ kind: 'finalise', at: finaliseAt });
      const pending = !showcase && now.getTime() - finaliseAt.getTime() < 14 * 86_400_000 && rng.chance(0.3);
      if (!pending) plan.push({ kind: 'decide', at: showcase || rng.chance(0.85) ? clock.soon(2, 15) : clock.on(addDays(dayOf(finaliseAt), rng.int(1, 7))) });

      // Not finished before the case stopped: a stopped case gets none; an open one keeps it in progress.
      if (finaliseAt >= limit && h.stoppedAt) break;

      const writer = new AssessmentWriter(out, ids, defs, input.encryptor, h);
      const manager = (at: Date) => viewerOf(staffById.get(h.managerAt(at))!);
      let finalised: ReturnType<AssessmentWriter['finalise']> | undefined;
      let dueOn: string | undefined;
      for (const step of plan) {
        if (step.at >= limit) break;
        const viewer = step.kind === 'specialist' ? undefined : manager(step.at);
        const decision = viewer && h.decision(viewer, step.at);
        switch (step.kind) {
          case 'start':
            writer.start(step.at, viewer!, decision!);
            break;
          case 'self': {
            const answers = writer.savable('self', decision!, step.answers);
            if (Object.keys(answers).length) writer.save(step.at, viewer!, decision!, 'self', answers);
            break;
          }
          case 'interview': {
            // The last autosave catches up every section not answered yet (one that became visible later, say).
            const answered = new Set(Object.keys(writer.answers('interview')));
            const sections = step.last ? interviewSections.filter((x) => x.questions.every((q) => !answered.has(q.id))).map((x) => x.id) : step.sections;
            const wanted = new Set([...step.sections, ...sections]);
            const chunkAnswers = pick(interview, interviewSections.filter((x) => wanted.has(x.id)).flatMap((x) => x.questions.map((q) => q.id)));
            const answers = writer.savable('interview', decision!, chunkAnswers);
            if (Object.keys(answers).length) writer.save(step.at, viewer!, decision!, 'interview', answers);
            break;
          }
          case 'specialist': {
            const specialist = specialistFor(h, step.at);
            if (!specialist) break;
            const v = viewerOf(specialist);
            const d = h.decision(v, step.at);
            const answers = writer.savable('specialist', d, step.answers);
            if (Object.keys(answers).length) writer.save(step.at, v, d, 'specialist', answers);
            break;
          }
          case 'finalise': {
            finalised = writer.finalise(step.at, viewer!, decision!, rulesFacts(person, dayOf(step.at)), interview);
            dueOn = finalised.dueOn;
            break;
          }
          case 'decide': {
            const staff = staffById.get(viewer!.userId)!;
            const choice = judge({
              rules: finalised!.outcome.segment, barriers: finalised!.barriers, answers: finalised!.staffAnswers,
              situation: s, style: showcase ? 0 : counsellorStyle(staff.email),
            }, rng);
            dueOn = writer.decide(step.at, viewer!, decision!, choice.segment, choice.reason);
            break;
          }
        }
      }
      writer.close();
      // The showcase stops after its first assessment, so the demo walk-through stays the same.
      if (!dueOn || showcase) break;
      // The next one around the due date: some early (the worklist shows them a month ahead), many late.
      startDay = addDays(dueOn, rng.weighted([[-rng.int(1, 28), 25], [rng.int(0, 21), 40], [rng.int(22, 60), 22], [rng.int(61, 150), 13]]));
    }
  }
  return out;
}

const pick = (answers: Answers, keys: readonly string[]): Answers =>
  Object.fromEntries(keys.filter((k) => answers[k] !== undefined).map((k) => [k, answers[k]!]));
