/**
 * Profiling after finalising, the three kinds together with their reasons: the rules-based
 * segment, the statistical risk with each factor's contribution, the barriers and section
 * scores behind them; then the counsellor's decision on the final segment.
 */
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { useSession } from '../../app/session';
import type { AssessmentView, InstrumentVersion } from './api';
import { NeedsSummary } from './needs-summary';
import { RiskExplanation } from './risk-explanation';
import { RulesResult } from './rules-result';
import { SegmentDecision } from './segment-decision';

interface Props {
  view: AssessmentView;
  instrument: InstrumentVersion;
  caseView: CaseView | null;
}

export function ProfilingPanel({ view, instrument, caseView }: Props) {
  const { t } = useTranslation('assessment');
  const me = useSession();
  // The server's rule (decide-segment.ts): the lead agency decides, on a case that is not closed.
  const mayDecide =
    me.permissions.includes('assessment.conduct') && caseView !== null && caseView.leadAgency.id === me.agency.id && caseView.status !== 'closed';
  return (
    <Stack gap="lg" component="section" aria-labelledby="profiling-title">
      <div>
        <Title order={2} size="h3" id="profiling-title">
          {t('profiling.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('profiling.intro')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <RulesResult rules={view.profiling.rules} instrument={instrument} />
        <RiskExplanation risk={view.profiling.statistical} />
      </SimpleGrid>
      <NeedsSummary view={view} instrument={instrument} />
      <SegmentDecision view={view} mayDecide={mayDecide} />
    </Stack>
  );
}
