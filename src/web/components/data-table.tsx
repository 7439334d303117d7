/**
 * A list page's table: named by a caption for screen readers, with loading, error and
 * empty states, scrolling sideways on narrow screens instead of squeezing columns.
 */
import type { ReactNode } from 'react';
import { Center, Loader, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

interface Props {
  caption: string;
  headers: string[];
  /** Headers of columns holding numbers are right-aligned like their values. */
  numeric?: string[];
  pending: boolean;
  error: unknown;
  rowCount: number;
  minWidth?: number;
  children: ReactNode;
}

export function DataTable({ caption, headers, numeric = [], pending, error, rowCount, minWidth = 800, children }: Props) {
  const { t } = useTranslation();
  const note = (content: ReactNode) => (
    <Table.Tr>
      <Table.Td colSpan={headers.length}>
        <Center py="lg">{content}</Center>
      </Table.Td>
    </Table.Tr>
  );
  return (
    <>
      {error !== null && error !== undefined && <ProblemAlert error={error} mb="md" />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover verticalSpacing="sm" horizontalSpacing="sm" aria-busy={pending}>
            <Table.Caption className="visually-hidden">{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {headers.map((h, i) => (
                  <Table.Th key={`${h}-${i}`} scope="col" ta={numeric.includes(h) ? 'right' : undefined}>
                    {h}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending && note(<Loader size="sm" aria-label={t('common.loading')} />)}
              {!pending && rowCount === 0 && !error && note(<Text c="gray.7">{t('common.noRows')}</Text>)}
              {!pending && children}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </>
  );
}
