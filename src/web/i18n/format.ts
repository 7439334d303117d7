/** Dates and numbers in the current UI language, through Intl. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Intl locale per UI language: Armenian and Russian as written in Armenia. */
const intlLocale: Record<string, string> = { en: 'en-GB', ru: 'ru-RU', hy: 'hy-AM' };

/**
 * Some browsers ship ICU without Armenian (Debian's Chromium does), and Intl then falls
 * back to English month names. Armenian writes dates as 23.11.2026 and numbers as
 * 1 234,5, exactly like Russian, so the Russian numeric formats stand in.
 */
function formats(locale: string) {
  const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  if (supported) {
    return {
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      dateTimeSeconds: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }),
      number: new Intl.NumberFormat(locale),
    };
  }
  const numeric = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return {
    dateTime: new Intl.DateTimeFormat('ru-RU', numeric),
    dateTimeSeconds: new Intl.DateTimeFormat('ru-RU', { ...numeric, second: '2-digit' }),
    number: new Intl.NumberFormat('ru-RU'),
  };
}

export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale[i18n.resolvedLanguage ?? 'en'] ?? 'en-GB';
  return useMemo(() => {
    const f = formats(locale);
    return {
      locale,
      dateTime: (value: string | null | undefined) => (value ? f.dateTime.format(new Date(value)) : ''),
      dateTimeSeconds: (value: string) => f.dateTimeSeconds.format(new Date(value)),
      number: (value: number) => f.number.format(value),
    };
  }, [locale]);
}
