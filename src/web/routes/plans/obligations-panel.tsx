/**
 * Mutual obligations: what the client commits to and what the agencies commit to, each
 * with its measurable target (how many per week or month) or due date. On a draft they
 * are added, changed and removed here, and saved with the draft.
 */
import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ObligationDraft } from './draft';
import { errorsOf } from './field-errors';
import type { PlanNames } from './names';
import { ObligationModal } from './obligation-modal';
import { usePlanText } from './plan-text';
import { wrappingButton } from './styles';
import type { PlanDraft } from './use-plan-draft';

interface Props {
  draft: PlanDraft;
  names: PlanNames;
  editable: boolean;
}

export function ObligationsPanel({ draft, names, editable }: Props) {
  const { t } = usePlanText();
  const [editing, setEditing] = useState<ObligationDraft | { party: 'client' | 'agency' } | null>(null);
  const { obligations } = draft.values;

  function apply(o: ObligationDraft) {
    const exists = obligations.some((x) => x.key === o.key);
    draft.change((v) => ({ ...v, obligations: exists ? v.obligations.map((x) => (x.key === o.key ? o : x)) : [...v.obligations, o] }), exists ? `obligations.${o.key}` : 'obligations');
    setEditing(null);
  }
  const remove = (o: ObligationDraft) => draft.change((v) => ({ ...v, obligations: v.obligations.filter((x) => x.key !== o.key) }), `obligations.${o.key}`);

  const side = (party: 'client' | 'agency') => {
    const items = obligations.filter((o) => o.party === party);
    const id = `plan-obligations-${party}`;
    return (
      <div>
        <Group justify="space-between" mb="xs" wrap="wrap">
          <Title order={3} size="h5" id={id}>
            {t(`obligations.${party}`)}
          </Title>
          {editable && (
            <Button id={party === 'client' ? 'plan-add-obligation' : undefined} size="xs" variant="default" styles={wrappingButton} onClick={() => setEditing({ party })} disabled={obligations.length >= 50}>
              {t(`obligations.add.${party}`)}
            </Button>
          )}
        </Group>
        {items.length === 0 ? (
          <Text size="sm">{t('obligations.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={id}>
            {items.map((o) => (
              <ObligationItem key={o.key} o={o} names={names} draft={draft} editable={editable} onEdit={() => setEditing(o)} onRemove={() => remove(o)} />
            ))}
          </Stack>
        )}
      </div>
    );
  };

  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-obligations">
      <Title order={2} size="h4" mb="xs" id="plan-obligations">
        {t('obligations.title')}
      </Title>
      {draft.errors.obligations && (
        <Text size="sm" c="red.9" fw={500} mb="sm">
          {draft.errors.obligations}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {side('client')}
        {side('agency')}
      </SimpleGrid>
      {editing && (
        <ObligationModal
          obligation={'key' in editing ? editing : null}
          party={editing.party}
          names={names}
          errors={'key' in editing ? errorsOf(draft.errors, `obligations.${editing.key}`) : {}}
          onApply={apply}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}

interface ItemProps {
  o: ObligationDraft;
  names: PlanNames;
  draft: PlanDraft;
  editable: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

function ObligationItem({ o, names, draft, editable, onEdit, onRemove }: ItemProps) {
  const { t, day, target } = usePlanText();
  const measure = [o.target ? target(o.target) : null, o.dueOn ? t('obligations.by', { date: day(o.dueOn) }) : null].filter(Boolean).join(' · ');
  const problems = Object.entries(errorsOf(draft.errors, `obligations.${o.key}`));
  return (
    <li id={`plan-obligation-${o.key}`}>
      <Group justify="space-between" wrap="wrap" align="flex-start" gap="xs">
        <div style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {o.text}
          </Text>
          <Text size="xs" c="gray.7">
            {[o.party === 'agency' ? (names.agency(o.agencyId ?? names.leadAgencyId) ?? '') : null, measure].filter(Boolean).join(' · ')}
          </Text>
          {problems.map(([field, message]) => (
            <Text key={field} size="xs" c="red.9" fw={500}>
              {message}
            </Text>
          ))}
        </div>
        {editable && (
          <Group gap={4} wrap="nowrap">
            <Button id={`plan-obligation-${o.key}-edit`} size="compact-sm" variant="subtle" onClick={onEdit} aria-label={t('obligations.editNamed', { text: o.text })}>
              {t('web:common.edit')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t('obligations.removeNamed', { text: o.text })}>
              {t('table.remove')}
            </Button>
          </Group>
        )}
      </Group>
    </li>
  );
}
