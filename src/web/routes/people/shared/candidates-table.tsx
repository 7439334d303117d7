/**
 * Search results: the minimal identity of each candidate, how likely a match it is and
 * why (the server's reasons), and an action chosen by the page (open, pick, flag).
 */
import type { ReactNode } from 'react';
import { Badge, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchCandidate } from '../../../api/people';
import { DataTable } from '../../../components/data-table';
import { useMunicipalityNames } from '../../../components/use-options';
import { PersonName } from './person-name';
import { useDay } from './use-day';

interface Props {
  caption: string;
  candidates: readonly SearchCandidate[];
  pending: boolean;
  error: unknown;
  action: (candidate: SearchCandidate) => ReactNode;
  /** Narrower tables inside dialogs leave out the municipality. */
  compact?: boolean;
}

/** Words for the score, so the match strength is never told by colour or a bare number alone. */
function likelihood(score: number): { key: 'high' | 'medium' | 'low'; color: string } {
  if (score >= 0.8) return { key: 'high', color: 'red' };
  if (score >= 0.5) return { key: 'medium', color: 'violet' };
  return { key: 'low', color: 'gray' };
}

export function CandidatesTable({ caption, candidates, pending, error, action, compact = false }: Props) {
  const { t } = useTranslation('intake');
  const day = useDay();
  const { nameOf } = useMunicipalityNames();
  const headers = [
    t('field.name'),
    t('field.birthDate'),
    t('field.onedoorId'),
    ...(compact ? [] : [t('field.municipalityCode')]),
    t('search.match'),
    t('web:common.actions'),
  ];
  return (
    <DataTable caption={caption} headers={headers} pending={pending} error={error} rowCount={candidates.length} minWidth={compact ? 640 : 900}>
      {candidates.map((c) => {
        const level = likelihood(c.score);
        return (
          <Table.Tr key={c.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                <PersonName person={c} />
              </Text>
              <Text size="xs" c="gray.7">
                {t(`people:nameScript.${c.nameScript}`)}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(c.birthDate)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.onedoorId}</Table.Td>
            {!compact && <Table.Td>{c.municipalityCode ? nameOf(c.municipalityCode) : '—'}</Table.Td>}
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <Badge variant="light" color={level.color} radius="sm" tt="none">
                  {t(`search.likelihood.${level.key}`, { percent: Math.round(c.score * 100) })}
                </Badge>
                <List size="xs" spacing={0}>
                  {c.reasons.map((r) => (
                    <List.Item key={r}>{t(`people:searchReason.${r}`)}</List.Item>
                  ))}
                </List>
              </Stack>
            </Table.Td>
            <Table.Td>{action(c)}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
