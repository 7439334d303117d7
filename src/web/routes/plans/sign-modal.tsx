/**
 * The client's signature on the draft, with the counsellor: on screen (the client types
 * their name here) or on a signed printout. The signed version is frozen and in force;
 * later changes need a review and a new signature. What the draft still lacks is shown
 * on the draft itself (the dialog closes); a stale version reloads the plan.
 */
import { Anchor, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { pdfUrl, signPlan, type PlanView } from './api';

interface Props {
  plan: PlanView;
  version: number;
  onSigned: (view: PlanView) => void;
  /** True when the refusal was about the draft (shown there). */
  onRefused: (error: unknown) => boolean;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}

export function SignModal({ plan, version, onSigned, onRefused, onReload, onClose }: Props) {
  const { t } = useTranslation('planweb');
  const form = useForm<{ method: 'on_screen' | 'paper'; signedName: string }>({
    initialValues: { method: 'on_screen', signedName: '' },
    validate: { signedName: (v) => (v.trim().length >= 2 ? null : t('sign.nameRequired')) },
  });
  const { submit, error, placed, pending } = useSaveForm({
    form,
    save: async (v) => {
      try {
        return await signPlan(plan.id, { method: v.method, signedName: v.signedName.trim(), version });
      } catch (e) {
        if (onRefused(e)) return null;
        throw e;
      }
    },
    onSaved: (view) => view && onSigned(view),
    reload: async () => {
      await onReload();
    },
  });
  const number = plan.current.number;

  return (
    <AppModal title={t('sign.title', { number })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Text size="sm">{t('sign.intro', { number })}</Text>
          <Text size="sm">
            {t('sign.readFirst')}{' '}
            <Anchor href={pdfUrl(plan.id, number)} download size="sm">
              {t('sign.printDraft')}
            </Anchor>
          </Text>
          <Radio.Group label={t('sign.method')} required {...form.getInputProps('method')}>
            <Stack gap={6} mt={6}>
              <Radio value="on_screen" label={t('sign.onScreen')} />
              <Radio value="paper" label={t('sign.paper')} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={form.getValues().method === 'on_screen' ? t('sign.name') : t('sign.namePaper')}
            description={t('sign.nameHint')}
            required
            maxLength={200}
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('signedName')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('sign.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
