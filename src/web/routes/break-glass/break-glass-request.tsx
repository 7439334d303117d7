/**
 * Emergency ("break-glass") access to a person's record the viewer does not normally work
 * with. The reason is mandatory; access ends by itself and every use is flagged for the
 * data protection officer. Mount it wherever a record turns out not to be visible, e.g.
 * `<BreakGlassRequest personId={id} onGranted={() => refetch()} />` on the person page.
 */
import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BREAK_GLASS_MIN_REASON, openBreakGlass, type BreakGlassGrant } from '../../api/oversight';
import { useSession } from '../../app/session';
import { AppModal } from '../../components/app-modal';
import { ProblemAlert } from '../../components/problem-alert';
import { useSaveForm } from '../../components/use-save-form';
import { useFormat } from '../../i18n/format';

interface Props {
  personId: string;
  /** Called once access is granted, e.g. to load the record again. */
  onGranted?: (grant: BreakGlassGrant) => void;
}

export function BreakGlassRequest({ personId, onGranted }: Props) {
  const { t } = useTranslation('casework');
  const format = useFormat();
  const me = useSession();
  const [asking, setAsking] = useState(false);
  const [grant, setGrant] = useState<BreakGlassGrant | null>(null);
  if (!me.permissions.includes('break_glass.use')) return null;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby="break-glass-title" style={{ borderColor: 'var(--mantine-color-red-7)' }}>
      <Title order={2} size="h4" mb="xs" id="break-glass-title">
        {t('breakGlass.title')}
      </Title>
      {grant ? (
        <Alert color="orange" variant="light" title={t('breakGlass.granted', { until: format.dateTime(grant.expiresAt) })} role="status">
          {t('breakGlass.grantedNote')}
        </Alert>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('breakGlass.explain')}</Text>
          <Text size="sm" fw={600}>
            {t('breakGlass.flagged')}
          </Text>
          <Button color="red" onClick={() => setAsking(true)}>
            {t('breakGlass.request')}
          </Button>
        </Stack>
      )}
      {asking && (
        <BreakGlassModal
          personId={personId}
          onClose={() => setAsking(false)}
          onGranted={(g) => {
            setGrant(g);
            setAsking(false);
            onGranted?.(g);
          }}
        />
      )}
    </Paper>
  );
}

function BreakGlassModal({ personId, onClose, onGranted }: { personId: string; onClose: () => void; onGranted: (g: BreakGlassGrant) => void }) {
  const { t } = useTranslation('casework');
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (v) => {
        if (!v.trim()) return t('errors:field.required');
        return v.trim().length < BREAK_GLASS_MIN_REASON ? t('errors:field.too_small_string', { minimum: BREAK_GLASS_MIN_REASON }) : null;
      },
    },
  });
  const { submit, error, placed, pending } = useSaveForm({ form, save: (v) => openBreakGlass(personId, v.reason.trim()), onSaved: onGranted });

  return (
    <AppModal title={t('breakGlass.request')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error !== null && <ProblemAlert error={error} placedFields={placed} />}
          <Alert color="red" variant="light">
            {t('breakGlass.warning')}
          </Alert>
          <Textarea
            label={t('breakGlass.reason')}
            description={t('breakGlass.reasonHint', { minimum: BREAK_GLASS_MIN_REASON })}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('web:common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={pending}>
              {t('breakGlass.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
