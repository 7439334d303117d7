/**
 * A person's consent register, grouped by the partner agency each consent is addressed to,
 * and the legal bases other than consent. A person not visible to the viewer gets the
 * break-glass request instead.
 */
import { useState } from 'react';
import { Alert, Anchor, Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePersonHeading } from '../../api/cases';
import { useConsents, type Consent } from '../../api/consent';
import { isApiError } from '../../api/problem';
import { useSession } from '../../app/session';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { BreakGlassRequest } from '../break-glass';
import { ConsentFormModal } from './consent-form-modal';
import { ConsentGroups } from './consent-groups';
import { LegalBasesSection } from './legal-bases-section';
import { WithdrawConsentModal } from './withdraw-consent-modal';

export function ConsentPage() {
  const { t } = useTranslation('casework');
  const { personId = '' } = useParams();
  const me = useSession();
  const queryClient = useQueryClient();
  const person = usePersonHeading(personId);
  const consents = useConsents(personId);
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const records = me.permissions.includes('consent.record');

  if (person.isPending) {
    return (
      <Center py="xl">
        <Loader aria-label={t('web:common.loading')} />
      </Center>
    );
  }
  if (isApiError(person.error, 'not_found')) {
    return (
      <>
        <PageHeader title={t('consent.title')} />
        <Stack gap="lg" maw={720}>
          <Alert color="orange" variant="light">
            {t('consent.noAccess')}
          </Alert>
          <BreakGlassRequest personId={personId} onGranted={() => void queryClient.invalidateQueries()} />
        </Stack>
      </>
    );
  }

  const p = person.data;
  // The server's rule (consent/context.ts): the agency working with the client records and
  // withdraws; a partner may also withdraw what is addressed to it; emergency access only reads.
  const worksWithClient = p?.relation === 'lead' || p?.relation === 'registrar';
  const mayWithdraw = (c: Consent) => records && (worksWithClient || (p?.relation === 'partner' && c.recipientAgency.id === me.agency.id));
  const name = p ? [p.givenName, p.familyName].filter(Boolean).join(' ') : '';
  return (
    <>
      <PageHeader
        title={t('consent.title')}
        description={p ? t('consent.subtitle', { name: name || p.onedoorId, onedoorId: p.onedoorId }) : undefined}
        actions={
          <Group gap="md">
            <Anchor component={Link} to={`/people/${personId}`}>
              {t('case.personRecord')}
            </Anchor>
            {records && worksWithClient && <Button onClick={() => setRecording(true)}>{t('consent.record')}</Button>}
          </Group>
        }
      />
      {person.error !== null && <ProblemAlert error={person.error} mb="md" />}
      {p?.relation === 'break_glass' && (
        <Alert color="red" variant="light" mb="md" title={t('consent.viaBreakGlass')}>
          {t('breakGlass.grantedNote')}
        </Alert>
      )}
      <Alert color="blue" variant="light" mb="lg">
        {t('consent.explain')}
      </Alert>
      <ConsentGroups query={consents} mayWithdraw={mayWithdraw} onWithdraw={setWithdrawing} />
      <LegalBasesSection personId={personId} />
      {recording && <ConsentFormModal personId={personId} onClose={() => setRecording(false)} />}
      {withdrawing && <WithdrawConsentModal consent={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}
