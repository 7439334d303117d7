/**
 * "Refer" on an action of the plan in force that uses a catalogue service: the referral
 * form opens with that service, and the referral carries out the action (a place the
 * action holds is handed over to it when accepted).
 */
import { useState } from 'react';
import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { useSession } from '../../app/session';
import { catalogueKeys, fetchService, localText } from '../catalogue/api';
import { ReferralFormModal } from './referral-form-modal';

interface Props {
  caseView: CaseView;
  action: { id: string; title: string; serviceId: string | null };
}

export function PlanActionRefer({ caseView, action }: Props) {
  const { t, i18n } = useTranslation('referrals');
  const me = useSession();
  const [open, setOpen] = useState(false);
  const service = useQuery({ queryKey: catalogueKeys.one(action.serviceId ?? ''), queryFn: () => fetchService(action.serviceId!), enabled: open && action.serviceId !== null });
  if (!action.serviceId || !me.permissions.includes('referral.send')) return null;
  const s = service.data;
  return (
    <>
      <Button size="compact-sm" variant="default" onClick={() => setOpen(true)} aria-label={t('web.plan.referNamed', { title: action.title })} loading={open && service.isPending}>
        {t('web.plan.refer')}
      </Button>
      {open && s && (
        <ReferralFormModal
          caseId={caseView.id}
          personId={caseView.person.id}
          service={{ id: s.id, name: localText(s.name, i18n.resolvedLanguage ?? 'en'), agencyId: s.agency.id, agencyName: s.agency.name, freePlaces: null }}
          planActionId={action.id}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
