/** How the plan pages say things: days, targets, who does an action, goal labels, in the UI language. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssessmentFormats } from '../assessment/formats';
import type { GoalType, Party, Target } from './api';

export function usePlanText() {
  const { t } = useTranslation('planweb');
  const { day } = useAssessmentFormats();
  const target = useCallback((x: Target | null | undefined) => (x ? t(`target.${x.per}`, { count: x.count }) : ''), [t]);
  const owner = useCallback(
    (o: { party: Party; agencyName?: string | null }) => (o.party === 'partner_agency' && o.agencyName ? o.agencyName : t(`party.${o.party}`)),
    [t],
  );
  return useMemo(() => ({ t, day, target, owner }), [t, day, target, owner]);
}

/** Goal types by code, with their label in the UI language (a code no longer listed shows as itself). */
export function goalLabel(types: GoalType[] | undefined, code: string) {
  return types?.find((g) => g.code === code)?.label ?? code;
}

/** Today as YYYY-MM-DD in the browser's calendar, and a day some weeks on. */
export function today(offsetDays = 0) {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
