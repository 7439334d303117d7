/**
 * The case page's assessments: newest first, with status, instrument version, segment and
 * re-assessment date, and "Start assessment" for the lead agency's staff. Someone who may
 * not see assessments of this client is told so instead of the list.
 */
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { useSession } from '../../app/session';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { startAssessment, useCaseAssessments } from './api';
import { useAssessmentFormats } from './formats';
import { SegmentBadge } from './segment-badge';
import { AssessmentStatusBadge } from './status-badge';
import { useAssessmentCache } from './use-assessment-cache';

export function CaseAssessments({ caseView: c }: { caseView: CaseView }) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  const me = useSession();
  const navigate = useNavigate();
  const list = useCaseAssessments(c.id);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cache = useAssessmentCache('', c.id);
  const items = list.data ?? [];
  // The server's rule (start-assessment.ts): the lead agency's staff, on a case that is not closed, one in progress at a time.
  const mayStart = me.permissions.includes('assessment.conduct') && c.leadAgency.id === me.agency.id && c.status !== 'closed';
  const inProgress = items.find((a) => a.status === 'in_progress');

  async function start() {
    setStarting(true);
    setError(null);
    try {
      const view = await startAssessment(c.id);
      cache.saved(view);
      void navigate(`/assessments/${view.id}`);
    } catch (e) {
      // Someone started one meanwhile: open theirs.
      const existing = isApiError(e, 'already_exists') ? (e.problem as { assessmentId?: string }).assessmentId : undefined;
      if (existing) void navigate(`/assessments/${existing}`);
      else setError(e);
    } finally {
      setStarting(false);
    }
  }

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="case-assessments">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="case-assessments">
          {t('caseList.title')}
        </Title>
        {mayStart && list.isSuccess && !inProgress && (
          <Button size="xs" onClick={() => void start()} loading={starting}>
            {items.length > 0 ? t('caseList.startAgain') : t('caseList.start')}
          </Button>
        )}
      </Group>
      {error !== null && <ProblemAlert error={error} mb="sm" />}
      {isApiError(list.error, 'forbidden') ? (
        <Text size="sm">{t('caseList.forbidden')}</Text>
      ) : list.error ? (
        <ProblemAlert error={list.error} />
      ) : list.isSuccess && items.length === 0 ? (
        <Text size="sm">{t('caseList.none')}</Text>
      ) : (
        <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((a) => (
            <li key={a.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={`/assessments/${a.id}`} fw={500} size="sm">
                  {a.status === 'in_progress' && mayStart ? t('caseList.continue', { date: format.dateTime(a.startedAt) }) : t('caseList.open', { date: format.dateTime(a.startedAt) })}
                </Anchor>
                <AssessmentStatusBadge status={a.status} />
                {a.finalSegment && <SegmentBadge segment={a.finalSegment} size="sm" />}
              </Group>
              <Text size="xs" c="gray.7" mt={2}>
                {[
                  t('facts.instrumentVersion', { number: a.instrument.number }),
                  a.finalisedAt ? t('caseList.finalised', { date: format.dateTime(a.finalisedAt) }) : null,
                  a.reassessmentDueOn ? t('caseList.due', { date: day(a.reassessmentDueOn) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
