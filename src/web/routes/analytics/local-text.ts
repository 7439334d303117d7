/** Instrument and rule texts carry every language; show the one the person reads the UI in. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types';

type LocalText = Record<Language, string>;

export function useLocalText() {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  return (text: LocalText | undefined): string => (text ? text[language] || text.en : '');
}
