/** Welcome dashboard: who and where the signed-in person is, and what OneDoor is for. */
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { areas } from '../../app/areas';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { ProfileFacts } from './profile-facts';

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const shortcuts = areas.filter((a) => a.path !== '/' && (!a.permission || me.permissions.includes(a.permission)));

  return (
    <>
      <PageHeader title={t('home.welcome', { name: me.displayName })} description={t('home.subtitle')} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Paper component="section" withBorder p="lg" aria-labelledby="home-profile">
          <Title order={2} size="h4" mb="md" id="home-profile">
            {t('home.profileTitle')}
          </Title>
          <ProfileFacts me={me} />
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="home-about">
          <Title order={2} size="h4" mb="md" id="home-about">
            {t('home.aboutTitle')}
          </Title>
          <Stack gap="sm">
            <Text>{t('home.about1')}</Text>
            <Text>{t('home.about2')}</Text>
            <Text>{t('home.about3')}</Text>
          </Stack>
        </Paper>
        <Paper component="section" withBorder p="lg" aria-labelledby="home-security">
          <Title order={2} size="h4" mb="md" id="home-security">
            {t('home.securityTitle')}
          </Title>
          <Group gap="sm" mb="sm">
            <Text>{t('home.twoFactor')}</Text>
            <StatusBadge on={me.totpEnabled} onLabel={t('common.on')} offLabel={t('common.off')} />
          </Group>
          <Text size="sm" c="gray.7" mb="sm">
            {me.totpEnabled ? t('home.twoFactorOn') : t('home.twoFactorOff')}
          </Text>
          <Anchor component={Link} to="/account/security">
            {t('home.manageSecurity')}
          </Anchor>
        </Paper>
        {shortcuts.length > 0 && (
          <Paper component="section" withBorder p="lg" aria-labelledby="home-shortcuts">
            <Title order={2} size="h4" mb="md" id="home-shortcuts">
              {t('home.shortcutsTitle')}
            </Title>
            <Group gap="sm">
              {shortcuts.map((area) => (
                <Badge key={area.path} component={Link} to={area.path} variant="outline" size="lg" tt="none" style={{ cursor: 'pointer' }}>
                  {t(area.label)}
                </Badge>
              ))}
            </Group>
          </Paper>
        )}
      </SimpleGrid>
    </>
  );
}
