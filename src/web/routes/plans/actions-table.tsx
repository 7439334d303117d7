/**
 * The actions of a version: what, of which kind, who does it, the service, by when, the
 * target of a job-search agreement, and the status with "overdue" in words and an icon.
 * The last column holds what the person may do: change or remove (a draft), or record
 * progress (the version in force). Problems the server found are shown on the action.
 * A table on wider screens; on a phone one card per action, as a table of seven columns
 * cannot be read at that width.
 */
import type { ReactNode } from 'react';
import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ActionDraft, StatusOf } from './draft';
import { errorsOf, type FieldErrors } from './field-errors';
import { ActionStatusBadge, OverdueMarker } from './badges';
import type { PlanNames } from './names';
import { PlanFact, PlanFacts } from './plan-facts';
import { usePlanText } from './plan-text';

interface Props {
  caption: string;
  rows: ActionDraft[];
  status: StatusOf;
  names: PlanNames;
  errors?: FieldErrors;
  /** The buttons of one row. */
  controls?: (row: ActionDraft) => ReactNode;
}

/** The parts of one action as the table and the cards show them. */
function useParts({ status, names, errors = {} }: Pick<Props, 'status' | 'names' | 'errors'>) {
  const { t, day, target, owner } = usePlanText();
  return (a: ActionDraft) => {
    const s = status(a.key);
    const problems = Object.entries(errorsOf(errors, `actions.${a.key}`));
    return {
      title: (
        <>
          <Text size="sm" fw={500}>
            {a.title}
          </Text>
          <Text size="xs" c="gray.7">
            {t(`kind.${a.kind}`)}
            {a.suggestionId && ` · ${t('table.suggested')}`}
          </Text>
          {problems.length > 0 && (
            <Stack gap={2} mt={4}>
              {problems.map(([field, message]) => (
                <Text key={field} size="xs" c="red.9" fw={500}>
                  {t('table.problem', { field: t(`field.${field.split('.')[0]}`, { defaultValue: field }), message })}
                </Text>
              ))}
            </Stack>
          )}
        </>
      ),
      who: (
        <>
          <Text size="sm" span display="block">
            {owner({ party: a.owner.party, agencyName: names.agency(a.owner.agencyId) ?? a.service?.agencyName })}
          </Text>
          {a.owner.party === 'partner_agency' && (
            <Text size="xs" c="gray.7" span display="block">
              {t('party.partner_agency')}
            </Text>
          )}
        </>
      ),
      service: a.service ? (
        <>
          <Text size="sm" span display="block">
            {a.service.name}
          </Text>
          <Text size="xs" c="gray.7" span display="block">
            {a.service.agencyName}
          </Text>
        </>
      ) : (
        <Text size="sm" c="gray.7" span>
          {t('table.none')}
        </Text>
      ),
      due: day(a.dueOn),
      target: a.target ? target(a.target) : t('table.none'),
      status: s ? (
        <Stack gap={4} align="flex-start" component="span">
          <ActionStatusBadge status={s.status} />
          {s.overdue && <OverdueMarker />}
          {s.result && (
            <Text size="xs" span style={{ overflowWrap: 'break-word' }}>
              {t('table.result', { result: s.result })}
            </Text>
          )}
        </Stack>
      ) : (
        <Text size="xs" c="gray.7" span>
          {t('table.unsaved')}
        </Text>
      ),
    };
  };
}

export function ActionsTable(props: Props) {
  // Mantine's "sm" breakpoint (48em): below it, cards.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  return wide ? <Rows {...props} /> : <Cards {...props} />;
}

function Rows({ caption, rows, controls, ...rest }: Props) {
  const { t } = usePlanText();
  const parts = useParts(rest);
  const headers = [t('table.action'), t('table.who'), t('table.service'), t('table.due'), t('table.target'), t('table.status')];
  if (controls) headers.push(t('web:common.actions'));
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={880}>
        <Table verticalSpacing="sm" horizontalSpacing="sm" striped>
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {headers.map((h) => (
                <Table.Th key={h} scope="col">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => {
              const p = parts(a);
              return (
                <Table.Tr key={a.key} id={`plan-action-${a.key}`} data-plan-action="">
                  <Table.Th scope="row" fw={400} miw={180} style={{ overflowWrap: 'break-word' }}>
                    {p.title}
                  </Table.Th>
                  <Table.Td miw={140} style={{ overflowWrap: 'break-word' }}>
                    {p.who}
                  </Table.Td>
                  <Table.Td miw={150} style={{ overflowWrap: 'break-word' }}>
                    {p.service}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{p.due}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{p.target}</Text>
                  </Table.Td>
                  <Table.Td>{p.status}</Table.Td>
                  {controls && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {controls(a)}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Cards({ caption, rows, controls, ...rest }: Props) {
  const { t } = usePlanText();
  const parts = useParts(rest);
  return (
    <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label={caption}>
      {rows.map((a) => {
        const p = parts(a);
        return (
          <Paper component="li" key={a.key} id={`plan-action-${a.key}`} data-plan-action="" withBorder p="sm">
            <div style={{ overflowWrap: 'break-word' }}>{p.title}</div>
            <div style={{ marginTop: 8 }}>
              <PlanFacts min="9rem">
                <PlanFact label={t('table.who')}>{p.who}</PlanFact>
                <PlanFact label={t('table.due')}>{p.due}</PlanFact>
                <PlanFact label={t('table.service')}>{p.service}</PlanFact>
                {p.target !== t('table.none') && <PlanFact label={t('table.target')}>{p.target}</PlanFact>}
                <PlanFact label={t('table.status')}>{p.status}</PlanFact>
              </PlanFacts>
            </div>
            {controls && (
              <Group gap="xs" mt="sm" wrap="wrap">
                {controls(a)}
              </Group>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
