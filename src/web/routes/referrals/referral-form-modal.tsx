/**
 * Making a referral (or changing a draft): the service, why, what is shared, how urgent,
 * by when the client should appear, and the language the client prefers. The categories
 * the client's consent to the receiving agency covers for referrals are marked; the server
 * refuses any other, and its message is shown on the categories. Kept as a draft or sent
 * at once.
 */
import { useState } from 'react';
import { Alert, Box, Button, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { dataCategories, sensitiveCategories, useConsents, type DataCategory } from '../../api/consent';
import { isApiError } from '../../api/problem';
import { AppModal } from '../../components/app-modal';
import { applyFieldErrors } from '../../components/form-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { today } from '../plans/plan-text';
import {
  clientLanguages, createReferral, referralKeys, takeStep, updateDraft, urgencies, type ReferralView, type Urgency,
} from './api';
import { ServiceChoice, type ChosenService } from './service-choice';

interface Values {
  service: ChosenService | null;
  reason: string;
  categories: DataCategory[];
  urgency: Urgency;
  appearBy: string;
  preferredLanguage: string;
}

interface Props {
  caseId: string;
  personId: string;
  /** A draft being changed. */
  draft?: ReferralView;
  /** Preset service (a plan action's) and the action it carries out. */
  service?: ChosenService | null;
  planActionId?: string | null;
  /** The referral this one follows (re-referral after a decline or an unmet need). */
  previous?: ReferralView | null;
  onClose: () => void;
}

export function ReferralFormModal({ caseId, personId, draft, service, planActionId, previous, onClose }: Props) {
  const { t } = useTranslation('referrals');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const consents = useConsents(personId);
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [pending, setPending] = useState<'draft' | 'send' | null>(null);
  const required = t('errors:field.required');

  const form = useForm<Values>({
    initialValues: {
      service: draft
        ? { id: draft.service.id, name: draft.service.name, agencyId: draft.service.agencyId, agencyName: draft.service.agencyName, freePlaces: null }
        : (service ?? null),
      reason: draft?.reason ?? previous?.reason ?? '',
      categories: draft?.categories ?? previous?.categories ?? ['identity'],
      urgency: draft?.urgency ?? previous?.urgency ?? 'routine',
      appearBy: draft?.appearBy ?? today(14),
      preferredLanguage: draft?.preferredLanguage ?? previous?.preferredLanguage ?? 'hy',
    },
    validate: {
      service: (v) => (v ? null : required),
      reason: (v) => (v.trim() ? null : required),
      categories: (v) => (v.length ? null : required),
      appearBy: (v) => (v ? null : required),
    },
  });

  const receiver = form.values.service?.agencyId;
  // What the client agreed to share with the receiving agency for referrals, as of now.
  const consented = new Set<DataCategory>(
    (consents.data ?? [])
      .filter((c) => c.recipientAgency.id === receiver && c.status === 'given' && c.purposes.includes('referral'))
      .flatMap((c) => c.dataCategories),
  );
  const consentKnown = Boolean(receiver && consents.data);

  async function save(values: Values, send: boolean) {
    setPending(send ? 'send' : 'draft');
    setError(null);
    const body = {
      serviceId: values.service!.id,
      reason: values.reason.trim(),
      categories: values.categories,
      urgency: values.urgency,
      appearBy: values.appearBy,
      preferredLanguage: values.preferredLanguage,
    };
    try {
      let saved: ReferralView;
      if (draft) {
        saved = await updateDraft(draft.id, { ...body, version: draft.version });
        if (send) saved = await takeStep(draft.id, 'send', { version: saved.version });
      } else {
        saved = await createReferral(caseId, { ...body, planActionId: planActionId ?? null, previousReferralId: previous?.id ?? null, send });
      }
      await queryClient.invalidateQueries({ queryKey: referralKeys.all });
      onClose();
      void navigate(`/referrals/${saved.id}`);
    } catch (e) {
      setError(e);
      const placedHere = applyFieldErrors(form, e);
      // The server names the service `serviceId`; the form holds it as `service`.
      const serviceProblem = isApiError(e) ? e.problem.fields?.find((f) => f.field === 'serviceId') : undefined;
      if (serviceProblem) {
        form.setFieldError('service', serviceProblem.message);
        placedHere.push('serviceId');
      }
      setPlaced(placedHere);
      if (isApiError(e, 'version_conflict')) await queryClient.invalidateQueries({ queryKey: referralKeys.all });
    } finally {
      setPending(null);
    }
  }

  const submit = (send: boolean) => form.onSubmit((values) => void save(values, send));
  const ordinary = dataCategories.filter((c) => !sensitiveCategories.includes(c));
  const sensitive = dataCategories.filter((c) => sensitiveCategories.includes(c));
  const box = (c: DataCategory) => (
    <Checkbox
      key={c}
      value={c}
      color={sensitiveCategories.includes(c) ? 'red.8' : undefined}
      label={t(`casework:category.${c}`)}
      description={consentKnown ? (consented.has(c) ? t('web.form.consented') : t('web.form.notConsented')) : undefined}
    />
  );

  return (
    <AppModal title={draft ? t('web.form.editTitle') : previous ? t('web.form.reReferTitle') : t('web.form.title')} onClose={onClose} size="lg">
      <form onSubmit={submit(false)} noValidate>
        <Stack gap="md">
          {previous && (
            <Alert color="blue" variant="light">
              {t('web.form.follows', { service: previous.service.name })}
            </Alert>
          )}
          <ServiceChoice value={form.values.service} error={form.errors.service} onChange={(s) => form.setFieldValue('service', s)} />
          {form.values.service?.freePlaces === 0 && (
            <Text size="sm" c="red.9" fw={500}>
              {t('web.form.full')}
            </Text>
          )}
          <Textarea label={t('web.form.reason')} description={t('web.form.reasonHint')} required autosize minRows={3} maxLength={2000} {...form.getInputProps('reason')} />
          <Checkbox.Group
            id="referral-categories"
            label={t('web.form.categories')}
            description={receiver ? t('web.form.categoriesHint', { agency: form.values.service?.agencyName }) : t('web.form.categoriesHintNoService')}
            required
            {...form.getInputProps('categories')}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
              {ordinary.map(box)}
            </SimpleGrid>
            <Box mt="sm" p="sm" style={{ borderLeft: '4px solid var(--mantine-color-red-8)', background: 'var(--mantine-color-red-0)' }}>
              <Text size="sm" fw={700} c="red.9">
                {t('casework:category.sensitiveLabel')}
              </Text>
              <Text size="xs" mb="xs">
                {t('casework:category.sensitiveHint')}
              </Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs">
                {sensitive.map(box)}
              </SimpleGrid>
            </Box>
          </Checkbox.Group>
          <div>
            <Text component="span" size="sm" fw={500} id="referral-urgency" display="block" mb={4}>
              {t('web.form.urgency')}
            </Text>
            <SegmentedControl
              aria-labelledby="referral-urgency"
              data={urgencies.map((u) => ({ value: u, label: t(`web.urgency.${u}`) }))}
              {...form.getInputProps('urgency')}
            />
          </div>
          <Group align="flex-start" grow>
            <TextInput type="date" label={t('web.form.appearBy')} description={t('web.form.appearByHint')} required min={today()} {...form.getInputProps('appearBy')} />
            <Select
              label={t('web.form.language')}
              description={t('web.form.languageHint')}
              data={clientLanguages.map((l) => ({ value: l, label: t(`catalogue:language.${l}`) }))}
              allowDeselect={false}
              {...form.getInputProps('preferredLanguage')}
            />
          </Group>
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" variant="light" loading={pending === 'draft'} disabled={pending !== null}>
              {t('web.form.saveDraft')}
            </Button>
            <Button type="button" loading={pending === 'send'} disabled={pending !== null} onClick={() => submit(true)()}>
              {t('web.form.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
