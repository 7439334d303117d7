/**
 * Case notes of a person: the ones the viewer may see (the server leaves out notes of
 * categories hidden from them, without counting them), newest first, and a form to add
 * one in a data category. Special categories are marked, in the list and in the form.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Center, Group, Loader, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sensitiveCategories, type DataCategory } from '../../../api/consent';
import { addNote, notesKey, useNotes, type Note } from '../../../api/notes';
import type { PersonView } from '../../../api/people';
import { AppModal } from '../../../components/app-modal';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSaveForm } from '../../../components/use-save-form';
import { useFormat } from '../../../i18n/format';
import { dataCategories } from '../shared/vocabulary';

const isSensitive = (c: DataCategory) => sensitiveCategories.includes(c);

export function NotesTab({ person, canEdit }: { person: PersonView; canEdit: boolean }) {
  const { t } = useTranslation('intake');
  const notes = useNotes(person.id);
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby="person-notes">
      <Group justify="space-between" mb="sm">
        <h2 id="person-notes" className="visually-hidden">
          {t('notes.title')}
        </h2>
        <Text size="sm" c="dimmed">
          {t('notes.hiddenHint')}
        </Text>
        {canEdit && (
          <Button variant="light" size="sm" onClick={() => setAdding(true)}>
            {t('notes.add')}
          </Button>
        )}
      </Group>
      {notes.isPending ? (
        <Center py="lg">
          <Loader aria-label={t('web:common.loading')} />
        </Center>
      ) : notes.isError ? (
        <ProblemAlert error={notes.error} />
      ) : notes.data.length === 0 ? (
        <Text c="dimmed">{t('notes.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('notes.title')}>
          {notes.data.map((note) => (
            <NoteItem key={note.id} note={note} />
          ))}
        </Stack>
      )}
      {adding && <NoteFormModal person={person} onClose={() => setAdding(false)} />}
    </section>
  );
}

function NoteItem({ note }: { note: Note }) {
  const { t } = useTranslation('intake');
  const format = useFormat();
  const sensitive = isSensitive(note.dataCategory);
  return (
    <Paper component="li" withBorder p="md" radius="md">
      <article>
        <Group gap="xs" mb="xs" wrap="wrap">
          <Badge variant="light" color={sensitive ? 'red' : 'indigo'} radius="sm" tt="none">
            {t(`casework:category.${note.dataCategory}`)}
          </Badge>
          {sensitive && (
            <Badge variant="outline" color="red" radius="sm" tt="none">
              {t('notes.sensitive')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('notes.byline', { author: note.author.displayName, agency: note.agency.name, date: format.dateTime(note.createdAt) })}
            {note.version > 1 && ` · ${t('notes.edited', { date: format.dateTime(note.updatedAt) })}`}
          </Text>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.body}</Text>
      </article>
    </Paper>
  );
}

interface Values {
  dataCategory: DataCategory | null;
  body: string;
}

function NoteFormModal({ person, onClose }: { person: PersonView; onClose: () => void }) {
  const { t } = useTranslation('intake');
  const queryClient = useQueryClient();
  const visible = dataCategories.filter((c) => person.visibleCategories.includes(c));
  const option = (c: DataCategory) => ({ value: c, label: t(`casework:category.${c}`) });
  const groups = [
    { group: t('notes.ordinary'), items: visible.filter((c) => !isSensitive(c)).map(option) },
    { group: t('notes.sensitiveGroup'), items: visible.filter(isSensitive).map(option) },
  ].filter((g) => g.items.length > 0);
  const form = useForm<Values>({
    initialValues: { dataCategory: null, body: '' },
    validate: {
      dataCategory: (v) => (v ? null : t('errors:field.required')),
      body: (v) => (v.trim() ? null : t('errors:field.required')),
    },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => addNote(person.id, { dataCategory: v.dataCategory!, body: v.body }),
    onSaved: () => {
      void queryClient.invalidateQueries({ queryKey: notesKey(person.id) });
      notifications.show({ color: 'teal', message: t('notes.saved') });
      onClose();
    },
  });
  const chosen = form.values.dataCategory;

  return (
    <AppModal title={t('notes.addTitle')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Select
            label={t('notes.category')}
            description={t('notes.categoryHint')}
            data={groups}
            required
            allowDeselect={false}
            placeholder={t('form.choose')}
            data-autofocus
            {...form.getInputProps('dataCategory')}
          />
          {chosen && isSensitive(chosen) && (
            <Alert color="red" variant="light" title={t('notes.sensitive')}>
              {t('notes.sensitiveWarning')}
            </Alert>
          )}
          <Textarea label={t('notes.body')} required autosize minRows={4} maxRows={12} {...form.getInputProps('body')} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('notes.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
