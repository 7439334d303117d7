/** A version's status in words: draft (editable), current (in use), retired (kept for old assessments). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { DefinitionSummary } from './definitions-api';

const colour: Record<DefinitionSummary['status'], string> = { draft: 'blue', published: 'teal', retired: 'gray' };

export function DefinitionStatusBadge({ status }: { status: DefinitionSummary['status'] }) {
  const { t } = useTranslation('analytics');
  return (
    <Badge variant="light" color={colour[status]} radius="sm" tt="none" styles={wholeBadge}>
      {t(`definitions.status.${status}`)}
    </Badge>
  );
}
