/** Whether an assessment is still being answered or finalised, in words. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { AssessmentSummary } from './api';

export function AssessmentStatusBadge({ status }: { status: AssessmentSummary['status'] }) {
  const { t } = useTranslation('assessment');
  return (
    <Badge variant="light" color={status === 'finalised' ? 'teal' : 'blue'} radius="sm" tt="none" styles={wholeBadge}>
      {t(`status.${status}`)}
    </Badge>
  );
}
