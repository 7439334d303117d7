/**
 * One dimension of the fairness report: a row per subgroup. A suppressed group shows no
 * figure at all, only why; a rate whose denominator is too small shows a dash that is
 * read out as "too few to show". Adverse impact by the four-fifths rule is said in words.
 * Every dimension's table has the same columns at the same widths, so they compare at a glance.
 */
import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import { useNumbers } from './numbers';
import type { GroupStats } from './profiling-api';

interface Props {
  caption: string;
  groups: readonly GroupStats[];
  minCellSize: number;
  /** The everyone row: no ratios, since there is nothing to compare with. */
  overall?: boolean;
}

/** The four-fifths rule: a selection rate below 80 % of the highest suggests adverse impact. */
const FOUR_FIFTHS = 0.8;
const widths = ['22%', '9%', '17%', '13%', '13%', '13%', '13%'];

function Missing() {
  const { t } = useTranslation('analytics');
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('fairness.tooFew')}</span>
    </>
  );
}

export function FairnessTable({ caption, groups, minCellSize, overall = false }: Props) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const numeric = [t('fairness.people'), t('fairness.score'), t('fairness.longTerm'), t('fairness.selected'), t('fairness.falsePositive'), t('fairness.falseNegative')];

  const rate = (value: number | null, ratio: number | null, adverse = false) => (
    <Stack gap={2} align="flex-end">
      <Text size="sm">{value === null ? <Missing /> : n.percent(value)}</Text>
      {!overall && ratio !== null && (
        <Text size="xs" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
          {t('fairness.ratio', { ratio: n.decimal(ratio, 2) })}
        </Text>
      )}
      {adverse && (
        <Badge variant="light" color="red" radius="sm" tt="none" styles={wholeBadge}>
          {t('fairness.adverse')}
        </Badge>
      )}
    </Stack>
  );

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={960}>
        <Table striped verticalSpacing="sm" horizontalSpacing="sm" layout="fixed">
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fairness.group')}</Table.Th>
              {numeric.map((h) => (
                <Table.Th key={h} scope="col" ta="right">
                  {h}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.group}>
                <Table.Th scope="row" fw={500}>
                  {g.label}
                </Table.Th>
                {g.suppressed ? (
                  <Table.Td colSpan={numeric.length}>
                    <Badge variant="outline" color="gray.7" radius="sm" tt="none" mr="sm" styles={wholeBadge}>
                      {t('fairness.suppressed')}
                    </Badge>
                    <Text span size="sm" c="gray.7">
                      {t('fairness.suppressedWhy', { min: minCellSize })}
                    </Text>
                  </Table.Td>
                ) : (
                  <>
                    <Table.Td ta="right">{g.count === null ? <Missing /> : n.number(g.count)}</Table.Td>
                    <Table.Td ta="right">
                      <Text size="sm">{n.percent(g.meanScore)}</Text>
                      {g.quartiles && (
                        <Text size="xs" c="gray.7">
                          {t('fairness.quartiles', { q1: n.percent(g.quartiles.q1), median: n.percent(g.quartiles.median), q3: n.percent(g.quartiles.q3) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{g.longTermRate === null ? <Missing /> : n.percent(g.longTermRate)}</Table.Td>
                    <Table.Td ta="right">{rate(g.selectionRate, g.selectionRateRatio, !overall && g.selectionRateRatio !== null && g.selectionRateRatio < FOUR_FIFTHS)}</Table.Td>
                    <Table.Td ta="right">{rate(g.falsePositiveRate, g.falsePositiveRateRatio)}</Table.Td>
                    <Table.Td ta="right">{rate(g.falseNegativeRate, g.falseNegativeRateRatio)}</Table.Td>
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
