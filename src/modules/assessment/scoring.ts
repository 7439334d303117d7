/**
 * Scoring and barriers, computed from the staff-conducted answers (interview and
 * specialist parts) by the rules inside the instrument version. Pure functions: the same
 * answers on the same version always give the same result.
 */
import type { DataCategory } from '../access/data-categories';
import { isAnswered, questionIndex, type AnswerValue, type Answers } from './answers';
import { SEVERITY_RANK, type InstrumentDefinition, type Question, type Severity, type Trigger } from './schema-instrument';

export interface SectionScore {
  score: number;
  max: number;
}

export interface FoundBarrier {
  code: string;
  severity: Severity;
  sectionId: string;
  category: DataCategory;
  questionIds: string[];
}

const inRange = (v: number, r: { min?: number; max?: number }) => (r.min === undefined || v >= r.min) && (r.max === undefined || v < r.max);

/** Need points one answer gives (higher = more need). */
export function scoreAnswer(q: Question, value: AnswerValue): number {
  switch (q.type) {
    case 'single_choice':
      return q.options?.find((o) => o.value === value)?.score ?? 0;
    case 'multiple_choice':
      return Array.isArray(value) ? (q.options ?? []).filter((o) => value.includes(o.value)).reduce((s, o) => s + o.score, 0) : 0;
    case 'yes_no':
      return (value === true ? q.scoreYes : value === false ? q.scoreNo : 0) ?? 0;
    case 'number':
      return typeof value === 'number' ? (q.bands?.find((b) => inRange(value, b))?.score ?? 0) : 0;
    default:
      return 0;
  }
}

/** The most need points a question can give. */
export function maxScore(q: Question): number {
  switch (q.type) {
    case 'single_choice':
      return Math.max(0, ...(q.options ?? []).map((o) => o.score));
    case 'multiple_choice':
      return (q.options ?? []).reduce((s, o) => s + o.score, 0);
    case 'yes_no':
      return Math.max(q.scoreYes ?? 0, q.scoreNo ?? 0);
    case 'number':
      return Math.max(0, ...(q.bands ?? []).map((b) => b.score));
    default:
      return 0;
  }
}

export function sectionScores(def: InstrumentDefinition, answers: Answers): Record<string, SectionScore> {
  const scores: Record<string, SectionScore> = {};
  for (const section of def.sections) {
    let score = 0;
    let max = 0;
    for (const q of section.questions) {
      max += maxScore(q);
      const value = answers[q.id];
      if (isAnswered(value)) score += scoreAnswer(q, value!);
    }
    scores[section.id] = { score, max };
  }
  return scores;
}

export function triggered(when: Trigger, value: AnswerValue): boolean {
  if ('anyOf' in when) return Array.isArray(value) ? value.some((v) => when.anyOf.includes(v)) : when.anyOf.includes(value as string);
  if ('equals' in when) return value === when.equals;
  return typeof value === 'number' && inRange(value, when);
}

/** Barriers raised by the answers; a barrier raised by several answers keeps its highest severity and every source question. */
export function barriersFrom(def: InstrumentDefinition, answers: Answers): FoundBarrier[] {
  const found = new Map<string, FoundBarrier>();
  for (const [id, value] of Object.entries(answers)) {
    const ref = questionIndex(def).get(id);
    if (!ref || !isAnswered(value)) continue;
    for (const rule of ref.question.barriers) {
      if (!triggered(rule.when, value)) continue;
      const seen = found.get(rule.barrier);
      if (!seen) {
        found.set(rule.barrier, { code: rule.barrier, severity: rule.severity, sectionId: ref.section.id, category: ref.section.category, questionIds: [id] });
        continue;
      }
      if (SEVERITY_RANK[rule.severity] > SEVERITY_RANK[seen.severity]) seen.severity = rule.severity;
      if (!seen.questionIds.includes(id)) seen.questionIds.push(id);
    }
  }
  return [...found.values()].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.code.localeCompare(b.code));
}
