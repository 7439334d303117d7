/**
 * Answers against an instrument version: which questions belong to which part, whether a
 * value fits its question, and sealing free-text answers (encrypted at rest, like every
 * free text about a person).
 */
import type { FieldError } from '../../server/errors';
import type { Encryptor } from '../../server/crypto';
import type { InstrumentDefinition, Question, Section } from './schema-instrument';

export type AnswerValue = string | number | boolean | string[];
export type Answers = Record<string, AnswerValue>;
export type Part = 'interview' | 'self' | 'specialist';

export interface QuestionRef {
  question: Question;
  section: Section;
}

const indexCache = new WeakMap<InstrumentDefinition, Map<string, QuestionRef>>();

/** Question id → question and its section (ids are unique across an instrument). */
export function questionIndex(def: InstrumentDefinition): Map<string, QuestionRef> {
  let index = indexCache.get(def);
  if (!index) {
    index = new Map(def.sections.flatMap((section) => section.questions.map((question) => [question.id, { question, section }] as const)));
    indexCache.set(def, index);
  }
  return index;
}

/** Specialist sections are answered in the specialist part; the rest in the interview; the client answers the self-assessment questions. */
export function inPart(ref: QuestionRef, part: Part): boolean {
  if (part === 'specialist') return ref.section.specialist;
  if (part === 'self') return !ref.section.specialist && ref.question.selfAssessment;
  return !ref.section.specialist;
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const MAX_TEXT = 4000;

/** Why a value does not fit its question (a translation key under errors:field.*), or null when it does. */
export function answerProblem(q: Question, value: AnswerValue): Omit<FieldError, 'field'> | null {
  const options = new Set(q.options?.map((o) => o.value));
  switch (q.type) {
    case 'single_choice':
      if (typeof value !== 'string') return { code: 'invalid_type' };
      return options.has(value) ? null : { code: 'invalid_value' };
    case 'multiple_choice':
      if (!Array.isArray(value)) return { code: 'invalid_type' };
      return value.every((v) => options.has(v)) ? null : { code: 'invalid_value' };
    case 'yes_no':
      return typeof value === 'boolean' ? null : { code: 'invalid_type' };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'invalid_type' };
      if (q.min !== undefined && value < q.min) return { code: 'too_small_number', params: { minimum: String(q.min) } };
      if (q.max !== undefined && value > q.max) return { code: 'too_big_number', params: { maximum: String(q.max) } };
      return null;
    case 'date':
      return typeof value === 'string' && isDay(value) ? null : { code: 'invalid_date' };
    case 'text':
      if (typeof value !== 'string') return { code: 'invalid_type' };
      return value.length > MAX_TEXT ? { code: 'too_big_string', params: { maximum: String(MAX_TEXT) } } : null;
  }
}

/** Trims text and de-duplicates choices; an empty answer counts as no answer (null). */
export function normalise(q: Question, value: AnswerValue): AnswerValue | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (Array.isArray(value)) return q.type === 'multiple_choice' ? [...new Set(value)] : value;
  return value;
}

/** Free-text answers leave the process only as ciphertext. */
export function sealAnswer(q: Question, value: AnswerValue, encryptor: Encryptor): AnswerValue {
  return q.type === 'text' && typeof value === 'string' ? encryptor.encrypt(value) : value;
}

/** Stored answers as the people who may see them read them. Answers to questions not in this version are dropped. */
export function openAnswers(def: InstrumentDefinition, stored: Record<string, unknown>, encryptor: Encryptor): Answers {
  const index = questionIndex(def);
  const open: Answers = {};
  for (const [id, value] of Object.entries(stored)) {
    const ref = index.get(id);
    if (!ref) continue;
    open[id] = ref.question.type === 'text' && typeof value === 'string' ? encryptor.decrypt(value) : (value as AnswerValue);
  }
  return open;
}

export const isAnswered = (value: AnswerValue | undefined) =>
  value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0) && value !== '';
