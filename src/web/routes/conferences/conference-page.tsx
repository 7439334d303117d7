/**
 * One case conference: when and where, participants and their attendance, the agenda with
 * my briefing pack (each case only as far as I may see it; a case I may not see is an
 * item without a name), the minutes (a stale save is refused and my text kept), and the
 * formal decisions, each linked to the plan it became an action of.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, List, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { ProblemAlert } from '../../components/problem-alert';
import { useFormat } from '../../i18n/format';
import { useCaseload } from '../../api/cases';
import { wholeBadge } from '../cases/badge-styles';
import { useLanguage } from '../plans/api';
import {
  addAgendaCase, attendances, conferenceKeys, recordDecision, saveMinutes, setAttendance, useBriefing, useConference, type Attendance, type BriefingItem, type ConferenceView,
} from './api';

export function ConferencePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('conferences');
  const format = useFormat();
  const conference = useConference(id);
  const briefing = useBriefing(id, useLanguage());
  const c = conference.data;
  if (!c) {
    return (
      <>
        <PageHeader title={t('page.loading')} />
        {conference.error !== null && <ProblemAlert error={conference.error} />}
      </>
    );
  }
  const place = c.mode === 'online' ? t('page.online') : [c.officeName, c.address, c.room].filter(Boolean).join(', ');
  return (
    <>
      <PageHeader
        title={c.title}
        description={t('page.when', { startsAt: format.dateTime(c.startsAt), minutes: c.durationMinutes, place })}
        actions={<Anchor component={Link} to="/conferences">{t('page.back')}</Anchor>}
      />
      {c.mode === 'online' && c.onlineUrl && (
        <Text mb="md">
          <Anchor href={c.onlineUrl} target="_blank" rel="noreferrer">{t('page.join')}</Anchor>
        </Text>
      )}
      <Stack gap="xl">
        <Participants conference={c} />
        <Agenda items={briefing.data?.items ?? []} loaded={briefing.data !== undefined} error={briefing.error} conference={c} />
        <Decisions conference={c} items={briefing.data?.items ?? []} />
        <Minutes conference={c} />
      </Stack>
    </>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return (view?: ConferenceView) => {
    if (view) queryClient.setQueryData(conferenceKeys.one(id), view);
    return queryClient.invalidateQueries({ queryKey: ['conferences'] });
  };
}

function Participants({ conference }: { conference: ConferenceView }) {
  const { t } = useTranslation('conferences');
  const refresh = useRefresh(conference.id);
  const [error, setError] = useState<unknown>(null);
  async function change(userId: string, attendance: Attendance, version: number) {
    setError(null);
    try {
      await refresh(await setAttendance(conference.id, userId, { attendance, version }));
    } catch (e) {
      setError(e);
      await refresh();
    }
  }
  return (
    <section aria-labelledby="conference-participants">
      <Title order={2} size="h3" id="conference-participants" mb="sm">{t('participants.heading')}</Title>
      {error !== null && <ProblemAlert error={error} mb="sm" />}
      <Paper withBorder>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('participants.heading')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('participants.name')}</Table.Th>
                <Table.Th>{t('participants.agency')}</Table.Th>
                <Table.Th>{t('participants.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conference.participantList.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{p.agencyName}</Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('participants.attendanceOf', { name: p.name })}
                      data={attendances.map((a) => ({ value: a, label: t(`attendance.${a}`) }))}
                      value={p.attendance}
                      allowDeselect={false}
                      onChange={(v) => v && void change(p.id, v as Attendance, p.version)}
                      maw={220}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </section>
  );
}

const itemName = (t: (k: string, o?: Record<string, unknown>) => string, item: BriefingItem) =>
  item.visible ? t('agenda.item', { position: item.position, name: item.personName ?? item.onedoorId }) : t('agenda.hiddenItem', { position: item.position });

function Agenda({ items, loaded, error, conference }: { items: BriefingItem[]; loaded: boolean; error: unknown; conference: ConferenceView }) {
  const { t } = useTranslation('conferences');
  return (
    <section aria-labelledby="conference-agenda">
      <Title order={2} size="h3" id="conference-agenda" mb="xs">{t('agenda.heading')}</Title>
      <Text c="gray.7" mb="sm">{t('agenda.explain')}</Text>
      {error !== null && error !== undefined && <ProblemAlert error={error} mb="sm" />}
      <Stack>
        {items.map((item) => (
          <Paper key={item.agendaItemId} withBorder p="md" data-testid="briefing-item">
            <Title order={3} size="h4">{itemName(t, item)}</Title>
            {!item.visible ? (
              <Text c="gray.7" mt="xs">{t('agenda.hiddenExplain')}</Text>
            ) : (
              <Stack gap="xs" mt="xs">
                <Text size="sm">{t('briefing.case', { onedoorId: item.onedoorId, agency: item.leadAgencyName, manager: item.caseManagerName })}</Text>
                <Group gap="xs">
                  <Text size="sm">{t('briefing.shown')}</Text>
                  {(item.categories ?? []).map((c) => <Badge key={c} variant="light" color="blue" radius="sm" tt="none" styles={wholeBadge}>{t(`category.${c}`)}</Badge>)}
                </Group>
                {item.plan === null && <Text size="sm">{t('briefing.noPlan')}</Text>}
                {item.plan && (
                  <div>
                    <Text size="sm" fw={600}>
                      {item.plan.inForce ? t('briefing.planInForce', { number: item.plan.inForce }) : t('briefing.planDraft', { number: item.plan.number })}
                      {' · '}
                      <Anchor component={Link} to={`/cases/${item.caseId}/plan`}>{t('briefing.openPlan')}</Anchor>
                    </Text>
                    {item.plan.goalDescription && <Text size="sm">{t('briefing.goal', { goal: item.plan.goalDescription })}</Text>}
                    <Text size="sm" mt={4}>{t('briefing.openActions', { count: item.plan.openActions.length })}</Text>
                    <List size="sm">
                      {item.plan.openActions.map((a) => <List.Item key={a.id}>{t('briefing.action', { title: a.title, dueOn: a.dueOn })}</List.Item>)}
                    </List>
                  </div>
                )}
                {item.assessment && (
                  <div>
                    <Text size="sm" mt={4}>{t('briefing.barriers', { count: item.assessment.barriers.length })}</Text>
                    <List size="sm">
                      {item.assessment.barriers.map((b) => <List.Item key={b.code}>{b.label}</List.Item>)}
                    </List>
                  </div>
                )}
              </Stack>
            )}
          </Paper>
        ))}
        {loaded && items.length === 0 && <Text c="gray.7">{t('agenda.empty')}</Text>}
      </Stack>
      {conference.status === 'scheduled' && <AddCase conference={conference} />}
    </section>
  );
}

/** Puts a case of my caseload on the agenda (a committee's meetings start without one). */
function AddCase({ conference }: { conference: ConferenceView }) {
  const { t } = useTranslation('conferences');
  const queryClient = useQueryClient();
  const caseload = useCaseload({ assignedTo: 'me', status: 'active', limit: 200, offset: 0 });
  const onAgenda = new Set(conference.agenda.map((a) => a.caseId).filter(Boolean));
  const options = (caseload.data?.items ?? []).filter((c) => !onAgenda.has(c.id)).map((c) => ({
    value: c.id,
    label: c.person.name ? t('schedule.caseOption', { name: `${c.person.name.given} ${c.person.name.family}`, onedoorId: c.person.onedoorId }) : c.person.onedoorId,
  }));
  const [caseId, setCaseId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  if (options.length === 0) return null;
  async function add() {
    if (!caseId) return;
    setPending(true);
    setError(null);
    try {
      queryClient.setQueryData(conferenceKeys.one(conference.id), await addAgendaCase(conference.id, caseId));
      setCaseId(null);
      await queryClient.invalidateQueries({ queryKey: ['conferences'] });
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }
  return (
    <Stack mt="md" maw={760} gap="xs">
      {error !== null && <ProblemAlert error={error} />}
      <Group align="flex-end">
        <Select label={t('agenda.add')} data={options} value={caseId} onChange={setCaseId} searchable style={{ flex: 1 }} nothingFoundMessage={t('schedule.nothingFound')} />
        <Button variant="default" onClick={() => void add()} loading={pending} disabled={!caseId}>{t('agenda.addButton')}</Button>
      </Group>
    </Stack>
  );
}

function Decisions({ conference, items }: { conference: ConferenceView; items: BriefingItem[] }) {
  const { t } = useTranslation('conferences');
  const refresh = useRefresh(conference.id);
  const decidable = items.filter((i) => i.visible && i.plan !== undefined);
  const [itemId, setItemId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const item = decidable.find((i) => i.agendaItemId === itemId) ?? (decidable.length === 1 ? decidable[0] : undefined);
  const names = new Map(items.map((i) => [i.agendaItemId, itemName(t, i)]));
  const fields: Record<string, string> = {};
  if (isApiError(error)) for (const f of error.problem.fields ?? []) fields[f.field.split('.')[0]!] ??= f.message;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!item) return;
    setPending(true);
    setError(null);
    try {
      await refresh(await recordDecision(conference.id, { agendaItemId: item.agendaItemId, kind: 'plan_action', text, ownerAgencyId: owner ?? '', dueOn }));
      setText('');
      setDueOn('');
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="conference-decisions">
      <Title order={2} size="h3" id="conference-decisions" mb="sm">{t('decisions.heading')}</Title>
      {conference.decisions.length === 0 ? (
        <Text c="gray.7" mb="sm">{t('decisions.none')}</Text>
      ) : (
        <Stack gap="xs" mb="md">
          {conference.decisions.map((d) => (
            <Paper key={d.id} withBorder p="sm" data-testid="decision">
              <Text fw={600}>{d.text}</Text>
              <Text size="sm">
                {t('decisions.about', { item: names.get(d.agendaItemId) ?? '' })}
                {' · '}
                {d.ownerUser ? t('decisions.ownerPerson', { agency: d.ownerAgency.name, person: d.ownerUser.name }) : t('decisions.owner', { agency: d.ownerAgency.name })}
                {' · '}
                {t('decisions.due', { dueOn: d.dueOn })}
              </Text>
              {d.planId && (
                <Anchor component={Link} to={`/cases/${d.caseId}/plan`} size="sm">{t('decisions.inPlan')}</Anchor>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {decidable.length > 0 && (
        <Paper withBorder p="md" maw={760}>
          <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="decision-form-title">
            <Stack>
              <Title order={3} size="h4" id="decision-form-title">{t('decisions.record')}</Title>
              {error !== null && <ProblemAlert error={error} placedFields={['text', 'ownerAgencyId', 'dueOn']} />}
              {decidable.length > 1 && (
                <Select
                  label={t('decisions.item')}
                  data={decidable.map((i) => ({ value: i.agendaItemId, label: itemName(t, i) }))}
                  value={item?.agendaItemId ?? null}
                  onChange={setItemId}
                  allowDeselect={false}
                />
              )}
              <TextInput label={t('decisions.text')} description={t('decisions.textHint')} required value={text} onChange={(e) => setText(e.currentTarget.value)} error={fields.text} />
              <Group grow align="flex-start">
                <Select
                  label={t('decisions.ownerAgency')}
                  required
                  data={(item?.agencies ?? []).map((a) => ({ value: a.id, label: a.lead ? t('decisions.leadAgency', { name: a.name }) : a.name }))}
                  value={owner}
                  onChange={setOwner}
                  error={fields.ownerAgencyId}
                />
                <TextInput type="date" label={t('decisions.dueOn')} required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={fields.dueOn} />
              </Group>
              <Text size="sm" c="gray.7">{t('decisions.becomesAction')}</Text>
              <Group justify="flex-end">
                <Button type="submit" loading={pending}>{t('decisions.submit')}</Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </section>
  );
}

function Minutes({ conference }: { conference: ConferenceView }) {
  const { t } = useTranslation('conferences');
  const format = useFormat();
  const refresh = useRefresh(conference.id);
  const [text, setText] = useState(conference.minutes?.text ?? '');
  const [base, setBase] = useState(conference.minutes?.version ?? 0);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const server = conference.minutes;
  async function save() {
    setPending(true);
    setError(null);
    setSaved(false);
    try {
      const view = await saveMinutes(conference.id, { text, version: base });
      setBase(view.minutes?.version ?? base);
      setSaved(true);
      await refresh(view);
    } catch (e) {
      setError(e);
      if (isApiError(e, 'version_conflict')) {
        const current = e.problem.currentVersion;
        if (typeof current === 'number') setBase(current);
        await refresh();
      }
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="conference-minutes">
      <Title order={2} size="h3" id="conference-minutes" mb="sm">{t('minutes.heading')}</Title>
      <Stack maw={760}>
        {error !== null && isApiError(error, 'version_conflict') && (
          <Alert color="orange" variant="light" role="alert" title={t('minutes.conflictTitle')}>
            {t('minutes.conflictBody', { name: server?.updatedBy ?? '' })}
            {server && <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>{server.text}</Text>}
          </Alert>
        )}
        {error !== null && !isApiError(error, 'version_conflict') && <ProblemAlert error={error} />}
        {saved && <Alert color="green" variant="light" role="status">{t('minutes.saved')}</Alert>}
        <Textarea label={t('minutes.label')} description={t('minutes.hint')} autosize minRows={5} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {server && <Text size="sm" c="gray.7">{t('minutes.lastSaved', { name: server.updatedBy, at: format.dateTime(server.updatedAt) })}</Text>}
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={pending}>{t('minutes.save')}</Button>
        </Group>
      </Stack>
    </section>
  );
}
