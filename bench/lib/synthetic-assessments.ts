/**
 * Finalised assessments to score, made from the instrument itself so every question type
 * and every barrier rule of the shipped version is exercised: what staff recorded in the
 * interview and, for some clients, the specialist part, with the facts the segmentation
 * rules read (age, months unemployed, benefit). Deterministic (seeded), and skewed the way
 * a caseload is: most answers show little need, a minority show much.
 */
import { Rng } from '../../src/db/seed/random';
import type { Answers, AnswerValue } from '../../src/modules/assessment/answers';
import type { InstrumentDefinition, Question } from '../../src/modules/assessment/schema-instrument';

export interface SyntheticAssessment {
  answers: Answers;
  age: number;
  unemploymentMonths: number;
  receivesBenefit: boolean;
}

/** Optional questions answered in an interview; specialist sections are filled in for some clients only. */
const OPTIONAL_ANSWERED = 0.8;
const SPECIALIST_PART = 0.3;
/** How often a yes/no answer falls on the side that shows need. */
const NEED_SIDE = 0.1;

const TEXTS = [
  'Worked as a shop assistant until the store closed.',
  'Would like to train as a cook or a baker.',
  'Looks after an elderly parent in the afternoons.',
  'Driver, category B and C licences.',
  'Seasonal construction work in Russia, 2019–2022.',
  'Prefers work close to home; no car.',
];

function answerFor(q: Question, rng: Rng): AnswerValue {
  switch (q.type) {
    case 'single_choice':
      // Options that show more need are chosen less often.
      return rng.weighted((q.options ?? []).map((o) => [o.value, 1 / (1 + o.score) ** 2.2] as const));
    case 'multiple_choice':
      return (q.options ?? []).filter(() => rng.chance(0.2)).map((o) => o.value);
    case 'yes_no': {
      const needIsYes = (q.scoreYes ?? 0) >= (q.scoreNo ?? 0);
      return rng.chance(NEED_SIDE) === needIsYes;
    }
    case 'number': {
      // Small values most often (few children, few hours, some years of experience).
      const min = q.min ?? 0;
      const max = q.max ?? 40;
      return Math.round(min + (max - min) * rng.float() ** 3);
    }
    case 'date':
      return new Date(Date.UTC(2021, 0, 1) + rng.int(0, 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    case 'text':
      return rng.pick(TEXTS);
  }
}

export function syntheticAssessments(def: InstrumentDefinition, count: number, seed: number): SyntheticAssessment[] {
  const rng = new Rng(seed, 'bench-assessments');
  const out: SyntheticAssessment[] = [];
  for (let i = 0; i < count; i++) {
    const answers: Answers = {};
    const specialist = rng.chance(SPECIALIST_PART);
    for (const section of def.sections) {
      if (section.specialist && !specialist) continue;
      for (const q of section.questions) {
        if (!q.required && !rng.chance(OPTIONAL_ANSWERED)) continue;
        answers[q.id] = answerFor(q, rng);
      }
    }
    out.push({
      answers,
      age: rng.int(18, 64),
      // Most registrations are recent; a long tail has been unemployed for years.
      unemploymentMonths: Math.floor(48 * rng.float() ** 3),
      receivesBenefit: rng.chance(0.35),
    });
  }
  return out;
}
