/**
 * One kind of definition (instrument or rules): its versions, and the chosen one (the
 * current by default) shown readably or, for a draft being edited, as JSON.
 */
import { useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/problem-alert';
import { createDraft, definitionKeys, definitionQuery, useDefinition, useDefinitionVersions, type DefinitionKind, type DefinitionSummary, type VersionOf } from './definitions-api';
import { DefinitionStatusBadge } from './definition-status-badge';
import { DefinitionVersionsTable } from './definition-versions-table';
import { InstrumentView } from './instrument-view';
import { JsonEditor } from './json-editor';
import { PublishModal } from './publish-modal';
import { RulesView } from './rules-view';
import { useNotify } from './use-notify';

interface Props {
  kind: DefinitionKind;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

export function DefinitionPanel({ kind, selectedId, onSelect }: Props) {
  const { t } = useTranslation('analytics');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const versions = useDefinitionVersions(kind);
  const current = versions.data?.find((v) => v.status === 'published');
  const shownId = versions.data?.some((v) => v.id === selectedId) ? selectedId : current?.id;
  const shown = useDefinition(kind, shownId);
  const [editing, setEditing] = useState<string | null>(null);
  const [publishing, setPublishing] = useState<DefinitionSummary | null>(null);

  const draft = useMutation({
    mutationFn: async () => {
      const base = await queryClient.fetchQuery(definitionQuery(kind, current!.id));
      return createDraft(kind, base.definition as VersionOf<typeof kind>['definition']);
    },
    onSuccess: (created) => {
      queryClient.setQueryData(definitionKeys.one(kind, created.id), created);
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(kind) });
      notify(t('definitions.draftCreated', { n: created.number }));
      onSelect(created.id);
      setEditing(created.id);
    },
  });
  const select = (id: string, edit = false) => {
    onSelect(id);
    setEditing(edit ? id : null);
  };
  const heading = kind === 'instrument' ? 'definitions.instrumentN' : 'definitions.rulesN';

  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h3">
            {t(kind === 'instrument' ? 'definitions.instrumentVersions' : 'definitions.rulesVersions')}
          </Title>
          <Button onClick={() => draft.mutate()} loading={draft.isPending} disabled={!current}>
            {t('definitions.newDraft')}
          </Button>
        </Group>
        {draft.error && <ProblemAlert error={draft.error} />}
        <DefinitionVersionsTable
          kind={kind}
          query={versions}
          selected={shownId}
          onView={(v) => select(v.id)}
          onEdit={(v) => select(v.id, true)}
          onPublish={setPublishing}
        />
      </Stack>
      {shownId && (
        <section aria-labelledby="definition-shown">
          <Group gap="sm" mb="md">
            <Title order={2} size="h3" id="definition-shown">
              {shown.data ? t(heading, { n: shown.data.number }) : t('web:common.loading')}
            </Title>
            {shown.data && <DefinitionStatusBadge status={shown.data.status} />}
          </Group>
          {shown.isPending && (
            <Center py="xl">
              <Loader size="sm" aria-label={t('web:common.loading')} />
            </Center>
          )}
          {shown.error && <ProblemAlert error={shown.error} />}
          {shown.data && (
            <ShownVersion
              kind={kind}
              version={shown.data}
              editing={editing === shown.data.id}
              onEdit={(id) => setEditing(id)}
              onDone={() => setEditing(null)}
              onPublish={setPublishing}
            />
          )}
        </section>
      )}
      {publishing && <PublishModal kind={kind} summary={publishing} onClose={() => setPublishing(null)} />}
    </Stack>
  );
}

interface ShownProps {
  kind: DefinitionKind;
  version: VersionOf<DefinitionKind>;
  editing: boolean;
  onEdit: (id: string) => void;
  onDone: () => void;
  onPublish: (v: DefinitionSummary) => void;
}

/** The version chosen: readable, with a note and the actions when it is a draft; or its JSON while edited. */
function ShownVersion({ kind, version, editing, onEdit, onDone, onPublish }: ShownProps) {
  const { t } = useTranslation('analytics');
  if (editing) return <JsonEditor kind={kind} version={version} onDone={onDone} />;
  return (
    <>
      {version.status === 'draft' && (
        <Alert color="blue" variant="light" mb="md">
          <Group justify="space-between">
            <span>{t('definitions.draftHint')}</span>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={() => onEdit(version.id)}>
                {t('definitions.edit')}
              </Button>
              <Button size="xs" onClick={() => onPublish(version)}>
                {t('definitions.publish')}
              </Button>
            </Group>
          </Group>
        </Alert>
      )}
      {kind === 'instrument' ? (
        <InstrumentView definition={(version as VersionOf<'instrument'>).definition} />
      ) : (
        <RulesView definition={(version as VersionOf<'rules'>).definition} />
      )}
    </>
  );
}
