/** The staff workspace frame: skip link, header, navigation by permission, main area. */
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../routes/notifications/notification-bell';
import { LanguageSwitcher } from './language-switcher';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpen, nav] = useDisclosure(false);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
        padding="lg"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={navOpen}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={navOpen ? t('app.closeNavigation') : t('app.openNavigation')}
                aria-expanded={navOpen}
                aria-controls="main-navigation"
              />
              <Text component="span" fw={700} fz="xl" c="indigo.9">
                {t('app.name')}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <LanguageSwitcher />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main id="main" bg="gray.0">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
