/** Consents grouped by the agency they are addressed to (alphabetically), newest first within each. */
import { useMemo } from 'react';
import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../api/consent';
import { ProblemAlert } from '../../components/problem-alert';
import { ConsentCard } from './consent-card';

interface Props {
  query: UseQueryResult<Consent[]>;
  mayWithdraw: (consent: Consent) => boolean;
  onWithdraw: (consent: Consent) => void;
}

export function ConsentGroups({ query, mayWithdraw, onWithdraw }: Props) {
  const { t } = useTranslation('casework');
  const groups = useMemo(() => {
    const byAgency = new Map<string, { name: string; items: Consent[] }>();
    for (const c of query.data ?? []) {
      const group = byAgency.get(c.recipientAgency.id) ?? { name: c.recipientAgency.name, items: [] };
      group.items.push(c);
      byAgency.set(c.recipientAgency.id, group);
    }
    for (const g of byAgency.values()) g.items.sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    return [...byAgency.entries()].sort(([, a], [, b]) => a.name.localeCompare(b.name));
  }, [query.data]);

  if (query.isPending) {
    return (
      <Center py="lg">
        <Loader size="sm" aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (query.error) return <ProblemAlert error={query.error} />;
  if (groups.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text>{t('consent.none')}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="xl">
      {groups.map(([agencyId, group]) => (
        <section key={agencyId} aria-labelledby={`consents-${agencyId}`}>
          <Title order={2} size="h3" mb="sm" id={`consents-${agencyId}`}>
            {group.name}
          </Title>
          <Stack gap="sm">
            {group.items.map((c) => (
              <ConsentCard key={c.id} consent={c} onWithdraw={mayWithdraw(c) ? () => onWithdraw(c) : undefined} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
