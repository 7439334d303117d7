/** Re-computes the audit hash chain on the server and says whether it is intact. */
import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVerifyChain } from '../../api/audit';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';

export function VerifyChain() {
  const { t } = useTranslation();
  const format = useFormat();
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <Paper withBorder p="md" mb="lg">
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Text size="sm" maw={640}>
          {t('audit.verifyExplain')}
        </Text>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </Group>
      <div aria-live="polite">
        {verify.isError && <ProblemAlert error={verify.error} mt="md" />}
        {result?.ok && (
          <Alert color="teal" variant="light" title={t('audit.chainOk')} mt="md">
            {t('audit.chainOkDetail', { count: result.checked, checked: format.number(result.checked) })}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" variant="light" role="alert" title={t('audit.chainBroken')} mt="md">
            {t('audit.chainBrokenDetail', { seq: result.brokenAtSeq ?? '?', checked: format.number(result.checked) })}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
