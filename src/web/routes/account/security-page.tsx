/** Account security: the authenticator-app second factor, turned on or off. */
import { Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { TotpDisable } from './totp-disable';
import { TotpEnable } from './totp-enable';

export function SecurityPage() {
  const { t } = useTranslation();
  const me = useSession();
  return (
    <>
      <PageHeader title={t('security.title')} description={t('security.subtitle')} />
      <Paper component="section" withBorder p="lg" maw={720} aria-labelledby="totp-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="totp-heading">
            {t('security.totpTitle')}
          </Title>
          <StatusBadge on={me.totpEnabled} onLabel={t('common.on')} offLabel={t('common.off')} />
        </Group>
        <Text c="gray.7" mb="lg">
          {t('security.totpExplain')}
        </Text>
        {me.authMethod === 'oidc' && (
          <Text size="sm" c="gray.7" mb="md">
            {t('security.ssoNote')}
          </Text>
        )}
        {me.totpEnabled ? <TotpDisable /> : <TotpEnable />}
      </Paper>
    </>
  );
}
