/**
 * Where the plan stands: the version on screen and its status, the version in force, the
 * case manager, the review rhythm and the next review (overdue said in words), the
 * signature, and what can be done now: sign with the client, start a review, print.
 */
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useFormat } from '../../i18n/format';
import { pdfUrl, type PlanView } from './api';
import { OverdueMarker, VersionStatusBadge } from './badges';
import { PlanFact as Fact, PlanFacts as Facts } from './plan-facts';
import { usePlanText } from './plan-text';

interface Props {
  plan: PlanView;
  mayEdit: boolean;
  editable: boolean;
  signing: boolean;
  onSign: () => void;
  onReview: () => void;
}

export function PlanStatus({ plan, mayEdit, editable, signing, onSign, onReview }: Props) {
  const { t, day } = usePlanText();
  const format = useFormat();
  const v = plan.current;
  const c = v.content;
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-status" id="plan-status-section">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="md">
        <Title order={2} size="h4" id="plan-status">
          {t('status.title', { number: v.number })}
        </Title>
        <Group gap="sm" wrap="wrap">
          {editable && (
            <Button onClick={onSign} loading={signing}>
              {t('sign.open')}
            </Button>
          )}
          {mayEdit && v.status === 'signed' && (
            <Button variant="default" onClick={onReview}>
              {t('review.open')}
            </Button>
          )}
          <Anchor href={pdfUrl(plan.id, v.number)} download size="sm" fw={500}>
            {t('pdf.download')}
          </Anchor>
        </Group>
      </Group>
      <Facts>
        <Fact label={t('facts.status')}>
          <VersionStatusBadge status={v.status} />
        </Fact>
        <Fact label={t('facts.inForce')}>{plan.inForce === null ? t('facts.noneInForce') : t('facts.inForceValue', { number: plan.inForce })}</Fact>
        <Fact label={t('facts.caseManager')}>{c.caseManager.displayName}</Fact>
        <Fact label={t('facts.review')}>{t('facts.reviewEvery', { count: c.reviewEveryWeeks })}</Fact>
        <Fact label={t('facts.nextReview')}>
          <Group gap="xs" component="span" display="inline-flex" wrap="wrap">
            <span>{day(c.nextReviewOn)}</span>
            {plan.quality.reviewOverdue && <OverdueMarker label={t('reviewOverdue')} />}
          </Group>
        </Fact>
        {v.reviewNote && (
          <Fact label={t('facts.reviewNote')} wide>
            {v.reviewNote}
          </Fact>
        )}
        {v.signature && (
          <Fact label={t('facts.signature')}>
            <Stack gap={2} component="span">
              <span>
                {/* The signed name is identity data: empty for those who may not see the client's identity. */}
                {t(v.signature.signedName ? 'facts.signedBy' : 'facts.signedNoName', {
                  name: v.signature.signedName, date: format.dateTime(v.signature.signedAt), method: t(`method.${v.signature.method}`),
                })}
              </span>
              {v.signature.witnessedBy && <span>{t('facts.witnessedBy', { name: v.signature.witnessedBy.displayName })}</span>}
            </Stack>
          </Fact>
        )}
        <Fact label={t('facts.lastChange')}>{t('facts.lastChangeValue', { date: format.dateTime(v.updatedAt), name: v.updatedBy.displayName })}</Fact>
      </Facts>
      <Text size="sm" c="gray.7" mt="md">
        {editable ? t('status.draftNote') : v.status === 'draft' ? t('status.draftReadOnly') : mayEdit ? t('status.signedNote') : t('status.readOnly')}
      </Text>
    </Paper>
  );
}
