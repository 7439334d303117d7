/**
 * The client's self-assessment side by side with the interview, question by question,
 * with the differences marked: where the client sees their situation differently is
 * worth talking about.
 */
import type { Language } from '../../i18n';
import { isAnswered, type AnswerValue, type Answers } from './answers';
import type { Question, Section } from './schema-instrument';

const same = (a: AnswerValue, b: AnswerValue) => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  if (typeof a === 'string' && typeof b === 'string') return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
};

const yesNo: Record<Language, [string, string]> = { en: ['Yes', 'No'], ru: ['Да', 'Нет'], hy: ['Այո', 'Ոչ'] };

/** An answer in words: option labels, yes/no, or the value itself. */
export function answerText(q: Question, value: AnswerValue | undefined, lang: Language): string | null {
  if (!isAnswered(value)) return null;
  const label = (v: string) => q.options?.find((o) => o.value === v)?.label[lang] ?? v;
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (typeof value === 'boolean') return yesNo[lang][value ? 0 : 1];
  if (q.type === 'single_choice') return label(String(value));
  return String(value);
}

export function compareAnswers(sections: Section[], self: Answers, interview: Answers, lang: Language) {
  const items = sections
    .filter((s) => !s.specialist)
    .flatMap((s) => s.questions.filter((q) => q.selfAssessment).map((q) => ({ q, s })))
    .map(({ q, s }) => {
      const a = self[q.id];
      const b = interview[q.id];
      return {
        questionId: q.id, sectionId: s.id, type: q.type, question: q.text[lang],
        self: isAnswered(a) ? a! : null, interview: isAnswered(b) ? b! : null,
        selfText: answerText(q, a, lang), interviewText: answerText(q, b, lang),
        differs: isAnswered(a) && isAnswered(b) && !same(a!, b!),
      };
    });
  return { items, differences: items.filter((i) => i.differs).length };
}
