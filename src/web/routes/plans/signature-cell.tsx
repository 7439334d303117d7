/**
 * A version's signature in the history: when, and — for the version on screen, or on
 * request for an older one (reading a version is recorded, so not for every row up front)
 * — who signed, how, and who witnessed it.
 */
import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { usePlanVersion, type PlanView, type VersionView } from './api';

export function SignatureCell({ plan, row }: { plan: PlanView; row: PlanView['versions'][number] }) {
  const { t } = useTranslation('planweb');
  const format = useFormat();
  const [asked, setAsked] = useState(false);
  const isCurrent = row.number === plan.current.number;
  const fetched = usePlanVersion(plan, asked && !isCurrent ? row.number : null);
  if (!row.signedAt) return <Text size="sm">{t('table.none')}</Text>;
  const signature: VersionView['signature'] = isCurrent ? plan.current.signature : (fetched.data?.signature ?? null);
  return (
    <>
      <Text size="sm">{format.dateTime(row.signedAt)}</Text>
      {signature ? (
        <Text size="xs" c="gray.7">
          {[signature.signedName, t(`method.${signature.method}`), signature.witnessedBy ? t('facts.witnessedBy', { name: signature.witnessedBy.displayName }) : null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      ) : (
        <Button
          size="compact-xs"
          variant="subtle"
          px={0}
          loading={fetched.isFetching}
          onClick={() => setAsked(true)}
        >
          {t('history.signatureShow')}
          <span className="visually-hidden">{t('history.signatureOf', { number: row.number })}</span>
        </Button>
      )}
    </>
  );
}
