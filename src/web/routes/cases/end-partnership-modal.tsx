/** Confirm before a partner agency leaves the case: its staff stop working on it at once. */
import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { endCasePartnership, type CaseView } from '../../api/cases';
import { useSession } from '../../app/session';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useCaseCache } from './use-case-saved';

interface Props {
  caseView: CaseView;
  partner: CaseView['partners'][number];
  onClose: () => void;
}

export function EndPartnershipModal({ caseView: c, partner, onClose }: Props) {
  const { t } = useTranslation('casework');
  const me = useSession();
  const cache = useCaseCache(c.id);
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  // A partner leaving on its own loses sight of the case; the lead ending it keeps it.
  const leaving = partner.agencyId === me.agency.id;

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await endCasePartnership(c.id, partner.agencyId);
      cache.saved();
      notifications.show({ color: 'teal', message: t('partners.ended', { agency: partner.agencyName }) });
      onClose();
      if (leaving) void navigate('/cases');
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal title={t('partners.endTitle', { agency: partner.agencyName })} onClose={onClose}>
      <Stack gap="md">
        {error !== null && <ProblemAlert error={error} />}
        <Text size="sm">{leaving ? t('partners.leaveExplain') : t('partners.endExplain', { agency: partner.agencyName })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('web:common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={() => void confirm()}>
            {t('partners.end')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
