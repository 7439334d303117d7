/**
 * The case page's "Action plan": none yet (the lead agency may start it), or where it
 * stands — a draft, or the signed version in force, a review under way — with the next
 * review date, how many barriers some action addresses, and a link to the plan.
 */
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useCase } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { ProblemAlert } from '../../components/problem-alert';
import { planKeys, startPlan, useLanguage, usePlan } from './api';
import { OverdueMarker, VersionStatusBadge } from './badges';
import { usePlanText } from './plan-text';
import { useMayEdit } from './rights';

export const planPath = (caseId: string) => `/cases/${caseId}/plan`;

export function CasePlanSection({ caseId }: { caseId: string }) {
  const { t, day } = usePlanText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const language = useLanguage();
  const caseView = useCase(caseId);
  const plan = usePlan(caseId);
  const mayEdit = useMayEdit(caseView.data);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const none = isApiError(plan.error, 'not_found');

  async function start() {
    setStarting(true);
    setError(null);
    try {
      queryClient.setQueryData(planKeys.ofCase(caseId, language), await startPlan(caseId));
      void navigate(planPath(caseId));
    } catch (e) {
      // Someone started it meanwhile: open theirs.
      if (isApiError(e, 'already_exists')) void navigate(planPath(caseId));
      else setError(e);
    } finally {
      setStarting(false);
    }
  }

  const p = plan.data;
  const draft = p?.current.status === 'draft' ? p.current : null;
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="case-plan">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="case-plan">
          {t('section.title')}
        </Title>
        {none && mayEdit && (
          <Button size="xs" onClick={() => void start()} loading={starting}>
            {t('section.start')}
          </Button>
        )}
      </Group>
      {error !== null && <ProblemAlert error={error} mb="sm" />}
      {isApiError(plan.error, 'forbidden') ? (
        <Text size="sm">{t('section.forbidden')}</Text>
      ) : none ? (
        <Text size="sm">{t('section.none')}</Text>
      ) : plan.error ? (
        <ProblemAlert error={plan.error} />
      ) : p ? (
        <Stack gap={6}>
          <Group gap="xs" wrap="wrap">
            <VersionStatusBadge status={p.current.status} />
            <Text size="sm">
              {p.inForce === null
                ? t('section.draftOnly', { number: p.current.number })
                : draft
                  ? t('section.inForceReview', { number: p.inForce, draft: draft.number })
                  : t('section.inForce', { number: p.inForce })}
            </Text>
          </Group>
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('section.nextReview', { date: day(p.current.content.nextReviewOn) })}</Text>
            {p.quality.reviewOverdue && <OverdueMarker label={t('reviewOverdue')} />}
          </Group>
          {p.quality.barriersTotal > 0 && (
            <Text size="sm">{t('section.barriers', { addressed: p.quality.barriersAddressed, total: p.quality.barriersTotal })}</Text>
          )}
          <Anchor component={Link} to={planPath(caseId)} size="sm" fw={500}>
            {t('section.open')}
          </Anchor>
        </Stack>
      ) : null}
    </Paper>
  );
}
