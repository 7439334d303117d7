/**
 * What the plan is built on: the counsellor's summary of the assessment, the support
 * level, and each barrier with the actions that work on it, or a clear "not addressed"
 * (the fit between assessment and plan that monitoring looks at).
 */
import { Badge, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../cases/badge-styles';
import type { PlanView } from './api';
import { CheckIcon, OverdueMarker } from './badges';
import { errorAt } from './field-errors';
import type { PlanDraft } from './use-plan-draft';

const severityColour: Record<string, string> = { high: 'red', medium: 'pink', low: 'gray' };

export function AssessmentPanel({ plan, draft, editable }: { plan: PlanView; draft: PlanDraft; editable: boolean }) {
  const { t } = useTranslation('planweb');
  const assessment = plan.current.content.assessment;
  const { values } = draft;
  const titles = new Map(values.actions.map((a) => [a.key, a.title]));
  // The server's count covers saved actions (and the barriers their services address); unsaved ones count by what they say they work on.
  const addressedBy = (code: string, saved: string[]) => [
    ...new Set([...saved.filter((id) => titles.has(id)), ...values.actions.filter((a) => a.addressesBarriers.includes(code)).map((a) => a.key)]),
  ];
  const rows = plan.quality.barriers.map((b) => ({ ...b, by: addressedBy(b.code, b.addressedBy) }));

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-assessment">
      <Title order={2} size="h4" mb="sm" id="plan-assessment">
        {t('assessment.title')}
      </Title>
      {editable ? (
        <Textarea
          id="plan-summary"
          label={t('field.assessmentSummary')}
          description={t('assessment.summaryHint')}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={4000}
          value={values.assessmentSummary}
          error={errorAt(draft.errors, 'assessmentSummary')}
          onChange={(e) => {
            const text = e.currentTarget.value;
            draft.change((v) => ({ ...v, assessmentSummary: text }), 'assessmentSummary');
          }}
          mb="md"
        />
      ) : (
        <Text size="sm" mb="md" style={{ whiteSpace: 'pre-wrap' }}>
          {values.assessmentSummary || t('assessment.noSummary')}
        </Text>
      )}
      {assessment === null ? (
        <Text size="sm">{t('assessment.none')}</Text>
      ) : (
        <>
          <Text size="sm" mb="sm">
            {t('assessment.segment', { segment: t(`plans:pdf.segmentName.${assessment.segment}`, { defaultValue: assessment.segment }) })}
          </Text>
          <Title order={3} size="h5" mb="xs">
            {t('barriers.title', { addressed: rows.filter((b) => b.by.length > 0).length, total: rows.length })}
          </Title>
          {rows.length === 0 ? (
            <Text size="sm">{t('barriers.none')}</Text>
          ) : (
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
              {rows.map(({ by, ...b }) => {
                return (
                  <li key={b.code}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge color={severityColour[b.severity] ?? 'gray'} variant="light" radius="sm" tt="none" styles={wholeBadge}>
                        {t(`severity.${b.severity}`, { defaultValue: b.severity })}
                      </Badge>
                      <div>
                        <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {b.label}
                        </Text>
                        {by.length > 0 ? (
                          <Group gap={4} wrap="nowrap" align="flex-start" c="teal.9">
                            <CheckIcon />
                            <Text size="sm" c="teal.9" style={{ overflowWrap: 'anywhere' }}>
                              {t('barriers.addressedBy', { actions: by.map((k) => titles.get(k) ?? '').join('; ') })}
                            </Text>
                          </Group>
                        ) : (
                          <OverdueMarker label={t('barriers.notAddressed')} />
                        )}
                      </div>
                    </Group>
                  </li>
                );
              })}
            </Stack>
          )}
        </>
      )}
    </Paper>
  );
}
