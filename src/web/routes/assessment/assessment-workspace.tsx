/**
 * Conducting an assessment: the interview, the client's self-assessment (entered with
 * staff assistance) and, for specialists, the specialist section, each saved as the
 * person goes; the comparison of the client's view with the interview; finalising, whose
 * missing answers are shown on their questions; then the profiling with its reasons.
 */
import { useState } from 'react';
import { Anchor, Box, Button, Group, Paper, Progress, Stack, Tabs, Text, useMatches } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { useFormat } from '../../i18n/format';
import { fullName } from '../cases/person-name';
import { finaliseAssessment, type AssessmentView, type InstrumentVersion, type Part } from './api';
import { AnswerList } from './answer-list';
import { isAnswered, useLocalText } from './answers';
import { AssessmentFacts } from './assessment-facts';
import { ComparisonPanel } from './comparison-panel';
import { FinaliseConfirm } from './finalise-confirm';
import { FinaliseErrors } from './finalise-errors';
import { partSections, progressOf } from './part-sections';
import { PartForm } from './part-form';
import { ProfilingPanel } from './profiling-panel';
import { fieldId } from './question-field';
import { SaveStatus } from './save-status';
import { useAssessmentCache } from './use-assessment-cache';
import { useAutosave } from './use-autosave';

interface Props {
  view: AssessmentView;
  instrument: InstrumentVersion;
  caseView: CaseView | null;
}

type Tab = Part | 'comparison';

export function AssessmentWorkspace({ view, instrument, caseView }: Props) {
  const { t } = useTranslation('assessment');
  const local = useLocalText();
  const cache = useAssessmentCache(view.id, view.caseId);
  const def = instrument.definition.sections;
  const sections = { interview: partSections(def, view.sections, 'interview'), self: partSections(def, view.sections, 'self'), specialist: partSections(def, view.sections, 'specialist') };
  const options = { assessmentId: view.id, onSaved: cache.saved, reload: cache.reload };
  const autosave = {
    interview: useAutosave({ ...options, part: 'interview', initial: view.parts.interview }),
    self: useAutosave({ ...options, part: 'self', initial: view.parts.self }),
    specialist: useAutosave({ ...options, part: 'specialist', initial: view.parts.specialist }),
  };
  const [tab, setTab] = useState<Tab>('interview');
  const [confirming, setConfirming] = useState(false);
  const [finalising, setFinalising] = useState(false);
  const [finaliseError, setFinaliseError] = useState<unknown>(null);

  const finalised = view.status === 'finalised';
  // Progress and saving stay in sight while scrolling, except on phones, where they would take a fifth of the screen.
  const sticky = useMatches({ base: false, sm: true });
  const interviewEditable = view.parts.interview.editable;
  const progress = interviewEditable ? progressOf(sections.interview, (id) => isAnswered(autosave.interview.values[id])) : view.progress;
  const complete = progress.answered >= progress.required;
  const name = caseView ? (fullName(caseView.person.name) ?? caseView.person.onedoorId) : null;

  /** Shows the interview and focuses a question once its tab is on screen (again after a dialog hands focus back). */
  function jumpTo(questionId: string) {
    setTab('interview');
    const focus = () => {
      const field = document.getElementById(fieldId('interview', questionId));
      // Centred, so the sticky progress bar does not cover it.
      field?.focus({ preventScroll: true });
      field?.scrollIntoView({ block: 'center' });
    };
    requestAnimationFrame(focus);
    setTimeout(() => {
      if (document.activeElement?.id !== fieldId('interview', questionId)) focus();
    }, 350);
  }

  async function finalise() {
    setFinalising(true);
    setFinaliseError(null);
    try {
      const saved = await Promise.all([autosave.interview.flush(), autosave.self.flush(), autosave.specialist.flush()]);
      if (!saved.every(Boolean)) {
        setFinaliseError('unsaved');
        setConfirming(false);
        return;
      }
      const done = await finaliseAssessment(view.id, (cache.current() ?? view).version);
      cache.saved(done);
      setConfirming(false);
      notifications.show({ color: 'teal', closeButtonProps: { 'aria-label': t('web:common.close') }, message: t('finalise.done') });
    } catch (error) {
      setConfirming(false);
      setFinaliseError(error);
      const fields = isApiError(error, 'validation_failed') ? (error.problem.fields ?? []) : [];
      const missing = fields.filter((f) => f.field.startsWith('answers.')).map((f) => [f.field.slice('answers.'.length), f.message] as const);
      if (missing.length > 0) {
        autosave.interview.showErrors(Object.fromEntries(missing));
        jumpTo(missing[0]![0]);
      }
      if (isApiError(error, 'version_conflict')) await cache.reload().catch(() => undefined);
    } finally {
      setFinalising(false);
    }
  }

  const active = tab === 'comparison' ? null : autosave[tab];
  const editable = (part: Part) => view.parts[part]?.editable ?? false;
  return (
    <>
      <PageHeader
        title={name ? t('page.title', { name }) : t('page.titleNoName')}
        description={t('page.subtitle', { title: local(instrument.definition.title), number: view.instrument.number })}
        actions={
          <Anchor component={Link} to={`/cases/${view.caseId}`}>
            {t('page.backToCase')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <AssessmentFacts view={view} />
        {finaliseError !== null && <FinaliseErrors error={finaliseError} onJump={jumpTo} />}
        {finalised && <ProfilingPanel view={view} instrument={instrument} caseView={caseView} />}
        {!finalised && (
          <Paper withBorder p="sm" style={{ position: sticky ? 'sticky' : 'static', top: 60, zIndex: 5 }} aria-label={t('progress.label')} component="section">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Box miw={220} style={{ flex: 1 }}>
                <Text size="sm" fw={500} id="progress-text">
                  {t('progress.text', { answered: progress.answered, required: progress.required })}
                </Text>
                <Progress.Root mt={4}>
                  <Progress.Section value={progress.required ? (100 * progress.answered) / progress.required : 100} aria-labelledby="progress-text" />
                </Progress.Root>
              </Box>
              <Group gap="md" wrap="wrap">
                {active && editable(tab as Part) && <SaveStatus autosave={active} />}
                {interviewEditable && (
                  <Button onClick={() => (complete ? setConfirming(true) : void finalise())} loading={finalising && !confirming}>
                    {t('finalise.action')}
                  </Button>
                )}
              </Group>
            </Group>
          </Paper>
        )}
        <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'interview')} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="interview">{t('tabs.interview')}</Tabs.Tab>
            <Tabs.Tab value="self">{t('tabs.self')}</Tabs.Tab>
            {view.parts.specialist && <Tabs.Tab value="specialist">{t('tabs.specialist')}</Tabs.Tab>}
            <Tabs.Tab value="comparison">{t('tabs.comparison')}</Tabs.Tab>
          </Tabs.List>
          {(['interview', 'self', 'specialist'] as const).map((part) => {
            const set = view.parts[part];
            if (!set) return null;
            return (
              <Tabs.Panel key={part} value={part}>
                <PartIntro part={part} view={view} />
                {editable(part) ? (
                  <PartForm part={part} sections={sections[part]} autosave={autosave[part]} />
                ) : (
                  <AnswerList part={part} sections={sections[part]} answers={set.answers} />
                )}
              </Tabs.Panel>
            );
          })}
          <Tabs.Panel value="comparison">
            <ComparisonPanel assessmentId={view.id} instrument={instrument} active={tab === 'comparison'} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
      {confirming && <FinaliseConfirm pending={finalising} onConfirm={() => void finalise()} onClose={() => setConfirming(false)} />}
    </>
  );
}

/** What each part is and who last saved it. */
function PartIntro({ part, view }: { part: Part; view: AssessmentView }) {
  const { t } = useTranslation('assessment');
  const format = useFormat();
  const set = view.parts[part];
  if (!set) return null;
  return (
    <Stack gap={2} mb="md">
      <Text size="sm">{t(`partIntro.${part}`)}</Text>
      {part === 'self' && <Text size="sm" c="gray.7">{t(`channel.${set.channel}`)}</Text>}
      {set.updatedBy && (
        <Text size="sm" c="gray.7">
          {t('partIntro.lastSaved', { name: set.updatedBy.displayName, at: format.dateTime(set.updatedAt) })}
        </Text>
      )}
    </Stack>
  );
}
