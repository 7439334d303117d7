/**
 * Confirm a withdrawal. It takes effect at once: the recipient's very next request no
 * longer sees the data. A stale version (someone changed the record meanwhile) is refused.
 */
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useConsents, withdrawConsent, type Consent } from '../../api/consent';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { CategoryList } from './category-list';
import { useConsentCache } from './use-consent-cache';

export function WithdrawConsentModal({ consent, onClose }: { consent: Consent; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const cache = useConsentCache(consent.personId);
  // The register as it is now: after a conflict it reloads, and the retry carries the new version.
  const register = useConsents(consent.personId);
  const current = register.data?.find((c) => c.id === consent.id) ?? consent;
  const stillGiven = current.status === 'given' || current.status === 'not_yet_valid';
  const agency = consent.recipientAgency.name;
  const form = useForm({ initialValues: { reason: '' } });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => withdrawConsent(consent.id, { reason: v.reason.trim() || null, version: current.version }),
    onSaved: () => {
      cache.changed();
      notifications.show({ color: 'teal', message: t('withdraw.done', { agency }) });
      onClose();
    },
    reload: async () => cache.changed(),
  });

  return (
    <AppModal title={t('withdraw.title', { agency })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Alert color="orange" variant="light">
            {stillGiven ? t('withdraw.immediate', { agency }) : t('withdraw.noLongerGiven', { status: t(`consentStatus.${current.status}`) })}
          </Alert>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('consent.categories')}
            </Text>
            <CategoryList categories={consent.dataCategories} />
          </div>
          <Textarea label={t('withdraw.reason')} description={t('withdraw.reasonHint')} autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={pending} disabled={!stillGiven}>
              {t('withdraw.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
