/** A consent's current state in words: given, refused, withdrawn, expired or not yet valid. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConsentStatus } from '../../api/consent';
import { wholeBadge } from '../cases/badge-styles';

const colour: Record<ConsentStatus, string> = { given: 'teal', refused: 'gray', withdrawn: 'orange', expired: 'gray', not_yet_valid: 'blue' };

export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation('casework');
  return (
    <Badge variant="light" color={colour[status]} radius="sm" tt="none" styles={wholeBadge}>
      {t(`consentStatus.${status}`)}
    </Badge>
  );
}
