/**
 * My notifications (and my agency's), newest first: what happened in words, when, a link
 * to where the evidence is, and marking read one by one or all at once. Opening the link
 * marks the notification read.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Pagination, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { wholeBadge } from '../cases/badge-styles';
import { useMarkRead, useNotifications, type NotificationView } from './api';
import { useNotificationText } from './notification-text';

const PAGE = 20;

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const text = useNotificationText();
  const [show, setShow] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const list = useNotifications({ unreadOnly: show === 'unread', limit: PAGE, offset: (page - 1) * PAGE });
  const markRead = useMarkRead();
  const items = list.data?.items ?? [];
  const unread = list.data?.unread ?? 0;
  // The server gives no total: another page exists while this one is full.
  const pages = page + (items.length === PAGE ? 1 : 0);

  const open = (n: NotificationView) => {
    if (!n.readAt) markRead.mutate([n.id]);
  };

  return (
    <>
      <PageHeader
        title={t('web.title')}
        description={t('web.summary', { count: unread })}
        actions={
          <Button variant="default" onClick={() => markRead.mutate('all')} disabled={unread === 0} loading={markRead.isPending && markRead.variables === 'all'}>
            {t('web.markAllRead')}
          </Button>
        }
      />
      <Group mb="md">
        <div>
          <Text component="span" size="sm" fw={500} id="notifications-show" display="block" mb={4}>
            {t('web.show')}
          </Text>
          <SegmentedControl
            aria-labelledby="notifications-show"
            value={show}
            onChange={(v) => {
              setShow(v as 'all' | 'unread');
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('web.showAll') },
              { value: 'unread', label: t('web.showUnread') },
            ]}
          />
        </div>
      </Group>
      {list.error && <ProblemAlert error={list.error} mb="md" />}
      {markRead.error && <ProblemAlert error={markRead.error} mb="md" />}
      {!list.isPending && items.length === 0 && !list.error && (
        <Paper withBorder p="lg">
          <Text c="gray.7">{show === 'unread' ? t('web.noneUnread') : t('web.none')}</Text>
        </Paper>
      )}
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('web.title')} aria-busy={list.isFetching}>
        {items.map((n) => {
          const sentence = text(n);
          return (
            <Paper
              component="li"
              key={n.id}
              withBorder
              p="md"
              data-notification={n.kind}
              data-unread={n.readAt ? undefined : ''}
              style={n.readAt ? undefined : { borderInlineStart: '4px solid var(--mantine-color-indigo-7)' }}
            >
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <div style={{ minWidth: 0 }}>
                  <Group gap="xs" mb={4} wrap="wrap">
                    {!n.readAt && (
                      <Badge color="indigo" variant="light" radius="sm" tt="none" styles={wholeBadge}>
                        {t('web.new')}
                      </Badge>
                    )}
                    {n.forAgency && (
                      <Badge color="gray" variant="light" radius="sm" tt="none" styles={wholeBadge}>
                        {t('web.forAgency')}
                      </Badge>
                    )}
                    <Text size="xs" c="gray.7" component="span">
                      <time dateTime={n.createdAt}>{format.dateTime(n.createdAt)}</time>
                    </Text>
                  </Group>
                  <Anchor component={Link} to={n.link} onClick={() => open(n)} fw={n.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                    {sentence}
                  </Anchor>
                </div>
                {!n.readAt && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => markRead.mutate([n.id])}
                    aria-label={t('web.markReadNamed', { text: sentence })}
                    style={{ flexShrink: 0 }}
                  >
                    {t('web.markRead')}
                  </Button>
                )}
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {pages > 1 && (
        <Group justify="center" mt="lg">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`casework:pagination.${control}`) })}
          />
        </Group>
      )}
    </>
  );
}
