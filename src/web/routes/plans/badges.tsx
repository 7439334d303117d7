/** States of a plan in words (never colour alone): a version's status, an action's status, and "overdue" with its icon. */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { ActionStatus, VersionView } from './api';

const versionColour: Record<VersionView['status'], string> = { draft: 'blue', signed: 'teal', superseded: 'gray' };
const actionColour: Record<ActionStatus, string> = { planned: 'gray', in_progress: 'blue', done: 'teal', cancelled: 'gray' };

export function VersionStatusBadge({ status }: { status: VersionView['status'] }) {
  const { t } = useTranslation('planweb');
  return (
    <Badge variant="light" color={versionColour[status]} radius="sm" tt="none" styles={wholeBadge}>
      {t(`versionStatus.${status}`)}
    </Badge>
  );
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation('planweb');
  return (
    <Badge variant={status === 'cancelled' ? 'outline' : 'light'} color={actionColour[status]} radius="sm" tt="none" styles={wholeBadge}>
      {t(`actionStatus.${status}`)}
    </Badge>
  );
}

/** A warning triangle; the word next to it carries the meaning. */
function WarningIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <path d="M8 1.5 15 14.5H1z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 6v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="8" cy="12.2" r="0.9" fill="currentColor" />
    </svg>
  );
}

export function OverdueMarker({ label }: { label?: string }) {
  const { t } = useTranslation('planweb');
  return (
    <Group gap={4} wrap="nowrap" c="red.9" component="span" display="inline-flex">
      <WarningIcon />
      <Text span size="sm" fw={600} c="red.9">
        {label ?? t('overdue')}
      </Text>
    </Group>
  );
}

/** A tick for what is in place (a barrier addressed), again beside words. */
export function CheckIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ flexShrink: 0 }}>
      <path d="M2.5 8.5 6.5 12.5 13.5 4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export { WarningIcon };
