/** One consent record: its state, what it covers, who recorded it and how, with its receipt and evidence. */
import { Anchor, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { consentEvidenceUrl, consentReceiptUrl, type Consent } from '../../api/consent';
import { useFormat } from '../../i18n/format';
import { Fact, Facts } from '../cases/facts';
import { CategoryList } from './category-list';
import { ConsentStatusBadge } from './consent-status-badge';

interface Props {
  consent: Consent;
  /** Shown when the signed-in person may withdraw it. */
  onWithdraw?: () => void;
}

const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

export function ConsentCard({ consent: c, onWithdraw }: Props) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const withdrawable = c.status === 'given' || c.status === 'not_yet_valid';
  const recorder = [c.recordedBy?.displayName, c.recordedByAgency?.name].filter(Boolean).join(', ');

  return (
    <Paper component="article" withBorder p="md" aria-label={t('consent.cardLabel', { status: t(`consentStatus.${c.status}`), date: format.dateTime(c.recordedAt) })}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <ConsentStatusBadge status={c.status} />
        <Group gap="sm">
          <Anchor href={consentReceiptUrl(c.id)} download={`consent-receipt-${c.id}.json`} size="sm">
            {t('consent.receipt')}
          </Anchor>
          {withdrawable && onWithdraw && (
            <Button size="xs" variant="outline" color="red" onClick={onWithdraw}>
              {t('consent.withdraw')}
            </Button>
          )}
        </Group>
      </Group>
      <Facts>
        <Fact label={t('consent.categories')}>
          <CategoryList categories={c.dataCategories} />
        </Fact>
        <Fact label={t('consent.purposes')}>{c.purposes.map((p) => t(`purpose.${p}`)).join(', ')}</Fact>
        <Fact label={t('consent.validity')}>
          {c.validUntil
            ? t('consent.validFromUntil', { from: format.dateTime(c.validFrom), until: format.dateTime(c.validUntil) })
            : t('consent.validFromOpen', { from: format.dateTime(c.validFrom) })}
        </Fact>
        {c.withdrawnAt && (
          <Fact label={t('consent.withdrawnAt')}>
            {format.dateTime(c.withdrawnAt)}
            {c.withdrawalReason && <Text size="sm">{c.withdrawalReason}</Text>}
          </Fact>
        )}
        <Fact label={t('consent.recordedBy')}>{t('consent.recordedByOn', { who: recorder || '—', date: format.dateTime(c.recordedAt) })}</Fact>
        <Fact label={t('consent.evidence')}>
          {t(`evidenceType.${c.evidenceType}`)}
          {c.evidence && (
            <>
              {' · '}
              <Anchor href={consentEvidenceUrl(c.id)} size="sm" aria-label={t('consent.downloadEvidenceNamed', { file: c.evidence.fileName })}>
                {t('consent.downloadEvidence', { file: c.evidence.fileName, size: kilobytes(c.evidence.size) })}
              </Anchor>
            </>
          )}
        </Fact>
      </Facts>
    </Paper>
  );
}
