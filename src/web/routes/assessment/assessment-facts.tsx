/** The assessment's facts: status, instrument version, who started and finalised it, the final segment and when to re-assess. */
import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Fact, Facts } from './facts';
import type { AssessmentView } from './api';
import { useAssessmentFormats } from './formats';
import { SegmentBadge } from './segment-badge';
import { AssessmentStatusBadge } from './status-badge';

export function AssessmentFacts({ view }: { view: AssessmentView }) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const { day } = useAssessmentFormats();
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="assessment-facts">
      <Title order={2} size="h4" mb="md" id="assessment-facts">
        {t('facts.title')}
      </Title>
      <Facts>
        <Fact label={t('facts.status')}>
          <AssessmentStatusBadge status={view.status} />
        </Fact>
        <Fact label={t('facts.instrument')}>{t('facts.instrumentVersion', { number: view.instrument.number })}</Fact>
        <Fact label={t('facts.started')}>{t('facts.when', { at: format.dateTime(view.startedAt), name: view.startedBy.displayName })}</Fact>
        {view.finalisedAt && view.finalisedBy && (
          <Fact label={t('facts.finalised')}>{t('facts.when', { at: format.dateTime(view.finalisedAt), name: view.finalisedBy.displayName })}</Fact>
        )}
        {view.finalSegment && (
          <Fact label={t('facts.segment')}>
            <SegmentBadge segment={view.finalSegment} />
          </Fact>
        )}
        {view.reassessmentDueOn && <Fact label={t('facts.reassessmentDue')}>{day(view.reassessmentDueOn)}</Fact>}
      </Facts>
    </Paper>
  );
}
