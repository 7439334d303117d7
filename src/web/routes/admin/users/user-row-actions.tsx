/**
 * Actions on one staff account: Edit stays visible; the rarer ones (new password,
 * unlock) sit in a menu so the table fits a laptop screen.
 */
import { Button, Group, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../../api/types';

interface Props {
  user: StaffUser;
  unlocking: boolean;
  onEdit: () => void;
  onSetPassword: () => void;
  onUnlock: () => void;
}

export function UserRowActions({ user, unlocking, onEdit, onSetPassword, onUnlock }: Props) {
  const { t } = useTranslation();
  const name = user.displayName;
  return (
    <Group gap={6} wrap="nowrap">
      <Button size="xs" variant="default" onClick={onEdit} aria-label={t('common.editNamed', { name })}>
        {t('common.edit')}
      </Button>
      {user.locked && (
        <Button size="xs" color="red" loading={unlocking} onClick={onUnlock} aria-label={t('users.unlockNamed', { name })}>
          {t('users.unlock')}
        </Button>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="xs"
            variant="subtle"
            color="dark"
            aria-label={t('users.moreActions', { name })}
            rightSection={<span aria-hidden="true">▾</span>}
          >
            {t('users.more')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={onSetPassword}>{t('users.setPassword')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
