/**
 * Decide a flagged duplicate (same person, or not) or undo a link. The reason is kept
 * with the link; the version guards against two people deciding the same link at once.
 * The link is read from the cached record, so after a conflict (which reloads the
 * record) the dialog works on the current version, or says the link was decided.
 */
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { peopleKeys, personQuery, usePerson } from '../../../api/people';
import { decideLink, type LinkDecision } from '../../../api/people-related';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';

interface Props {
  personId: string;
  linkId: string;
  decision: LinkDecision;
  onClose: () => void;
}

export function DecideLinkModal({ personId, linkId, decision, onClose }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const person = usePerson(personId);
  const link = person.data?.linkedDuplicates?.find((l) => l.linkId === linkId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => {
      if (!link) throw new Error('The link is no longer open');
      return decideLink(linkId, { status: decision, reason: v.reason.trim(), version: link.version });
    },
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      notifications.show({ color: 'teal', message: t(`links.decided.${decision}`) });
      onClose();
    },
    reload: async () => {
      await queryClient.fetchQuery({ ...personQuery(personId), staleTime: 0 });
    },
  });

  return (
    <AppModal title={t(`links.decide.${decision}`)} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {link ? (
            <Text size="sm">{t(`links.decideExplain.${decision}`, { onedoorId: link.otherPerson.onedoorId })}</Text>
          ) : (
            <Alert color="blue" variant="light">
              {t('links.goneAway')}
            </Alert>
          )}
          {error !== null && link && <ProblemAlert error={error} placedFields={placed} />}
          <Textarea
            label={t('links.reason')}
            description={t('links.reasonHint')}
            required
            autosize
            minRows={2}
            data-autofocus
            disabled={!link}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {link ? t('web:common.cancel') : t('web:common.close')}
            </Button>
            {link && (
              <Button type="submit" loading={pending}>
                {t(`links.decide.${decision}`)}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
