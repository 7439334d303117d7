/**
 * The notification duty rules: which event obliges which type of agency to notify which,
 * within how many days. Administrators change the days or switch a rule off; a rule someone
 * else changed meanwhile is refused (409) and reloaded.
 */
import { useState } from 'react';
import { Button, NumberInput, Switch, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { DataTable } from '../../components/data-table';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useDutyRules, useUpdateRule, type RuleView } from './api';
import { useEventName } from './duty-parts';

function RuleRow({ rule }: { rule: RuleView }) {
  const { t } = useTranslation('duties');
  const eventName = useEventName();
  const update = useUpdateRule();
  const [days, setDays] = useState<number | string>(rule.days);
  const [active, setActive] = useState(rule.active);
  const [saved, setSaved] = useState(false);
  const changed = Number(days) !== rule.days || active !== rule.active;
  const name = eventName(rule.eventType);
  const daysError = isApiError(update.error) ? update.error.problem.fields?.find((f) => f.field === 'days')?.message : undefined;

  return (
    <Table.Tr data-rule={rule.eventType}>
      <Table.Td>
        <Text fw={500}>{name}</Text>
        {rule.legalReference && (
          <Text size="xs" c="gray.7">
            {rule.legalReference}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`web:agencyType.${rule.notifyingAgencyType}`)}</Table.Td>
      <Table.Td>{t(`web:agencyType.${rule.receivingAgencyType}`)}</Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={t('rules.daysFor', { event: name })}
          value={days}
          onChange={(v) => {
            setDays(v);
            setSaved(false);
          }}
          min={1}
          max={365}
          w={100}
          error={daysError}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t('rules.activeFor', { event: name })}
          checked={active}
          onChange={(e) => {
            setActive(e.currentTarget.checked);
            setSaved(false);
          }}
          label={active ? t('rules.on') : t('rules.off')}
        />
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          disabled={!changed}
          loading={update.isPending}
          aria-label={t('rules.saveFor', { event: name })}
          onClick={() => update.mutate({ rule, days: Number(days), active }, { onSuccess: () => setSaved(true) })}
        >
          {t('rules.save')}
        </Button>
        {saved && !changed && (
          <Text size="xs" fw={500} role="status">
            {t('rules.saved')}
          </Text>
        )}
        {update.error && !daysError && <ProblemAlert error={update.error} mt="xs" />}
      </Table.Td>
    </Table.Tr>
  );
}

export function DutyRulesPage() {
  const { t } = useTranslation('duties');
  const rules = useDutyRules();
  return (
    <>
      <PageHeader title={t('rules.title')} description={t('rules.description')} />
      <DataTable
        caption={t('rules.title')}
        headers={[t('column.event'), t('rules.notifying'), t('rules.receiving'), t('rules.days'), t('rules.active'), t('column.action')]}
        pending={rules.isPending}
        error={rules.error}
        rowCount={rules.data?.length ?? 0}
      >
        {(rules.data ?? []).map((r) => (
          // After a 409 the list reloads: the row keeps what was typed, now against the current version.
          <RuleRow key={r.id} rule={r} />
        ))}
      </DataTable>
    </>
  );
}
