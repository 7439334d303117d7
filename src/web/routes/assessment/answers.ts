/**
 * Answers on the web side: when a question counts as answered (as the server counts it),
 * when two answers are the same, and texts of the instrument in the UI language.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Question, Section } from './api';

export type Draft = AnswerValue | null;
type LocalText = Section['title'];

export const isAnswered = (value: Draft | undefined): value is AnswerValue =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Same answer as the server would keep it: text trimmed, choices in any order, empty as unanswered. */
export function sameAnswer(a: Draft | undefined, b: Draft | undefined): boolean {
  if (!isAnswered(a) || !isAnswered(b)) return !isAnswered(a) && !isAnswered(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** An instrument text (a question, a section title, an option) in the UI language. */
export function useLocalText() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useCallback((text: LocalText | undefined) => (text ? (text[language as keyof LocalText] ?? text.en) : ''), [language]);
}

/** An answer in words, for read-only views: option labels, yes/no, the day, the number or text. */
export function useAnswerText() {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  return useCallback(
    (q: Question, value: Draft | undefined): string | null => {
      if (!isAnswered(value)) return null;
      const label = (v: string) => local(q.options?.find((o) => o.value === v)?.label) || v;
      if (Array.isArray(value)) return value.map(label).join(', ');
      if (typeof value === 'boolean') return value ? t('answer.yes') : t('answer.no');
      if (q.type === 'single_choice') return label(String(value));
      return String(value);
    },
    [local, t],
  );
}
