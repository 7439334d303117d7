/** Documents the client showed once, so no other office needs to ask for them again. */
import { useState } from 'react';
import { Button, Group, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonDocument, PersonView } from '../../../api/people';
import { DataTable } from '../../../components/data-table';
import { useDay } from '../shared/use-day';
import { DocumentFormModal } from './document-form-modal';

interface Props {
  person: PersonView;
  documents: PersonDocument[];
  canEdit: boolean;
}

export function DocumentsSection({ person, documents, canEdit }: Props) {
  const { t } = useTranslation('intake');
  const day = useDay();
  // undefined: closed; null: adding; a document: editing it.
  const [editing, setEditing] = useState<PersonDocument | null | undefined>(undefined);
  const headers = [
    t('documents.type'),
    t('documents.number'),
    t('documents.issuedBy'),
    t('documents.issuedOn'),
    t('documents.validUntil'),
    ...(canEdit ? [t('web:common.actions')] : []),
  ];
  const dash = (s: string | null) => s || '—';

  return (
    <section aria-labelledby="person-documents">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="person-documents">
          {t('documents.title')}
        </Title>
        {canEdit && (
          <Button variant="light" size="sm" onClick={() => setEditing(null)}>
            {t('documents.add')}
          </Button>
        )}
      </Group>
      <DataTable caption={t('documents.title')} headers={headers} pending={false} error={null} rowCount={documents.length} minWidth={720}>
        {documents.map((d) => {
          const type = t(`people:documentType.${d.documentType}`);
          return (
            <Table.Tr key={d.id}>
              <Table.Td>{type}</Table.Td>
              <Table.Td>{dash(d.number)}</Table.Td>
              <Table.Td>{dash(d.issuedBy)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dash(day(d.issuedOn))}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dash(day(d.validUntil))}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setEditing(d)} aria-label={t('web:common.editNamed', { name: type })}>
                    {t('web:common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </DataTable>
      {editing !== undefined && <DocumentFormModal person={person} document={editing} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
