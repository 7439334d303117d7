/**
 * Add or change a document the client showed. Only document types of categories the
 * viewer may see are offered (a disability certificate is health data). A change carries
 * the version it started from; on a conflict the current document is loaded instead.
 */
import { useState } from 'react';
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { addDocument, personQuery, updateDocument, type PersonDocument, type PersonView } from '../../../api/people';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { documentCategory, documentTypes, type DocumentType } from '../shared/vocabulary';

interface Props {
  person: PersonView;
  /** null adds a new document. */
  document: PersonDocument | null;
  onClose: () => void;
}

interface Values {
  documentType: DocumentType | null;
  number: string;
  issuedBy: string;
  issuedOn: string;
  validUntil: string;
}

const valuesOf = (d: PersonDocument | null): Values => ({
  documentType: d?.documentType ?? null,
  number: d?.number ?? '',
  issuedBy: d?.issuedBy ?? '',
  issuedOn: d?.issuedOn ?? '',
  validUntil: d?.validUntil ?? '',
});

const orNull = (s: string) => s.trim() || null;

export function DocumentFormModal({ person, document, onClose }: Props) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(document);
  const types = documentTypes.filter((type) => person.visibleCategories.includes(documentCategory(type)));
  const form = useForm<Values>({
    initialValues: valuesOf(document),
    validate: { documentType: (v) => (v ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => {
      const body = {
        documentType: v.documentType!,
        number: orNull(v.number),
        issuedBy: orNull(v.issuedBy),
        issuedOn: orNull(v.issuedOn),
        validUntil: orNull(v.validUntil),
      };
      return current ? updateDocument(person.id, current.id, { ...body, version: current.version }) : addDocument(person.id, body);
    },
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: personQuery(person.id).queryKey });
      notifications.show({ color: 'teal', message: t('documents.saved', { type: t(`people:documentType.${saved.documentType}`) }) });
      onClose();
    },
    reload: async () => {
      if (!current) return;
      const fresh = await queryClient.fetchQuery({ ...personQuery(person.id), staleTime: 0 });
      const doc = fresh.documents?.find((d) => d.id === current.id) ?? current;
      setCurrent(doc);
      form.setValues(valuesOf(doc));
    },
  });

  return (
    <AppModal title={document ? t('documents.edit') : t('documents.add')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Select
            label={t('documents.type')}
            data={types.map((type) => ({ value: type, label: t(`people:documentType.${type}`) }))}
            required
            allowDeselect={false}
            placeholder={t('form.choose')}
            data-autofocus
            {...form.getInputProps('documentType')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('documents.number')} autoComplete="off" spellCheck={false} {...form.getInputProps('number')} />
            <TextInput label={t('documents.issuedBy')} autoComplete="off" {...form.getInputProps('issuedBy')} />
            <TextInput label={t('documents.issuedOn')} type="date" {...form.getInputProps('issuedOn')} />
            <TextInput label={t('documents.validUntil')} type="date" {...form.getInputProps('validUntil')} />
          </SimpleGrid>
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
