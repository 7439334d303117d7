/**
 * Who changed what when: every saved version with the fields it changed, old → new. The
 * server leaves out fields of categories the viewer may not see, so a version can list
 * fewer changes than it had; a version with none left says so without naming any.
 */
import { List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePersonHistory } from '../../../api/people';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import { useFieldValue } from '../shared/use-field-value';

export function HistoryTab({ personId }: { personId: string }) {
  const { t } = useTranslation('intake');
  const format = useFormat();
  const valueOf = useFieldValue();
  const history = usePersonHistory(personId);
  const revisions = [...(history.data ?? [])].sort((a, b) => b.version - a.version);
  const headers = [t('history.version'), t('history.when'), t('history.who'), t('history.changes')];

  return (
    <section aria-labelledby="person-history">
      <h2 id="person-history" className="visually-hidden">
        {t('tabs.history')}
      </h2>
      <DataTable caption={t('tabs.history')} headers={headers} pending={history.isPending} error={history.error} rowCount={revisions.length} minWidth={820}>
        {revisions.map((r) => {
          const changes = Object.entries(r.changes);
          return (
            <Table.Tr key={r.version} style={{ verticalAlign: 'top' }}>
              <Table.Td>{r.version}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(r.changedAt)}</Table.Td>
              <Table.Td>
                {r.changedBy ? (
                  <>
                    <Text size="sm">{r.changedBy.displayName}</Text>
                    <Text size="xs" c="gray.7">
                      {r.changedBy.agencyName}
                    </Text>
                  </>
                ) : (
                  t('history.system')
                )}
              </Table.Td>
              <Table.Td>
                {changes.length === 0 ? (
                  <Text size="sm" c="gray.7">
                    {t('history.nothingVisible')}
                  </Text>
                ) : (
                  <List size="sm" spacing={2}>
                    {changes.map(([field, change]) => (
                      <List.Item key={field}>
                        <Text span size="sm" fw={500}>
                          {t(`field.${field}`, { defaultValue: field })}:
                        </Text>{' '}
                        {r.version === 1
                          ? valueOf(field, change.to)
                          : t('history.fromTo', { from: valueOf(field, change.from), to: valueOf(field, change.to) })}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </DataTable>
    </section>
  );
}
