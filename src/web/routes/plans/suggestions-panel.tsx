/**
 * Services OneDoor suggests for this client (from the barriers, municipality and
 * language, among services with free places), best first, each with its reasons. Accept
 * adds it to the draft as an action and books a place (the title and due date may be
 * edited first); Ignore sets it aside. Both decisions are recorded for evaluation. The
 * person's unsaved edits stay on screen, merged over the draft the server returns.
 */
import { useState } from 'react';
import { Badge, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import { wrappingBadge } from '../cases/badge-styles';
import { ignoreSuggestion, useSuggestions, type PlanView, type Suggestion } from './api';
import { AcceptModal } from './accept-modal';
import { CheckIcon } from './badges';
import type { PlanDraft } from './use-plan-draft';
import { useNotify } from './use-notify';

interface Props {
  plan: PlanView;
  draft: PlanDraft;
  onChanged: () => void;
}

export function SuggestionsPanel({ plan, draft, onChanged }: Props) {
  const { t } = useTranslation('planweb');
  const list = useSuggestions(plan, true);
  const notify = useNotify();
  const [accepting, setAccepting] = useState<Suggestion | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const items = list.data ?? [];
  const pending = items.filter((s) => s.decision === 'pending');
  const decided = items.filter((s) => s.decision !== 'pending');

  async function ignore(s: Suggestion) {
    setBusy(s.id);
    setError(null);
    try {
      await ignoreSuggestion(plan.id, s.id, s.version);
      notify(t('suggestions.ignored', { name: s.service.name }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
      onChanged();
    }
  }

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-suggestions">
      <Title order={2} size="h4" mb={4} id="plan-suggestions">
        {t('suggestions.title')}
      </Title>
      <Text size="sm" c="gray.7" mb="md">
        {t('suggestions.intro')}
      </Text>
      {error !== null && <ProblemAlert error={error} mb="sm" />}
      {list.error ? (
        <ProblemAlert error={list.error} />
      ) : list.isPending ? (
        <Text size="sm">{t('web:common.loading')}</Text>
      ) : pending.length === 0 ? (
        <Text size="sm">{decided.length > 0 ? t('suggestions.allDecided') : t('suggestions.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {pending.map((s) => (
            <Card key={s.id} component="li" withBorder padding="md" aria-labelledby={`suggestion-${s.id}`}>
              <Stack gap={6} h="100%">
                <Text fw={600} size="sm" id={`suggestion-${s.id}`} style={{ overflowWrap: 'anywhere' }}>
                  {s.service.name}
                </Text>
                <Text size="xs" c="gray.7">
                  {s.service.agencyName} · {t(`serviceType.${s.service.type}`, { defaultValue: s.service.type })}
                </Text>
                <Group gap="xs">
                  <Badge variant="light" color={s.service.freePlaces > 0 ? 'teal' : 'gray'} radius="sm" tt="none" styles={wrappingBadge}>
                    {t('suggestions.free', { count: s.service.freePlaces })}
                  </Badge>
                  {s.service.freeReservedPlaces > 0 && (
                    <Badge variant="outline" color="gray" radius="sm" tt="none" styles={wrappingBadge}>
                      {t('suggestions.reserved', { count: s.service.freeReservedPlaces })}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" fw={500} mt={4}>
                  {t('suggestions.why')}
                </Text>
                <List size="sm" spacing={2} icon={<CheckIcon />} c="dark.7">
                  {s.reasons.map((r) => (
                    <List.Item key={r.code + r.text}>{r.text}</List.Item>
                  ))}
                </List>
                <Group gap="xs" mt="auto" pt="xs">
                  <Button size="xs" onClick={() => setAccepting(s)} aria-label={t('suggestions.acceptNamed', { name: s.service.name })}>
                    {t('suggestions.accept')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    loading={busy === s.id}
                    onClick={() => void ignore(s)}
                    aria-label={t('suggestions.ignoreNamed', { name: s.service.name })}
                  >
                    {t('suggestions.ignore')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {decided.length > 0 && (
        <Text size="xs" c="gray.7" mt="md">
          {t('suggestions.decided', {
            accepted: decided.filter((s) => s.decision === 'accepted').length,
            ignored: decided.filter((s) => s.decision === 'ignored').length,
          })}
        </Text>
      )}
      {accepting && (
        <AcceptModal
          plan={plan}
          version={draft.version}
          suggestion={accepting}
          onAccepted={(view) => {
            draft.adopt(view);
            notify(t('suggestions.accepted', { name: accepting.service.name }));
            setAccepting(null);
            onChanged();
          }}
          onConflict={(e) => {
            // Decided by someone else meanwhile, or the plan moved on: show the list as it is now.
            if (isApiError(e, 'version_conflict') || isApiError(e, 'validation_failed')) onChanged();
          }}
          onClose={() => setAccepting(null)}
        />
      )}
    </Paper>
  );
}
