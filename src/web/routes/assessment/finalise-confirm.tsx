/** Finalising freezes the answers: the dialog says so before it happens. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';

export function FinaliseConfirm({ pending, onConfirm, onClose }: { pending: boolean; onConfirm: () => void; onClose: () => void }) {
  const { t } = useTranslation('assessment');
  return (
    <AppModal title={t('finalise.confirmTitle')} onClose={onClose}>
      <Stack gap="md">
        <Text size="sm">{t('finalise.confirmBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('web:common.cancel')}
          </Button>
          <Button onClick={onConfirm} loading={pending} data-autofocus>
            {t('finalise.confirm')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
