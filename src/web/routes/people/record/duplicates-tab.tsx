/**
 * Records flagged or linked as the same person as this one, with the decisions that
 * may follow (confirm or reject a suspicion, undo a link), and flagging a new one.
 */
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../api/people';
import type { LinkDecision } from '../../../api/people-related';
import { DataTable } from '../../../components/data-table';
import { DecideLinkModal } from './decide-link-modal';
import { LinkModal } from './link-modal';

type LinkSummary = NonNullable<PersonView['linkedDuplicates']>[number];

const nextDecisions: Record<LinkSummary['status'], LinkDecision[]> = {
  suspected: ['linked', 'rejected'],
  linked: ['unlinked'],
};

export function DuplicatesTab({ person, canEdit }: { person: PersonView; canEdit: boolean }) {
  const { t } = useTranslation('intake');
  const [flagging, setFlagging] = useState(false);
  const [deciding, setDeciding] = useState<{ linkId: string; decision: LinkDecision } | null>(null);
  const links = person.linkedDuplicates ?? [];
  const headers = [t('links.other'), t('web:common.status'), t('links.which'), ...(canEdit ? [t('web:common.actions')] : [])];

  return (
    <section aria-labelledby="person-duplicates">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="person-duplicates">
          {t('links.title')}
        </Title>
        {canEdit && (
          <Button variant="light" size="sm" onClick={() => setFlagging(true)}>
            {t('links.flag')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="gray.7" mb="md">
        {t('links.explain')}
      </Text>
      <DataTable caption={t('links.title')} headers={headers} pending={false} error={null} rowCount={links.length} minWidth={720}>
        {links.map((l) => (
          <Table.Tr key={l.linkId}>
            <Table.Td>
              <Anchor component={Link} to={`/people/${l.otherPerson.id}`} size="sm">
                {l.otherPerson.onedoorId}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={l.status === 'linked' ? 'teal' : 'grape'} radius="sm" tt="none">
                {t(`people:linkStatus.${l.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{l.otherIs === 'primary' ? t('links.otherIsPrimary') : t('links.thisIsPrimary')}</Table.Td>
            {canEdit && (
              <Table.Td>
                <Group gap="xs">
                  {nextDecisions[l.status].map((decision) => (
                    <Button
                      key={decision}
                      size="xs"
                      variant="default"
                      onClick={() => setDeciding({ linkId: l.linkId, decision })}
                      aria-label={t(`links.decideNamed.${decision}`, { onedoorId: l.otherPerson.onedoorId })}
                    >
                      {t(`links.decide.${decision}`)}
                    </Button>
                  ))}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
      {flagging && <LinkModal person={person} onClose={() => setFlagging(false)} />}
      {deciding && <DecideLinkModal personId={person.id} {...deciding} onClose={() => setDeciding(null)} />}
    </section>
  );
}
