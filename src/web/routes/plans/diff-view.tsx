/**
 * What changed between two versions of the plan (by default the latest and the one before):
 * one row per change — the plan, an action or an obligation; the field, or "added" /
 * "removed"; the value before and after, in words.
 */
import { useState } from 'react';
import { Center, Group, Loader, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useGoalTypes, usePlanDiff, usePlanVersion, type PlanView } from './api';
import { describeChange } from './diff-text';
import { goalLabel, usePlanText } from './plan-text';

export function DiffView({ plan }: { plan: PlanView }) {
  const { t } = useTranslation('planweb');
  const numbers = plan.versions.map((v) => v.number);
  const [from, setFrom] = useState<number | null>(numbers[1] ?? null);
  const [to, setTo] = useState<number | null>(numbers[0] ?? null);
  const options = numbers.map((n) => ({ value: String(n), label: t('history.versionNumber', { number: n }) }));

  return (
    <section aria-labelledby="plan-diff">
      <Title order={3} size="h5" mb="xs" id="plan-diff">
        {t('diff.title')}
      </Title>
      {numbers.length < 2 ? (
        <Text size="sm">{t('diff.oneVersion')}</Text>
      ) : (
        <>
          <Group gap="sm" mb="sm" wrap="wrap">
            <Select label={t('diff.from')} size="xs" w={160} data={options} value={from === null ? null : String(from)} allowDeselect={false} onChange={(v) => setFrom(v ? Number(v) : null)} />
            <Select label={t('diff.to')} size="xs" w={160} data={options} value={to === null ? null : String(to)} allowDeselect={false} onChange={(v) => setTo(v ? Number(v) : null)} />
          </Group>
          {from === to ? <Text size="sm">{t('diff.same')}</Text> : <Changes plan={plan} from={from!} to={to!} />}
        </>
      )}
    </section>
  );
}

function Changes({ plan, from, to }: { plan: PlanView; from: number; to: number }) {
  const { t } = useTranslation('planweb');
  const text = usePlanText();
  const goalTypes = useGoalTypes();
  const diff = usePlanDiff(plan, from, to);
  // The two versions name the services, agencies and barriers the changes refer to by id or code.
  const before = usePlanVersion(plan, from);
  const after = usePlanVersion(plan, to);
  const error = diff.error ?? before.error ?? after.error;
  if (error) return <ProblemAlert error={error} />;
  if (!diff.data || !before.data || !after.data) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (diff.data.changes.length === 0) return <Text size="sm">{t('diff.none')}</Text>;
  const lookups = { versions: [before.data, after.data], goal: (code: string) => goalLabel(goalTypes.data, code) };
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" horizontalSpacing="sm" striped>
          <Table.Caption className="visually-hidden">{t('diff.caption', { from, to })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('diff.what')}</Table.Th>
              <Table.Th scope="col">{t('diff.change')}</Table.Th>
              <Table.Th scope="col">{t('diff.before', { number: from })}</Table.Th>
              <Table.Th scope="col">{t('diff.after', { number: to })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {diff.data.changes.map((c) => {
              const d = describeChange(c, text, lookups);
              return (
                <Table.Tr key={`${c.path}:${c.kind}`}>
                  <Table.Th scope="row" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {d.subject}
                  </Table.Th>
                  <Table.Td>{d.field}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.before}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.after}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
