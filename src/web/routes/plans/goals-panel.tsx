/**
 * The plan's goals and guarantees: the labour-market goal (from the configured list), the
 * social-inclusion goals, the minimum service offer the agencies guarantee, and how often
 * the plan is reviewed. Edited in place on a draft; read as text otherwise.
 */
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGoalTypes } from './api';
import type { DraftValues, GoalDraft } from './draft';
import { errorAt } from './field-errors';
import type { PlanNames } from './names';
import { usePlanText } from './plan-text';
import { wrappingButton } from './styles';
import type { PlanDraft } from './use-plan-draft';

const narrow = { wrapper: { maxWidth: 200 } };

interface Props {
  draft: PlanDraft;
  names: PlanNames;
  editable: boolean;
}

export function GoalsPanel({ draft, names, editable }: Props) {
  const { t, day } = usePlanText();
  const { values } = draft;
  return (
    <Paper component="section" withBorder p={{ base: 'md', sm: 'lg' }} aria-labelledby="plan-goals">
      <Title order={2} size="h4" mb="sm" id="plan-goals">
        {t('goals.title')}
      </Title>
      {editable ? (
        <GoalsForm draft={draft} />
      ) : (
        <Stack gap="sm">
          <div>
            <Text size="sm" c="gray.7">
              {t('field.goal')}
            </Text>
            {values.goal ? <GoalText goal={values.goal} label={names.goal(values.goal.type)} /> : <Text size="sm">{t('goals.none')}</Text>}
          </div>
          <div>
            <Text size="sm" c="gray.7">
              {t('field.socialGoals')}
            </Text>
            {values.socialGoals.length === 0 ? (
              <Text size="sm">{t('goals.socialNone')}</Text>
            ) : (
              <Stack component="ul" gap={4} m={0} pl="md">
                {values.socialGoals.map((g, i) => (
                  <li key={i}>
                    <GoalText goal={g} label={names.goal(g.type)} />
                  </li>
                ))}
              </Stack>
            )}
          </div>
          <div>
            <Text size="sm" c="gray.7">
              {t('field.minimumOffer')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {values.minimumOffer || t('goals.offerNone')}
            </Text>
          </div>
          <Text size="sm">{t('goals.reviewText', { count: values.reviewEveryWeeks, date: day(values.nextReviewOn) })}</Text>
        </Stack>
      )}
    </Paper>
  );
}

function GoalText({ goal, label }: { goal: GoalDraft; label: string }) {
  const { t, day } = usePlanText();
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={500} size="sm">
        {label}
      </Text>
      {goal.description && ` — ${goal.description}`}
      {goal.targetDate && ` (${t('goals.by', { date: day(goal.targetDate) })})`}
    </Text>
  );
}

function GoalsForm({ draft }: { draft: PlanDraft }) {
  const { t } = useTranslation('planweb');
  const types = useGoalTypes();
  const { values, errors, change } = draft;
  const options = (kind: 'labour_market' | 'social_inclusion', current?: string) =>
    (types.data ?? []).filter((g) => g.kind === kind && (g.active || g.code === current)).map((g) => ({ value: g.code, label: g.label }));
  const set = <K extends keyof DraftValues>(field: K, value: DraftValues[K], path: string = field) => change((v) => ({ ...v, [field]: value }), path);
  const goal = values.goal ?? { type: '', description: '', targetDate: null };
  const setGoal = (g: Partial<GoalDraft>, path: string) => set('goal', { ...goal, ...g }, path);
  const setSocial = (i: number, g: Partial<GoalDraft>) =>
    set('socialGoals', values.socialGoals.map((x, j) => (j === i ? { ...x, ...g } : x)), `socialGoals.${i}`);

  return (
    <Stack gap="md">
      <Select
        id="plan-goal-type"
        label={t('field.goal')}
        description={t('goals.goalHint')}
        data={options('labour_market', values.goal?.type)}
        value={values.goal?.type ?? null}
        onChange={(v) => (v ? setGoal({ type: v }, 'goal') : set('goal', null))}
        clearable
        clearButtonProps={{ 'aria-label': t('goals.clear') }}
        error={errorAt(errors, 'goal')}
        comboboxProps={{ withinPortal: true }}
      />
      {values.goal && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            id="plan-goal-description"
            label={t('goals.description')}
            maxLength={1000}
            value={goal.description}
            error={errorAt(errors, 'goal.description')}
            onChange={(e) => setGoal({ description: e.currentTarget.value }, 'goal.description')}
          />
          <TextInput
            id="plan-goal-target"
            type="date"
            label={t('goals.targetDate')}
            value={goal.targetDate ?? ''}
            error={errorAt(errors, 'goal.targetDate')}
            onChange={(e) => setGoal({ targetDate: e.currentTarget.value || null }, 'goal.targetDate')}
            styles={narrow}
          />
        </SimpleGrid>
      )}
      <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
        <Text component="legend" size="sm" fw={500} mb={4}>
          {t('field.socialGoals')}
        </Text>
        <Stack gap="sm">
          {values.socialGoals.map((g, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap">
              <Select
                id={`plan-social-${i}-type`}
                label={t('goals.socialType', { number: i + 1 })}
                data={options('social_inclusion', g.type)}
                value={g.type || null}
                onChange={(v) => setSocial(i, { type: v ?? '' })}
                error={errorAt(errors, `socialGoals.${i}`)}
                style={{ flex: '1 1 14rem' }}
              />
              <TextInput label={t('goals.description')} maxLength={1000} value={g.description} onChange={(e) => setSocial(i, { description: e.currentTarget.value })} style={{ flex: '1 1 12rem' }} />
              <Button
                variant="subtle"
                color="red"
                onClick={() => set('socialGoals', values.socialGoals.filter((_, j) => j !== i), 'socialGoals')}
                aria-label={t('goals.removeSocialNamed', { number: i + 1 })}
              >
                {t('goals.removeSocial')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              id="plan-add-social"
              variant="default"
              size="xs"
              styles={wrappingButton}
              disabled={values.socialGoals.length >= 10}
              onClick={() => set('socialGoals', [...values.socialGoals, { type: '', description: '', targetDate: null }])}
            >
              {t('goals.addSocial')}
            </Button>
          </Group>
        </Stack>
      </fieldset>
      <Textarea
        id="plan-minimum-offer"
        label={t('field.minimumOffer')}
        description={t('goals.offerHint')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={2000}
        value={values.minimumOffer}
        error={errorAt(errors, 'minimumOffer')}
        onChange={(e) => set('minimumOffer', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          id="plan-review-every"
          label={t('field.reviewEveryWeeks')}
          min={1}
          max={52}
          clampBehavior="none"
          allowDecimal={false}
          value={values.reviewEveryWeeks}
          error={errorAt(errors, 'reviewEveryWeeks')}
          onChange={(v) => typeof v === 'number' && set('reviewEveryWeeks', v)}
          styles={narrow}
        />
        <TextInput
          id="plan-next-review"
          type="date"
          label={t('field.nextReviewOn')}
          value={values.nextReviewOn}
          error={errorAt(errors, 'nextReviewOn')}
          onChange={(e) => e.currentTarget.value && set('nextReviewOn', e.currentTarget.value)}
          styles={narrow}
        />
      </SimpleGrid>
    </Stack>
  );
}
