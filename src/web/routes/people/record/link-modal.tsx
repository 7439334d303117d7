/**
 * Flag another record as a possible duplicate of this one, or link them as the same
 * person. Nothing is merged: both records stay, and a link can be undone later. This
 * record stays the main one; the other points to it.
 */
import { useState } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { peopleKeys, type PersonView, type SearchCandidate } from '../../../api/people';
import { createLink } from '../../../api/people-related';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { PersonPicker } from '../shared/person-picker';

interface Props {
  person: PersonView;
  /** A candidate already chosen (e.g. from the check after registration). */
  candidate?: SearchCandidate;
  onClose: () => void;
}

interface Values {
  duplicatePersonId: string;
  status: 'suspected' | 'linked';
  reason: string;
}

export function LinkModal({ person, candidate, onClose }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<SearchCandidate | null>(candidate ?? null);
  const form = useForm<Values>({
    initialValues: { duplicatePersonId: candidate?.id ?? '', status: 'suspected', reason: '' },
    validate: {
      duplicatePersonId: (v) => (v ? null : t('household.chooseFirst')),
      reason: (v) => (v.trim() ? null : t('errors:field.required')),
    },
  });
  const choose = (c: SearchCandidate | null) => {
    setChosen(c);
    form.setFieldValue('duplicatePersonId', c?.id ?? '');
  };
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => createLink(person.id, { ...v, reason: v.reason.trim() }),
    onSaved: (link) => {
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      notifications.show({ color: 'teal', message: t(`links.created.${link.status === 'linked' ? 'linked' : 'suspected'}`) });
      onClose();
    },
  });

  return (
    <AppModal title={t('links.flag')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="gray.7">
            {t('links.explain')}
          </Text>
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <PersonPicker
            initial={{ familyName: person.familyName, givenName: person.givenName, birthDate: person.birthDate }}
            excludeIds={[person.id]}
            chosen={chosen}
            onChoose={choose}
          />
          {form.errors.duplicatePersonId && (
            <Text c="red.8" size="sm" role="alert">
              {form.errors.duplicatePersonId}
            </Text>
          )}
          <Radio.Group label={t('links.statusLabel')} required {...form.getInputProps('status')}>
            <Stack gap="xs" mt="xs">
              <Radio value="suspected" label={t('links.asSuspected')} />
              <Radio value="linked" label={t('links.asLinked')} />
            </Stack>
          </Radio.Group>
          <Textarea label={t('links.reason')} description={t('links.reasonHint')} required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('links.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
