/** Turning off the second factor needs a current code, so a stolen session cannot do it. */
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useTotpChange } from '../../api/auth';
import { TotpCodeForm } from './totp-code-form';

export function TotpDisable() {
  const { t } = useTranslation();
  const disable = useTotpChange('disable');
  return (
    <>
      <Text mb="md">{t('security.disableExplain')}</Text>
      <TotpCodeForm
        submitLabel={t('security.disable')}
        color="red"
        pending={disable.isPending}
        error={disable.error}
        onSubmit={(code) =>
          disable.mutate(code, {
            onSuccess: () => notifications.show({ color: 'teal', message: t('security.disabled') }),
          })
        }
      />
    </>
  );
}
