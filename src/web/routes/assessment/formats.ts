/**
 * Calendar days, percentages and signed log-odds in the UI language. Days (YYYY-MM-DD)
 * carry no time, so they are formatted in UTC and never shift with the browser's time zone.
 * Where the browser lacks Armenian (Debian's Chromium), the Russian forms stand in, as in
 * i18n/format.ts: Armenian writes 23.11.2026 and 0,42 too.
 */
import { useMemo } from 'react';
import { useFormat } from '../../i18n/format';

export function useAssessmentFormats() {
  const { locale } = useFormat();
  return useMemo(() => {
    const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    const numbers = supported ? locale : 'ru-RU';
    const day = supported
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
      : new Intl.DateTimeFormat('ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const percent = new Intl.NumberFormat(numbers, { style: 'percent', maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat(numbers, { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const plain = new Intl.NumberFormat(numbers, { maximumFractionDigits: 2 });
    return {
      day: (value: string | null | undefined) => (value ? day.format(new Date(`${value}T00:00:00Z`)) : ''),
      percent: (value: number) => percent.format(value),
      /** Log-odds with their sign: +0,42 raises, −0,31 lowers. */
      signed: (value: number) => signed.format(value),
      number: (value: number) => plain.format(value),
    };
  }, [locale]);
}
