/** What the schedule and committee forms share: the staff picker's options and the server's field messages. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { useSession } from '../../app/session';
import { useStaffDirectory } from './api';

/** The server's messages per form field (`participantIds.2` belongs to `participantIds`). */
export function fieldMessages(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const f of error.problem.fields ?? []) {
    const owner = f.field.split('.')[0] ?? f.field;
    out[owner] ??= f.message;
  }
  return out;
}

/** Staff of every agency but me (the organiser takes part anyway), grouped by agency, for a MultiSelect. */
export function useStaffOptions() {
  const { t } = useTranslation('conferences');
  const me = useSession();
  const staff = useStaffDirectory();
  return useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of staff.data ?? []) {
      if (s.id === me.id) continue;
      const list = groups.get(s.agencyName) ?? [];
      list.push({ value: s.id, label: t('schedule.staffOption', { name: s.name, agency: s.agencyName }) });
      groups.set(s.agencyName, list);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [staff.data, me.id, t]);
}
