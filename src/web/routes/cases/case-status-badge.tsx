/** A case's status as a badge with words (never colour alone). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/cases';
import { wholeBadge } from './badge-styles';

// Shade 9 text: orange and Mantine's default light-badge text fall below 4.5:1 contrast.
const colour: Record<CaseStatus, string> = { open: 'teal', suspended: 'red', closed: 'gray' };

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('casework');
  return (
    <Badge variant="light" color={colour[status]} c={`${colour[status]}.9`} radius="sm" tt="none" styles={wholeBadge}>
      {t(`caseStatus.${status}`)}
    </Badge>
  );
}
