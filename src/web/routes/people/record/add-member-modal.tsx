/**
 * Add someone to this person's household. A current membership elsewhere ends the day
 * before they join (the server keeps both), so the date matters and is asked for.
 */
import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { peopleKeys, type PersonView, type SearchCandidate } from '../../../api/people';
import { addHouseholdMember, type Relationship } from '../../../api/people-related';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { PersonPicker } from '../shared/person-picker';
import { todayIso } from '../shared/use-day';
import { memberRelationships } from '../shared/vocabulary';

interface Props {
  person: PersonView;
  householdId: string;
  onClose: () => void;
}

interface Values {
  personId: string;
  relationship: Relationship | null;
  joinedOn: string;
}

export function AddMemberModal({ person, householdId, onClose }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<SearchCandidate | null>(null);
  const required = (v: unknown) => (v ? null : t('errors:field.required'));
  const form = useForm<Values>({
    initialValues: { personId: '', relationship: null, joinedOn: todayIso() },
    validate: { personId: (v) => (v ? null : t('household.chooseFirst')), relationship: required, joinedOn: required },
  });
  const choose = (c: SearchCandidate | null) => {
    setChosen(c);
    form.setFieldValue('personId', c?.id ?? '');
  };
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => addHouseholdMember(householdId, { personId: v.personId, relationship: v.relationship!, joinedOn: v.joinedOn }),
    onSaved: () => {
      // Both records' households changed.
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      notifications.show({ color: 'teal', message: t('household.memberAdded') });
      onClose();
    },
  });
  const personError = form.errors.personId;

  return (
    <AppModal title={t('household.addMember')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <PersonPicker initial={{ familyName: person.familyName }} excludeIds={[person.id]} chosen={chosen} onChoose={choose} />
          {personError && (
            <Text c="red.8" size="sm" role="alert">
              {personError}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('household.relationship')}
              description={t('household.relationshipHint')}
              data={memberRelationships.map((r) => ({ value: r, label: t(`people:relationship.${r}`) }))}
              required
              placeholder={t('form.choose')}
              {...form.getInputProps('relationship')}
            />
            <TextInput label={t('household.joinedOn')} type="date" required {...form.getInputProps('joinedOn')} />
          </SimpleGrid>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('household.addMember')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
