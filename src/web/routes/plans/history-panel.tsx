/**
 * The plan's versions, newest first: who made each and when, its status, the signature,
 * what the review was about, and its PDF (in the client's language or one chosen here);
 * below, what changed between two versions.
 */
import { useState } from 'react';
import { Anchor, Group, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { pdfUrl, type PlanView } from './api';
import { VersionStatusBadge } from './badges';
import { DiffView } from './diff-view';
import { SignatureCell } from './signature-cell';

const pdfLanguages = ['client', 'en', 'ru', 'hy'] as const;
const languageNames: Record<string, string> = { en: 'English', ru: 'Русский', hy: 'Հայերեն' };

export function HistoryPanel({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('planweb');
  const format = useFormat();
  const [lang, setLang] = useState<(typeof pdfLanguages)[number]>('client');

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-history">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="plan-history">
          {t('history.title')}
        </Title>
        <Select
          label={t('history.pdfLanguage')}
          size="xs"
          w={220}
          data={pdfLanguages.map((l) => ({ value: l, label: l === 'client' ? t('history.clientLanguage') : languageNames[l]! }))}
          value={lang}
          allowDeselect={false}
          onChange={(v) => setLang((v as typeof lang | null) ?? 'client')}
        />
      </Group>
      <Paper withBorder mb="lg">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" horizontalSpacing="sm">
            <Table.Caption className="visually-hidden">{t('history.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('history.version')}</Table.Th>
                <Table.Th scope="col">{t('history.status')}</Table.Th>
                <Table.Th scope="col">{t('history.created')}</Table.Th>
                <Table.Th scope="col">{t('history.signature')}</Table.Th>
                <Table.Th scope="col">{t('history.note')}</Table.Th>
                <Table.Th scope="col">{t('history.pdf')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.versions.map((v) => (
                <Table.Tr key={v.number}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    {t('history.versionNumber', { number: v.number })}
                  </Table.Th>
                  <Table.Td>
                    <VersionStatusBadge status={v.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(v.createdAt)}</Text>
                    <Text size="xs" c="gray.7">
                      {v.createdBy.displayName}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={160}>
                    <SignatureCell plan={plan} row={v} />
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Text size="sm">{v.reviewNote ?? t('table.none')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={pdfUrl(plan.id, v.number, lang === 'client' ? undefined : lang)} download size="sm">
                      {t('history.download')}
                      <span className="visually-hidden">{t('history.downloadOf', { number: v.number })}</span>
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <DiffView plan={plan} />
    </Paper>
  );
}
