/**
 * Setting up a recurring committee (e.g. the employment office and the welfare centre of a
 * municipality, as in Slovenia): members from at least two agencies, how often it meets (at
 * least twice a year), where, and when it first meets. OneDoor creates each next meeting
 * and reminds the members before it.
 */
import { useState } from 'react';
import { Button, Group, MultiSelect, NumberInput, Paper, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { createCommittee } from './api';
import { fieldMessages, useStaffOptions } from './form-parts';

export function CommitteePage() {
  const { t } = useTranslation('conferences');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [firstMeetingAt, setFirst] = useState('');
  const [duration, setDuration] = useState<number | string>(120);
  const [everyMonths, setEvery] = useState<string | null>('6');
  const [reminderDays, setReminder] = useState<number | string>(7);
  const [mode, setMode] = useState<'in_person' | 'online'>('in_person');
  const [address, setAddress] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const fields = fieldMessages(error);

  const staffOptions = useStaffOptions();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const created = await createCommittee({
        name, firstMeetingAt: firstMeetingAt ? new Date(firstMeetingAt).toISOString() : '', durationMinutes: Number(duration), everyMonths: Number(everyMonths ?? 6),
        reminderDays: Number(reminderDays), mode, address: mode === 'in_person' ? address : null, onlineUrl: mode === 'online' ? onlineUrl || null : null, memberIds: members,
      });
      await queryClient.invalidateQueries({ queryKey: ['conferences'] });
      await navigate(created.nextConferenceId ? `/conferences/${created.nextConferenceId}` : '/conferences');
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <PageHeader title={t('committee.heading')} description={t('committee.description')} />
      <Paper withBorder p="lg" maw={760}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            {error !== null && <ProblemAlert error={error} placedFields={['name', 'firstMeetingAt', 'durationMinutes', 'everyMonths', 'reminderDays', 'address', 'onlineUrl', 'memberIds']} />}
            <TextInput label={t('committee.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} />
            <Group grow align="flex-start">
              <TextInput type="datetime-local" label={t('committee.firstMeetingAt')} required value={firstMeetingAt} onChange={(e) => setFirst(e.currentTarget.value)} error={fields.firstMeetingAt} />
              <NumberInput label={t('field.duration')} min={15} max={480} step={15} value={duration} onChange={setDuration} error={fields.durationMinutes} />
            </Group>
            <Group grow align="flex-start">
              <Select
                label={t('committee.everyMonths')}
                data={['1', '2', '3', '4', '5', '6'].map((n) => ({ value: n, label: t('committee.every', { count: Number(n) }) }))}
                value={everyMonths}
                onChange={setEvery}
                allowDeselect={false}
                error={fields.everyMonths}
              />
              <NumberInput label={t('committee.reminderDays')} min={0} max={60} value={reminderDays} onChange={setReminder} error={fields.reminderDays} />
            </Group>
            <Radio.Group label={t('field.mode')} value={mode} onChange={(v) => setMode(v as 'in_person' | 'online')}>
              <Group mt="xs">
                <Radio value="in_person" label={t('mode.in_person')} />
                <Radio value="online" label={t('mode.online')} />
              </Group>
            </Radio.Group>
            {mode === 'in_person' ? (
              <TextInput label={t('field.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={fields.address} />
            ) : (
              <TextInput type="url" label={t('field.onlineUrl')} placeholder="https://" value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} error={fields.onlineUrl} />
            )}
            <MultiSelect
              label={t('committee.members')}
              description={t('field.participantsHint')}
              searchable
              data={staffOptions}
              value={members}
              onChange={setMembers}
              error={fields.memberIds}
              nothingFoundMessage={t('schedule.nothingFound')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={pending}>{t('committee.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
