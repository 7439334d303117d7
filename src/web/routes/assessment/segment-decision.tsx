/**
 * The counsellor's judgement: the final segment. Choosing another segment than the rules
 * gave overrides them and needs a reason; the server says so (translated) on the reason
 * field. Shows who decided, when, and whether it overrides.
 */
import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useFormat } from '../../i18n/format';
import { Fact, Facts } from './facts';
import { wrappingBadge } from '../cases/badge-styles';
import { decideSegment, segments, type AssessmentView, type Segment } from './api';
import { SegmentBadge } from './segment-badge';
import { useAssessmentCache } from './use-assessment-cache';

interface Props {
  view: AssessmentView;
  /** The lead agency's staff who conduct assessments, on an open case. */
  mayDecide: boolean;
}

export function SegmentDecision({ view, mayDecide }: Props) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const { rules, counsellor } = view.profiling;

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="decision-title">
      <Title order={3} size="h4" mb="sm" id="decision-title">
        {t('decision.title')}
      </Title>
      {counsellor ? (
        <Facts>
          <Fact label={t('decision.finalSegment')}>
            <SegmentBadge segment={counsellor.segment} />
          </Fact>
          <Fact label={t('decision.decidedBy')}>{t('facts.when', { at: format.dateTime(counsellor.decidedAt), name: counsellor.decidedBy.displayName })}</Fact>
          <Fact label={t('decision.againstRules')}>
            <Badge color={counsellor.overridesRules ? 'grape' : 'teal'} variant="light" radius="sm" tt="none" styles={wrappingBadge}>
              {counsellor.overridesRules ? t('decision.overrides') : t('decision.agrees')}
            </Badge>
          </Fact>
          {counsellor.reason && <Fact label={t('decision.reason')}>{counsellor.reason}</Fact>}
        </Facts>
      ) : (
        <Text size="sm">{t('decision.notYet')}</Text>
      )}
      {mayDecide && <DecisionForm view={view} rulesSegment={rules?.segment ?? null} />}
    </Paper>
  );
}

function DecisionForm({ view, rulesSegment }: { view: AssessmentView; rulesSegment: Segment | null }) {
  const { t } = useTranslation('assessment');
  const cache = useAssessmentCache(view.id, view.caseId);
  const counsellor = view.profiling.counsellor;
  const form = useForm<{ segment: Segment; reason: string }>({
    initialValues: { segment: counsellor?.segment ?? rulesSegment ?? view.finalSegment ?? 'standard', reason: counsellor?.reason ?? '' },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => decideSegment(view.id, { segment: v.segment, reason: v.reason.trim() || null, version: (cache.current() ?? view).version }),
    onSaved: (saved) => {
      cache.saved(saved);
      notifications.show({ color: 'teal', closeButtonProps: { 'aria-label': t('web:common.close') }, message: t('decision.saved', { segment: t(`segment.${saved.finalSegment ?? 'standard'}`) }) });
    },
    reload: async () => {
      await cache.reload();
    },
  });
  const overrides = rulesSegment !== null && form.values.segment !== rulesSegment;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" mt="lg">
        {error !== null && <ProblemAlert error={error} placedFields={placed} />}
        <Radio.Group label={t('decision.choose')} {...form.getInputProps('segment')}>
          <Stack gap={6} mt={6}>
            {segments.map((s) => (
              <Radio key={s} value={s} label={s === rulesSegment ? t('decision.optionRules', { segment: t(`segment.${s}`) }) : t(`segment.${s}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {overrides && (
          <Text size="sm" fw={500} role="status">
            {t('decision.overrideNote', { segment: t(`segment.${rulesSegment}`) })}
          </Text>
        )}
        <Textarea
          label={t('decision.reason')}
          description={t('decision.reasonHint')}
          withAsterisk={overrides}
          autosize
          minRows={2}
          maxLength={2000}
          {...form.getInputProps('reason')}
        />
        <Group>
          <Button type="submit" loading={pending}>
            {counsellor ? t('decision.change') : t('decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
