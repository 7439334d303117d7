/**
 * Calendar days (birth dates, document dates: YYYY-MM-DD, no time) in the UI language.
 * Formatted in UTC so no time zone can move a birthday; where the browser's ICU lacks
 * Armenian, the Russian numeric form (23.11.2026) stands in, as in i18n/format.ts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const intlLocale: Record<string, string> = { en: 'en-GB', ru: 'ru-RU', hy: 'hy-AM' };

export function useDay() {
  const { i18n } = useTranslation();
  const locale = intlLocale[i18n.resolvedLanguage ?? 'en'] ?? 'en-GB';
  return useMemo(() => {
    const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    const format = supported
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
      : new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    return (day: string | null | undefined): string => {
      if (!day) return '';
      const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? day : format.format(date);
    };
  }, [locale]);
}

/** Today in the browser's calendar, as YYYY-MM-DD (a default for "joined on"). */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
