/**
 * The statistical risk of long-term unemployment as the model scored it at finalising, and
 * "why this score": the starting point (the reference person) plus each factor's
 * contribution in log-odds, which add up to the score. Direction is said in words and with
 * an arrow, the bar only repeats it.
 */
import { Badge, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrappingBadge } from '../cases/badge-styles';
import type { RiskView } from './api';
import { useAssessmentFormats } from './formats';

const bandColour = { low: 'teal', medium: 'pink', high: 'red' } as const;

export function RiskExplanation({ risk }: { risk: RiskView | null }) {
  const { t } = useTranslation('assessment');
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="risk-title">
      <Title order={3} size="h4" mb="sm" id="risk-title">
        {t('risk.title')}
      </Title>
      {risk ? <RiskScore risk={risk} /> : <Text size="sm">{t('risk.none')}</Text>}
    </Paper>
  );
}

function RiskScore({ risk }: { risk: RiskView }) {
  const { t } = useTranslation('assessment');
  const f = useAssessmentFormats();
  const applying = risk.factors.filter((x) => x.contribution !== 0);
  const notApplying = risk.factors.filter((x) => x.contribution === 0);
  const largest = Math.max(0.01, ...applying.map((x) => Math.abs(x.contribution)));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="center" wrap="wrap">
        <Text fz={28} fw={700} lh={1}>
          {f.percent(risk.probability)}
        </Text>
        <Badge color={bandColour[risk.band]} variant="light" radius="sm" tt="none" size="lg" styles={wrappingBadge}>
          {risk.bandLabel}
        </Badge>
      </Group>
      <Text size="sm">{t('risk.probability', { percent: f.percent(risk.probability) })}</Text>
      <Text size="xs" c="gray.7">
        {t('risk.thresholds', { medium: f.percent(risk.thresholds.medium), intensive: f.percent(risk.thresholds.intensive) })}
      </Text>
      <Text size="xs" c="gray.7">
        {t('risk.model', { version: risk.modelVersion, day: f.day(risk.at) })} {t(`risk.basis.${risk.basis}`, { day: f.day(risk.referenceDay) })}
      </Text>

      <Title order={4} size="h5" mt="sm" id="risk-why">
        {t('risk.whyTitle')}
      </Title>
      <Text size="sm" c="gray.7">
        {t('risk.whyIntro')}
      </Text>
      <Table.ScrollContainer minWidth={280}>
        <Table verticalSpacing={6} horizontalSpacing="sm" aria-labelledby="risk-why">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('risk.factor')}</Table.Th>
              <Table.Th scope="col">{t('risk.effect')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row" fw={400} style={{ overflowWrap: 'break-word' }}>
                <Text size="sm">{risk.baseline.label}</Text>
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.signed(risk.baseline.logit)}</Table.Td>
            </Table.Tr>
            {applying.map((x) => {
              const raises = x.contribution > 0;
              return (
                <Table.Tr key={x.factor}>
                  <Table.Th scope="row" fw={400} style={{ overflowWrap: 'break-word' }}>
                    <Text size="sm">{x.label}</Text>
                    {/* Indicators are 1 when they apply; counts and amounts say how much. */}
                    {x.value !== 1 && (
                      <Text size="xs" c="gray.7">
                        {t('risk.valueOf', { value: f.number(x.value) })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      <span aria-hidden>{raises ? '▲ ' : '▼ '}</span>
                      {f.signed(x.contribution)}
                    </Text>
                    <Text size="xs" c={raises ? 'red.9' : 'teal.9'}>
                      {raises ? t('risk.raises') : t('risk.lowers')}
                    </Text>
                    <Box
                      aria-hidden
                      mt={2}
                      h={6}
                      w={`${Math.max(4, (100 * Math.abs(x.contribution)) / largest)}%`}
                      bg={raises ? 'red.6' : 'teal.6'}
                      style={{ borderRadius: 3 }}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
            <Table.Tr>
              <Table.Th scope="row">{t('risk.total')}</Table.Th>
              <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                {f.signed(risk.logit)} → {f.percent(risk.probability)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {notApplying.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer' }}>
            <Text component="span" size="sm">
              {t('risk.notApplying', { count: notApplying.length })}
            </Text>
          </summary>
          <Text component="ul" size="sm" mt="xs" mb={0}>
            {notApplying.map((x) => (
              <li key={x.factor}>{x.label}</li>
            ))}
          </Text>
        </details>
      )}
    </Stack>
  );
}
