/** A rule's condition in words: "Age: less than 25", "Has the barrier “Homelessness”". */
import { useTranslation } from 'react-i18next';
import { useCurrentInstrument, type Condition } from './definitions-api';
import { useLocalText } from './local-text';

export function useConditionText() {
  const { t } = useTranslation('analytics');
  const local = useLocalText();
  const instrument = useCurrentInstrument();
  // Rules name barriers by code; the current instrument holds their names.
  const barrier = (code: string) => local(instrument.data?.definition.barriers.find((b) => b.code === code)?.label) || code;

  return (c: Condition): string => {
    switch (c.fact) {
      case 'age':
        return t('condition.age', { op: t(`op.${c.op}`, { value: c.value }) });
      case 'unemployment_months':
        return t('condition.unemploymentMonths', { op: t(`op.${c.op}`, { value: c.value }) });
      case 'receives_benefit':
        return t(c.value ? 'condition.receivesBenefit' : 'condition.receivesNoBenefit');
      case 'barrier_count':
        return t('condition.barrierCount', { severity: t(`severity.${c.minSeverity}`), op: t(`op.${c.op}`, { value: c.value }) });
      case 'has_barrier':
        return t('condition.hasBarrier', { barrier: barrier(c.barrier) });
    }
  };
}
