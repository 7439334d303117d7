/**
 * The person's integrated cases the viewer may see, each linking to its case page. The
 * office that registered the person (or leads their case) is offered the next step after
 * intake when no case is active: the casework screens' "open a case" page.
 */
import { Anchor, Button, Group, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePersonCases } from '../../../api/cases';
import type { PersonView } from '../../../api/people';
import { useSession } from '../../../app/session';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';

export function CasesTab({ person }: { person: PersonView }) {
  const { t } = useTranslation('intake');
  const format = useFormat();
  const me = useSession();
  const cases = usePersonCases(person.id);
  // The server decides; this only hides a way that would be refused.
  const mayOpen =
    me.permissions.includes('case.open') &&
    (person.relation === 'registrar' || person.relation === 'lead') &&
    cases.isSuccess &&
    !cases.data.some((c) => c.status !== 'closed');
  const headers = [t('cases.opened'), t('cases.status'), t('cases.leadAgency'), t('cases.caseManager'), t('cases.closed')];

  return (
    <section aria-labelledby="person-cases">
      <h2 id="person-cases" className="visually-hidden">
        {t('tabs.cases')}
      </h2>
      {mayOpen && (
        <Group justify="flex-end" mb="sm">
          <Button component={Link} to={`/people/${person.id}/cases/new`} variant="light" size="sm">
            {t('cases.open')}
          </Button>
        </Group>
      )}
      <DataTable caption={t('tabs.cases')} headers={headers} pending={cases.isPending} error={cases.error} rowCount={cases.data?.length ?? 0} minWidth={760}>
        {cases.data?.map((c) => (
          <Table.Tr key={c.id}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Anchor component={Link} to={`/cases/${c.id}`} size="sm" aria-label={t('cases.openNamed', { date: format.dateTime(c.openedAt) })}>
                {format.dateTime(c.openedAt)}
              </Anchor>
            </Table.Td>
            <Table.Td>{t(`cases.statusName.${c.status}`)}</Table.Td>
            <Table.Td>{c.leadAgency.name}</Table.Td>
            <Table.Td>{c.caseManager.displayName}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.closedAt ? format.dateTime(c.closedAt) : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </section>
  );
}
