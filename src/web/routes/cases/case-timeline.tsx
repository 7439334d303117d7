/**
 * Everything that happened in the case across agencies, newest first, as one ordered list.
 * Events in data categories the viewer may not see are left out by the server.
 */
import { useCallback, useMemo } from 'react';
import { Badge, Box, Center, Group, Loader, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/admin';
import { useCaseTimeline, type CaseView } from '../../api/cases';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { describeEvent } from './timeline-text';
import { wholeBadge, wrappingBadge } from './badge-styles';

export function CaseTimeline({ caseView }: { caseView: CaseView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const timeline = useCaseTimeline(caseView.id);
  const agencies = useAgencies();
  const names = useMemo(() => new Map((agencies.data ?? []).map((a) => [a.id, a.name])), [agencies.data]);
  const agencyName = useCallback((id: unknown) => (typeof id === 'string' && names.get(id)) || t('timeline.unknownAgency'), [names, t]);
  const items = timeline.data?.items ?? [];

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="case-timeline">
      <Title order={2} size="h4" mb="md" id="case-timeline">
        {t('timeline.title')}
      </Title>
      {timeline.error !== null && <ProblemAlert error={timeline.error} />}
      {timeline.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label={t('web:common.loading')} />
        </Center>
      )}
      {!timeline.isPending && items.length === 0 && !timeline.error && <Text size="sm">{t('timeline.empty')}</Text>}
      <Box component="ol" aria-labelledby="case-timeline" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((e) => {
          const { title, note } = describeEvent(e, { t, agencyName, caseView });
          const flagged = e.type.startsWith('break_glass');
          return (
            <Box
              component="li"
              key={e.id}
              pl="md"
              pb="md"
              style={{ borderLeft: `3px solid var(--mantine-color-${flagged ? 'red-7' : 'indigo-3'})` }}
            >
              <Text size="xs" c="gray.7">
                <time dateTime={e.at}>{format.dateTime(e.at)}</time>
              </Text>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {title}
                </Text>
                {flagged && (
                  <Badge color="red" variant="light" radius="sm" tt="none" styles={wholeBadge}>
                    {t('timeline.flagged')}
                  </Badge>
                )}
                {e.dataCategory && (
                  <Badge color="gray" variant="light" radius="sm" tt="none" styles={wrappingBadge}>
                    {t(`category.${e.dataCategory}`, { defaultValue: e.dataCategory })}
                  </Badge>
                )}
              </Group>
              {note && <Text size="sm">{note}</Text>}
              <Text size="xs" c="gray.7">
                {[e.actor?.displayName, e.agency?.name].filter(Boolean).join(' · ')}
              </Text>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
