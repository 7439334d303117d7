/**
 * Editing a person record: the fields the viewer may see, saved with the version they
 * read. If someone else saved first, the server answers 409; the dialog then says so and
 * loads the current version, so the change is made again on top of theirs, never over it.
 */
import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { peopleKeys, personQuery, updatePerson, type PersonView } from '../../../api/people';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { PersonFormFields } from '../shared/person-form-fields';
import { editableFieldsOf, requiredFields, updateBody, valuesOf, type PersonFormValues } from '../shared/person-form';

interface Props {
  person: PersonView;
  onClose: () => void;
}

export function PersonEditModal({ person, onClose }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  // The version (and values) the edit is based on; replaced by the current one after a conflict.
  const [base, setBase] = useState(person);
  const fields = editableFieldsOf(person);
  const required = (v: unknown) => ((typeof v === 'string' ? v.trim() : v) ? null : t('errors:field.required'));
  const form = useForm<PersonFormValues>({
    initialValues: valuesOf(person),
    validate: Object.fromEntries(requiredFields.filter((f) => fields.includes(f)).map((f) => [f, required])),
  });

  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: async (values): Promise<PersonView | null> => {
      const { body, changed } = updateBody(valuesOf(base), values, fields, base.version);
      return changed.length ? updatePerson(person.id, body) : null;
    },
    onSaved: (saved) => {
      if (saved) {
        queryClient.setQueryData(personQuery(person.id).queryKey, saved);
        void queryClient.invalidateQueries({ queryKey: peopleKeys.history(person.id) });
        notifications.show({ color: 'teal', message: t('edit.saved') });
      }
      onClose();
    },
    reload: async () => {
      const fresh = await queryClient.fetchQuery({ ...personQuery(person.id), staleTime: 0 });
      setBase(fresh);
      form.setValues(valuesOf(fresh));
      form.resetDirty(valuesOf(fresh));
    },
  });

  return (
    <AppModal title={t('edit.title')} onClose={onClose} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PersonFormFields form={form} fields={fields} />
          {/* Next to the button just pressed: the top of a long form is out of sight. */}
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('web:common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
