/**
 * Turning on the second factor: the server makes a secret, the person scans its QR code
 * (or types the secret) and proves the app works by entering a code.
 */
import { Button, Code, Image, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useTotpChange, useTotpSetup } from '../../api/auth';
import { ProblemAlert } from '../../components/problem-alert';
import { TotpCodeForm } from './totp-code-form';

export function TotpEnable() {
  const { t } = useTranslation();
  const setup = useTotpSetup();
  const enable = useTotpChange('enable');

  if (!setup.data) {
    return (
      <Stack gap="sm" align="flex-start">
        {setup.isError && <ProblemAlert error={setup.error} />}
        <Button onClick={() => setup.mutate()} loading={setup.isPending}>
          {t('security.startSetup')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text>{t('security.scan')}</Text>
      <Image src={setup.data.qrDataUrl} alt={t('security.qrAlt')} w={200} h={200} fit="contain" />
      <div>
        <Text size="sm" c="gray.7">
          {t('security.manualEntry')}
        </Text>
        <Code fz="md" style={{ wordBreak: 'break-all' }}>
          {setup.data.secret}
        </Code>
      </div>
      <TotpCodeForm
        submitLabel={t('security.confirmEnable')}
        pending={enable.isPending}
        error={enable.error}
        onSubmit={(code) =>
          enable.mutate(code, {
            onSuccess: () => notifications.show({ color: 'teal', message: t('security.enabled') }),
          })
        }
      />
    </Stack>
  );
}
