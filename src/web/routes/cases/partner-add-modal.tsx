/** The lead agency adds a partner agency to the case, saying what the partner does in it. */
import { useMemo } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/admin';
import { addCasePartner, type CaseView } from '../../api/cases';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useCaseCache } from './use-case-saved';

export function PartnerAddModal({ caseView: c, onClose }: { caseView: CaseView; onClose: () => void }) {
  const { t } = useTranslation('casework');
  const cache = useCaseCache(c.id);
  const agencies = useAgencies();
  // Only agencies that can still join: active, not the lead, not already a partner.
  const options = useMemo(() => {
    const taken = new Set([c.leadAgency.id, ...c.partners.map((p) => p.agencyId)]);
    return (agencies.data ?? [])
      .filter((a) => a.active && !taken.has(a.id))
      .map((a) => ({ value: a.id, label: a.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [agencies.data, c]);
  const form = useForm<{ agencyId: string | null; role: string }>({
    initialValues: { agencyId: null, role: '' },
    validate: { agencyId: (v) => (v ? null : t('errors:field.required')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: (v) => addCasePartner(c.id, { agencyId: v.agencyId ?? '', role: v.role.trim() || null }),
    onSaved: (view) => {
      cache.saved(view);
      const added = options.find((o) => o.value === form.getValues().agencyId)?.label ?? '';
      notifications.show({ color: 'teal', message: t('partners.added', { agency: added }) });
      onClose();
    },
  });

  return (
    <AppModal title={t('partners.add')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          {agencies.error !== null && <ProblemAlert error={agencies.error} />}
          <Select
            label={t('partners.agency')}
            data={options}
            searchable
            required
            disabled={agencies.isPending}
            data-autofocus
            {...form.getInputProps('agencyId')}
          />
          <TextInput label={t('partners.role')} description={t('partners.roleHint')} maxLength={200} {...form.getInputProps('role')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('partners.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
