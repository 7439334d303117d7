/** The case's facts (status and why, lead agency, named case manager) with the lead agency's actions. */
import { useState } from 'react';
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { useFormat } from '../../i18n/format';
import { CaseManagerModal } from './case-manager-modal';
import { useCaseRights } from './case-rights';
import { CaseStatusBadge } from './case-status-badge';
import { CaseStatusModal } from './case-status-modal';
import { Fact, Facts } from './facts';

export function CaseDetails({ caseView: c }: { caseView: CaseView }) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const rights = useCaseRights(c);
  const [dialog, setDialog] = useState<'status' | 'manager' | null>(null);

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="case-details">
      <Title order={2} size="h4" mb="md" id="case-details">
        {t('case.details')}
      </Title>
      <Facts>
        <Fact label={t('cases.status')}>
          <CaseStatusBadge status={c.status} />
          {c.statusReason && (
            <Text size="sm" mt={4}>
              {t('case.reason', { reason: c.statusReason })}
            </Text>
          )}
        </Fact>
        <Fact label={t('cases.leadAgency')}>{c.leadAgency.name}</Fact>
        <Fact label={t('cases.caseManager')}>{c.caseManager.displayName}</Fact>
        <Fact label={t('cases.opened')}>{format.dateTime(c.openedAt)}</Fact>
        {c.closedAt && <Fact label={t('case.closed')}>{format.dateTime(c.closedAt)}</Fact>}
      </Facts>
      {(rights.changeStatus || rights.reassign) && (
        <Group mt="md" gap="sm">
          {rights.changeStatus && (
            <Button variant="default" onClick={() => setDialog('status')}>
              {t('case.changeStatus')}
            </Button>
          )}
          {rights.reassign && (
            <Button variant="default" onClick={() => setDialog('manager')}>
              {t('case.reassign')}
            </Button>
          )}
        </Group>
      )}
      {dialog === 'status' && <CaseStatusModal caseView={c} onClose={() => setDialog(null)} />}
      {dialog === 'manager' && <CaseManagerModal caseView={c} onClose={() => setDialog(null)} />}
    </Paper>
  );
}
