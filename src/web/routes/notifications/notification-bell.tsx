/**
 * The bell in the header: a link to the notifications page whose name says how many are
 * unread ("Notifications, 3 unread"); the count is polled every 45 seconds and when the
 * window regains focus.
 */
import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from './api';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M6 16V11a6 6 0 0 1 12 0v5l1.5 2h-15zM10 20a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? t('web.bellUnread', { count: unread }) : t('web.bell');
  return (
    <Indicator
      // The link's name already says the number; the badge is for the eye only.
      label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>}
      disabled={unread === 0}
      size={18}
      color="red.9"
      offset={4}
    >
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="gray.9" size="lg" aria-label={label} title={label} id="notification-bell">
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
