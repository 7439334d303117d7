/**
 * The report of one model version, for deciding whether it may score clients: what it
 * predicts and from which data, how well it does on spells it never saw, whether its
 * probabilities can be read as probabilities (calibration), and what each factor weighs.
 */
import { Alert, Box, Button, Center, Flex, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { StatusBadge } from '../../components/status-badge';
import { Fact, Facts } from '../cases/facts';
import { CalibrationChart } from './calibration-chart';
import { CalibrationTable } from './calibration-table';
import { CoefficientsTable } from './coefficients-table';
import { useNumbers } from './numbers';
import { useModelReport, type ModelReport, type ModelSummary } from './profiling-api';
import { ReportSection } from './report-section';

interface Props {
  model: ModelSummary;
  /** Given to administrators when the model is not the active one. */
  onActivate?: () => void;
}

export function ModelReportView({ model, onActivate }: Props) {
  const { t } = useTranslation('analytics');
  const report = useModelReport(model.modelVersion);
  return (
    <section aria-labelledby="model-report">
      <Group justify="space-between" align="center" mb="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="model-report">
            {t('report.title', { n: model.modelVersion })}
          </Title>
          {model.active && <StatusBadge on onLabel={t('models.active')} offLabel="" />}
        </Group>
        {onActivate && <Button onClick={onActivate}>{t('activate.confirm', { n: model.modelVersion })}</Button>}
      </Group>
      {report.isPending && (
        <Center py="xl">
          <Loader size="sm" aria-label={t('web:common.loading')} />
        </Center>
      )}
      {report.error && <ProblemAlert error={report.error} />}
      {report.data && <ReportBody report={report.data} />}
    </section>
  );
}

function ReportBody({ report }: { report: ModelReport }) {
  const { t } = useTranslation('analytics');
  const n = useNumbers();
  const sets = [
    { key: 'training', label: t('report.training'), ...report.training, brier: null },
    { key: 'heldOut', label: t('report.heldOut'), ...report.heldOut },
  ];
  return (
    <Stack gap="xl">
      {/* Side by side only on wide screens: the facts' labels are long in Armenian and Russian. */}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            {t('report.about')}
          </Title>
          <Facts>
            <Fact label={t('report.outcome')}>{report.outcome.description}</Fact>
            <Fact label={t('report.asOf')}>{n.day(report.asOf)}</Fact>
            <Fact label={t('report.window')}>{t('report.windowValue', { from: n.day(report.window.from), to: n.day(report.window.to) })}</Fact>
            <Fact label={t('report.split')}>
              {report.split.method === 'chronological'
                ? t('report.splitChronological', { share: n.share(report.split.heldOutShare), cutoff: n.day(report.split.cutoff) })
                : t('report.splitHashed', { share: n.share(report.split.heldOutShare), seed: report.split.seed })}
            </Fact>
            <Fact label={t('report.thresholds')}>
              {t('report.thresholdsValue', { medium: n.share(report.thresholds.medium), intensive: n.share(report.thresholds.intensive) })}
            </Fact>
            <Fact label={t('report.fit')}>
              {t(report.converged ? 'report.converged' : 'report.notConverged', { l2: n.decimal(report.l2, 2), iterations: report.iterations })}
            </Fact>
            <Fact label={t('models.protected')}>
              {report.protectedIncluded.length ? report.protectedIncluded.map((a) => t(`profiling:attribute.${a}`)).join(', ') : t('models.protectedNone')}
            </Fact>
          </Facts>
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb={4}>
            {t('report.performance')}
          </Title>
          <Text size="sm" c="gray.7" mb="sm">
            {t('report.performanceHint')}
          </Text>
          {/* Five short columns: they wrap rather than scroll (a scrolling region would need a keyboard stop). */}
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('report.performance')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('report.set')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('report.spells')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('report.longTerm')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('models.auc')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('report.brier')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sets.map((s) => (
                <Table.Tr key={s.key}>
                  <Table.Th scope="row" fw={500}>{s.label}</Table.Th>
                  <Table.Td ta="right">{n.number(s.size)}</Table.Td>
                  <Table.Td ta="right">{`${n.number(s.longTerm)} (${n.percent(s.size ? s.longTerm / s.size : null)})`}</Table.Td>
                  <Table.Td ta="right">{n.decimal(s.auc, 3)}</Table.Td>
                  <Table.Td ta="right">{n.decimal(s.brier, 3)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {report.heldOut.auc !== null && report.heldOut.auc < 0.6 && (
            <Alert color="red" variant="light" mt="sm">
              {t('report.weakAuc')}
            </Alert>
          )}
        </Paper>
      </SimpleGrid>
      <ReportSection id="calibration" title={t('calibration.title')} hint={t('calibration.hint')}>
        {/* Side by side while the table has room for its columns, else one under the other. */}
        <Flex gap="lg" wrap="wrap" align="flex-start">
          <Paper withBorder p="md" style={{ flex: '1 1 320px', maxWidth: 460 }}>
            <CalibrationChart bins={report.calibration} />
          </Paper>
          <Box style={{ flex: '999 1 520px', minWidth: 0 }}>
            <CalibrationTable bins={report.calibration} />
          </Box>
        </Flex>
      </ReportSection>
      <ReportSection id="coefficients" title={t('coefficients.title')} hint={t('coefficients.hint')}>
        <CoefficientsTable report={report} />
      </ReportSection>
    </Stack>
  );
}
