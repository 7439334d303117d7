/**
 * Legal bases other than consent (a law, a court order) that let an agency process
 * categories of this person's data. Recording and revoking one is a supervisor's decision.
 */
import { useState } from 'react';
import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLegalBases, type LegalBasis } from '../../api/consent';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { useFormat } from '../../i18n/format';
import { CategoryList } from './category-list';
import { LegalBasisFormModal } from './legal-basis-form-modal';
import { RevokeLegalBasisModal } from './revoke-legal-basis-modal';
import { wholeBadge } from '../cases/badge-styles';

const colour: Record<LegalBasis['status'], string> = { active: 'teal', revoked: 'orange', expired: 'gray', not_yet_valid: 'blue' };

export function LegalBasesSection({ personId }: { personId: string }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const me = useSession();
  const bases = useLegalBases(personId);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<LegalBasis | null>(null);
  const decides = me.roles.includes('supervisor') && me.permissions.includes('consent.record');
  const headers = [t('legalBasis.agency'), t('legalBasis.basis'), t('consent.categories'), t('legalBasis.validity'), t('legalBasis.status'), t('web:common.actions')];
  const rows = bases.data ?? [];

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="legal-bases" mt="xl">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h3" id="legal-bases">
          {t('legalBasis.title')}
        </Title>
        {decides && <Button onClick={() => setAdding(true)}>{t('legalBasis.record')}</Button>}
      </Group>
      <Text size="sm" c="gray.7" mb="md">
        {t('legalBasis.explain')}
      </Text>
      <DataTable caption={t('legalBasis.title')} headers={headers} pending={bases.isPending} error={bases.error} rowCount={rows.length} minWidth={900}>
        {rows.map((b) => (
          <Table.Tr key={b.id}>
            <Table.Td>{b.agency.name}</Table.Td>
            <Table.Td>
              <Text size="sm">{t(`legalBasisKind.${b.basis}`)}</Text>
              <Text size="xs" c="gray.7">
                {b.reference}
              </Text>
            </Table.Td>
            <Table.Td>
              <CategoryList categories={b.dataCategories} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {b.validUntil
                  ? t('consent.validFromUntil', { from: format.dateTime(b.validFrom), until: format.dateTime(b.validUntil) })
                  : t('legalBasis.validFromOpen', { from: format.dateTime(b.validFrom) })}
              </Text>
              {b.recordedBy && (
                <Text size="xs" c="gray.7">
                  {t('legalBasis.recordedBy', { name: b.recordedBy.displayName })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={colour[b.status]} radius="sm" tt="none" styles={wholeBadge}>
                {t(`legalBasisStatus.${b.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {decides && (b.status === 'active' || b.status === 'not_yet_valid') && (
                <Button size="xs" variant="outline" color="red" onClick={() => setRevoking(b)} aria-label={t('legalBasis.revokeNamed', { agency: b.agency.name, reference: b.reference })}>
                  {t('legalBasis.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {adding && <LegalBasisFormModal personId={personId} onClose={() => setAdding(false)} />}
      {revoking && <RevokeLegalBasisModal basis={revoking} onClose={() => setRevoking(null)} />}
    </Paper>
  );
}
