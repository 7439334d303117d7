/** The signed-in person's menu: who and where they are, account security, sign out. */
import { Avatar, Menu, Text, UnstyledButton, Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { signOut } from '../api/auth';
import { useSession } from './session';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const leave = async () => {
    // Sign-out is best effort: the local session ends even if the server is unreachable.
    await signOut().catch(() => undefined);
    queryClient.clear();
    void navigate('/sign-in', { replace: true });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={t('userMenu.open', { name: me.displayName })} p={4}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="indigo" radius="xl" size="md" aria-hidden>
              {initials(me.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md">
              {me.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="gray.9">
            {me.displayName}
          </Text>
          <Text size="xs" c="gray.7">
            {me.agency.name}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item onClick={() => void navigate('/account/security')}>{t('userMenu.security')}</Menu.Item>
        <Menu.Item onClick={() => void leave()}>{t('userMenu.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
