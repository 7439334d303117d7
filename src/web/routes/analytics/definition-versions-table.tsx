/** The versions of an instrument or of the rules, newest first, with what may be done to each. */
import { useMemo } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usersQuery } from '../../api/admin';
import { useSession } from '../../app/session';
import { DataTable } from '../../components/data-table';
import { useNumbers } from './numbers';
import { DefinitionStatusBadge } from './definition-status-badge';
import type { DefinitionKind, DefinitionSummary } from './definitions-api';

interface Props {
  kind: DefinitionKind;
  query: UseQueryResult<DefinitionSummary[]>;
  selected: string | undefined;
  onView: (v: DefinitionSummary) => void;
  onEdit: (v: DefinitionSummary) => void;
  onPublish: (v: DefinitionSummary) => void;
}

/** Versions name their authors by id only; administrators can read the staff list to name them. */
function useStaffName() {
  const { t } = useTranslation('analytics');
  const me = useSession();
  const users = useQuery({ ...usersQuery({}), enabled: me.permissions.includes('users.read') });
  const names = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.displayName])), [users.data]);
  return (id: string | null) => (id === null ? t('definitions.shipped') : id === me.id ? t('models.byYou') : (names.get(id) ?? t('models.byStaff')));
}

export function DefinitionVersionsTable({ kind, query, selected, onView, onEdit, onPublish }: Props) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const staffName = useStaffName();
  const headers = [t('definitions.version'), t('web:common.status'), t('definitions.created'), t('definitions.published'), t('web:common.actions')];
  const named = (key: string, v: DefinitionSummary) => t(key, { n: v.number });
  const what = kind === 'instrument' ? 'definitions.instrumentN' : 'definitions.rulesN';

  return (
    <DataTable caption={t(kind === 'instrument' ? 'definitions.instrumentVersions' : 'definitions.rulesVersions')} headers={headers} pending={query.isPending} error={query.error} rowCount={query.data?.length ?? 0} minWidth={820}>
      {query.data?.map((v) => (
        <Table.Tr key={v.id} aria-current={v.id === selected ? 'true' : undefined} bg={v.id === selected ? 'indigo.0' : undefined}>
          <Table.Td>
            <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {named(what, v)}
            </Text>
          </Table.Td>
          <Table.Td>
            <DefinitionStatusBadge status={v.status} />
          </Table.Td>
          <Table.Td>
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {n.dateTime(v.createdAt)}
            </Text>
            <Text size="xs" c="gray.7">
              {staffName(v.createdBy)}
            </Text>
          </Table.Td>
          <Table.Td>
            {v.publishedAt ? (
              <>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {n.dateTime(v.publishedAt)}
                </Text>
                <Text size="xs" c="gray.7">
                  {staffName(v.publishedBy)}
                </Text>
              </>
            ) : (
              <Text size="sm">{t('definitions.notPublished')}</Text>
            )}
          </Table.Td>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Button size="xs" variant={v.id === selected ? 'light' : 'default'} onClick={() => onView(v)} aria-label={named(kind === 'instrument' ? 'definitions.viewInstrumentN' : 'definitions.viewRulesN', v)}>
                {t('definitions.view')}
              </Button>
              {v.status === 'draft' && (
                <>
                  <Button size="xs" variant="default" onClick={() => onEdit(v)} aria-label={named(kind === 'instrument' ? 'definitions.editInstrumentN' : 'definitions.editRulesN', v)}>
                    {t('definitions.edit')}
                  </Button>
                  <Button size="xs" onClick={() => onPublish(v)} aria-label={named(kind === 'instrument' ? 'definitions.publishInstrumentN' : 'definitions.publishRulesN', v)}>
                    {t('definitions.publish')}
                  </Button>
                </>
              )}
            </Group>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
