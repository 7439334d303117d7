/**
 * Scheduling a case conference: title, time and length, in person (address, room) or
 * online (a link), participants picked from the staff of every agency, and an agenda of
 * cases from the organiser's caseload (a case page can link here with ?caseId=).
 */
import { useMemo, useState } from 'react';
import { Button, Group, MultiSelect, NumberInput, Paper, Radio, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCaseload } from '../../api/cases';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { conferenceKeys, scheduleConference } from './api';
import { fieldMessages, useStaffOptions } from './form-parts';

export function SchedulePage() {
  const { t } = useTranslation('conferences');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const caseload = useCaseload({ assignedTo: 'me', status: 'active', limit: 200, offset: 0 });
  const [title, setTitle] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [duration, setDuration] = useState<number | string>(60);
  const [mode, setMode] = useState<'in_person' | 'online'>('in_person');
  const [address, setAddress] = useState('');
  const [room, setRoom] = useState('');
  const [onlineUrl, setOnlineUrl] = useState('');
  const [participants, setParticipants] = useState<string[]>([]);
  const [cases, setCases] = useState<string[]>(params.get('caseId') ? [params.get('caseId')!] : []);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const fields = fieldMessages(error);

  const staffOptions = useStaffOptions();
  const caseOptions = useMemo(() => {
    const options = (caseload.data?.items ?? []).map((c) => ({
      value: c.id,
      label: c.person.name ? t('schedule.caseOption', { name: `${c.person.name.given} ${c.person.name.family}`, onedoorId: c.person.onedoorId }) : c.person.onedoorId,
    }));
    for (const id of cases) if (!options.some((o) => o.value === id)) options.push({ value: id, label: t('schedule.caseFromLink') });
    return options;
  }, [caseload.data, cases, t]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const created = await scheduleConference({
        title, startsAt: startsAt ? new Date(startsAt).toISOString() : '', durationMinutes: Number(duration), mode,
        address: mode === 'in_person' ? address : null, room: mode === 'in_person' ? room : null, onlineUrl: mode === 'online' ? onlineUrl || null : null,
        participantIds: participants, caseIds: cases,
      });
      await queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
      await navigate(`/conferences/${created.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <PageHeader title={t('schedule.heading')} description={t('schedule.description')} />
      <Paper withBorder p="lg" maw={760}>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack>
            {error !== null && <ProblemAlert error={error} placedFields={['title', 'startsAt', 'durationMinutes', 'mode', 'address', 'room', 'onlineUrl', 'participantIds', 'caseIds']} />}
            <TextInput label={t('field.title')} description={t('field.titleHint')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={fields.title} />
            <Group grow align="flex-start">
              <TextInput type="datetime-local" label={t('field.startsAt')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} error={fields.startsAt} />
              <NumberInput label={t('field.duration')} min={15} max={480} step={15} value={duration} onChange={setDuration} error={fields.durationMinutes} />
            </Group>
            <Radio.Group label={t('field.mode')} value={mode} onChange={(v) => setMode(v as 'in_person' | 'online')}>
              <Group mt="xs">
                <Radio value="in_person" label={t('mode.in_person')} />
                <Radio value="online" label={t('mode.online')} />
              </Group>
            </Radio.Group>
            {mode === 'in_person' ? (
              <Group grow align="flex-start">
                <TextInput label={t('field.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} error={fields.address} />
                <TextInput label={t('field.room')} value={room} onChange={(e) => setRoom(e.currentTarget.value)} error={fields.room} />
              </Group>
            ) : (
              <TextInput type="url" label={t('field.onlineUrl')} placeholder="https://" value={onlineUrl} onChange={(e) => setOnlineUrl(e.currentTarget.value)} error={fields.onlineUrl} />
            )}
            <MultiSelect
              label={t('field.participants')}
              description={t('field.participantsHint')}
              searchable
              data={staffOptions}
              value={participants}
              onChange={setParticipants}
              error={fields.participantIds}
              nothingFoundMessage={t('schedule.nothingFound')}
            />
            <MultiSelect
              label={t('field.cases')}
              description={t('field.casesHint')}
              searchable
              data={caseOptions}
              value={cases}
              onChange={setCases}
              error={fields.caseIds}
              nothingFoundMessage={t('schedule.nothingFound')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={pending}>{t('schedule.submit')}</Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
