/** A case's status as a badge with words (never colour alone). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/cases';
import { wholeBadge } from './badge-styles';

const colour: Record<CaseStatus, string> = { open: 'teal', suspended: 'orange', closed: 'gray' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('casework');
  return (
    <Badge variant="light" color={colour[status]} radius="sm" tt="none" styles={wholeBadge}>
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}
