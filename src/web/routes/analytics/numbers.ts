/**
 * Rates, ratios and calendar days of the reports in the current UI language. Like
 * i18n/format.ts, Armenian falls back to the Russian numeric formats where the browser's
 * ICU has no Armenian (Debian's Chromium): both write 0,25 and 24.09.2026.
 */
import { useMemo } from 'react';
import { useFormat } from '../../i18n/format';

function numberFormat(locale: string, options: Intl.NumberFormatOptions) {
  const supported = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  return new Intl.NumberFormat(supported ? locale : 'ru-RU', options);
}

function dayFormat(locale: string) {
  const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  return supported
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    : new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
}

export function useNumbers() {
  const { locale, number, dateTime } = useFormat();
  return useMemo(() => {
    const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 });
    const share = numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const decimals = [0, 1, 2, 3, 4].map((d) => numberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }));
    const days = dayFormat(locale);
    return {
      number,
      dateTime,
      /** 0.2345 → "23.5%"; null (a figure not shown) → the dash. */
      percent: (value: number | null | undefined) => (value === null || value === undefined ? '—' : percent.format(value)),
      /** A setting such as a threshold: 0.3 → "30%", without the table's fixed decimal. */
      share: (value: number) => share.format(value),
      decimal: (value: number | null | undefined, digits = 2) =>
        value === null || value === undefined ? '—' : decimals[Math.min(Math.max(digits, 0), 4)]!.format(value),
      /** A calendar day (YYYY-MM-DD) as written in the language, never shifted by the time zone. */
      day: (value: string | null | undefined) => (value ? days.format(new Date(`${value}T00:00:00Z`)) : '—'),
    };
  }, [locale, number, dateTime]);
}
