/** Confirm revoking a legal basis: the agency loses what it covered from the next request on. */
import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { revokeLegalBasis, useLegalBases, type LegalBasis } from '../../api/consent';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useConsentCache } from './use-consent-cache';

export function RevokeLegalBasisModal({ basis, onClose }: { basis: LegalBasis; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const cache = useConsentCache(basis.personId);
  // The list as it is now: after a conflict it reloads, and the retry carries the new version.
  const list = useLegalBases(basis.personId);
  const current = list.data?.find((b) => b.id === basis.id) ?? basis;
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await revokeLegalBasis(current.id, current.version);
      cache.changed();
      notifications.show({ color: 'teal', message: t('legalBasis.revoked', { agency: basis.agency.name }) });
      onClose();
    } catch (e) {
      setError(e);
      if (isApiError(e, 'version_conflict')) cache.changed();
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal title={t('legalBasis.revokeTitle')} onClose={onClose}>
      <Stack gap="md">
        {error !== null && <ProblemAlert error={error} />}
        <Text size="sm">{t('legalBasis.revokeExplain', { agency: basis.agency.name, reference: basis.reference })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('web:common.cancel')}
          </Button>
          <Button color="red" loading={pending} disabled={current.status === 'revoked'} onClick={() => void confirm()}>
            {t('legalBasis.revoke')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
