/**
 * The person's household now (members the viewer may see) and every household they
 * belonged to, with dates: social assistance is assessed per household and over time.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { peopleKeys, type PersonView } from '../../../api/people';
import { createHousehold, useHouseholdHistory } from '../../../api/people-related';
import { DataTable } from '../../../components/data-table';
import { ProblemAlert } from '../../../components/problem-alert';
import { Fact, Facts } from '../shared/facts';
import { useDay } from '../shared/use-day';
import { AddMemberModal } from './add-member-modal';

export function HouseholdTab({ person, canEdit }: { person: PersonView; canEdit: boolean }) {
  const { t } = useTranslation('intake');
  const day = useDay();
  const queryClient = useQueryClient();
  const history = useHouseholdHistory(person.id);
  const [adding, setAdding] = useState(false);
  const household = person.household ?? null;
  const start = useMutation({
    mutationFn: () => createHousehold(person.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      notifications.show({ color: 'teal', message: t('household.started') });
    },
  });

  return (
    <Stack gap="lg">
      <Paper component="section" withBorder p="lg" aria-labelledby="household-current">
        <Group justify="space-between" mb="md">
          <Title order={2} size="h4" id="household-current">
            {t('household.current')}
          </Title>
          {canEdit && household && (
            <Button variant="light" size="sm" onClick={() => setAdding(true)}>
              {t('household.addMember')}
            </Button>
          )}
          {canEdit && !household && (
            <Button variant="light" size="sm" onClick={() => start.mutate()} loading={start.isPending}>
              {t('household.start')}
            </Button>
          )}
        </Group>
        {start.error && <ProblemAlert error={start.error} mb="md" />}
        {!household ? (
          <Text c="gray.7">{t('household.none')}</Text>
        ) : (
          <Stack gap="md">
            <Facts>
              <Fact label={t('household.relationship')}>{t(`people:relationship.${household.relationship}`)}</Fact>
              <Fact label={t('household.since')}>{day(household.joinedOn)}</Fact>
            </Facts>
            <DataTable
              caption={t('household.members')}
              headers={[t('field.name'), t('field.onedoorId'), t('household.relationship'), t('household.since')]}
              pending={false}
              error={null}
              rowCount={household.members.length}
              minWidth={640}
            >
              {household.members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>
                    {m.personId === person.id ? (
                      <Text size="sm" span>
                        {m.givenName} {m.familyName} <Badge size="sm" variant="light" tt="none" radius="sm">{t('household.thisPerson')}</Badge>
                      </Text>
                    ) : (
                      <Anchor component={Link} to={`/people/${m.personId}`} size="sm">
                        {m.givenName} {m.familyName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.onedoorId}</Table.Td>
                  <Table.Td>{t(`people:relationship.${m.relationship}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(m.joinedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
            <Alert color="gray" variant="light">
              {t('household.membersNote')}
            </Alert>
          </Stack>
        )}
      </Paper>

      <section aria-labelledby="household-history">
        <Title order={2} size="h4" mb="sm" id="household-history">
          {t('household.history')}
        </Title>
        <DataTable
          caption={t('household.history')}
          headers={[t('household.household'), t('household.relationship'), t('household.joinedOn'), t('household.leftOn')]}
          pending={history.isPending}
          error={history.error}
          rowCount={history.data?.length ?? 0}
          minWidth={640}
        >
          {history.data?.map((h) => (
            <Table.Tr key={`${h.householdId}-${h.joinedOn}`}>
              <Table.Td>
                {h.leftOn ? t('household.earlier') : t('household.currentShort')}{' '}
                <Text span size="xs" c="gray.7" title={h.householdId}>
                  {h.householdId.slice(0, 8)}
                </Text>
              </Table.Td>
              <Table.Td>{t(`people:relationship.${h.relationship}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(h.joinedOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{h.leftOn ? day(h.leftOn) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </section>
      {adding && household && <AddMemberModal person={person} householdId={household.id} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
