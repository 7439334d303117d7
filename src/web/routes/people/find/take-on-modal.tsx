/**
 * Taking on a client who comes to this office while no case is open anywhere: the office
 * opens the integrated case, leads it and names the staff member as case manager. If
 * another agency already leads a case, the server does not say so (404); the dialog then
 * explains how to join that case instead.
 */
import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { openCase } from '../../../api/cases';
import { peopleKeys, type SearchCandidate } from '../../../api/people';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { PersonName } from '../shared/person-name';

interface Props {
  candidate: SearchCandidate;
  onClose: () => void;
  onOpened: (caseId: string) => void;
}

export function TakeOnModal({ candidate, onClose, onOpened }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ledElsewhere, setLedElsewhere] = useState(false);

  const takeOn = async () => {
    setPending(true);
    setError(null);
    try {
      const opened = await openCase({ personId: candidate.id });
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      onClose();
      onOpened(opened.id);
    } catch (e) {
      if ((e as { status?: number }).status === 404) setLedElsewhere(true);
      else setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <AppModal title={t('takeOn.title')} onClose={onClose} size="lg">
      <Stack gap="md">
        <Text>
          <PersonName person={candidate} /> · {candidate.onedoorId}
        </Text>
        <Text>{t('takeOn.explain')}</Text>
        {ledElsewhere && (
          <Alert color="yellow" variant="light" role="alert" title={t('takeOn.ledElsewhereTitle')}>
            {t('takeOn.ledElsewhere')}
          </Alert>
        )}
        {error !== null && <ProblemAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('web:common.cancel')}
          </Button>
          {!ledElsewhere && (
            <Button onClick={() => void takeOn()} loading={pending} data-autofocus>
              {t('takeOn.submit')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
