/**
 * One plan on screen: where it stands (status, signature, review), the assessment and its
 * barriers, the goals and the minimum offer, the actions and the obligations of both
 * sides, suggested services while it is a draft, progress on the version in force, and
 * the history of versions with what changed. A draft the person may change is edited in
 * place and saved whole; a signed version is read, and changed only through a review.
 */
import { useState } from 'react';
import { Anchor, SimpleGrid, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../api/cases';
import { isApiError } from '../../api/problem';
import { PageHeader } from '../../components/page-header';
import { fullName } from '../cases/person-name';
import { useLanguage, type PlanView } from './api';
import { ActionsPanel } from './actions-panel';
import { AssessmentPanel } from './assessment-panel';
import { DraftProblems } from './draft-problems';
import { placeErrors } from './field-errors';
import { GoalsPanel } from './goals-panel';
import { HistoryPanel } from './history-panel';
import { InForceProgress } from './in-force-progress';
import { MeanwhileNotice } from './meanwhile-notice';
import { usePlanNames } from './names';
import { ObligationsPanel } from './obligations-panel';
import { PlanStatus } from './plan-status';
import { ReviewModal } from './review-modal';
import { useMayEdit } from './rights';
import { SaveBar } from './save-bar';
import { SignModal } from './sign-modal';
import { SuggestionsPanel } from './suggestions-panel';
import { usePlanCache } from './use-plan-cache';
import { usePlanDraft } from './use-plan-draft';
import { useNotify } from './use-notify';

export function PlanWorkspace({ plan, caseView }: { plan: PlanView; caseView: CaseView }) {
  const { t } = useTranslation('planweb');
  const language = useLanguage();
  const notify = useNotify();
  const cache = usePlanCache(caseView.id);
  const draft = usePlanDraft({ plan, language, onSaved: cache.saved, reload: cache.reload });
  const names = usePlanNames(plan, caseView);
  const mayEdit = useMayEdit(caseView);
  const editable = plan.current.editable && mayEdit;
  const [dialog, setDialog] = useState<'sign' | 'review' | null>(null);
  const name = fullName(caseView.person.name) ?? caseView.person.onedoorId;

  /** Signing takes what is saved: unsaved edits are saved first, and only a clean save opens the dialog. */
  async function openSign() {
    if (draft.dirty && !(await draft.save())) return;
    setDialog('sign');
  }

  function signed(view: PlanView) {
    draft.adopt(view);
    setDialog(null);
    notify(t('sign.done', { number: view.current.number }));
  }

  /** Signing refused for what the draft lacks: shown on the draft like a save's errors. */
  function signRefused(error: unknown) {
    if (!isApiError(error, 'validation_failed')) return false;
    const fields = (error.problem.fields ?? []).filter((f) => f.field !== 'signedName' && f.field !== 'method');
    if (fields.length === 0) return false;
    draft.setError(error);
    draft.showErrors(placeErrors(fields, draft.values));
    setDialog(null);
    return true;
  }

  return (
    <>
      <PageHeader
        title={t('page.title', { name })}
        description={t('page.subtitle', { onedoorId: caseView.person.onedoorId })}
        actions={
          <Anchor component={Link} to={`/cases/${caseView.id}`}>
            {t('page.backToCase')}
          </Anchor>
        }
      />
      <Stack gap="lg">
        <PlanStatus plan={plan} mayEdit={mayEdit} editable={editable} signing={draft.saving && dialog === null} onSign={() => void openSign()} onReview={() => setDialog('review')} />
        {draft.meanwhile && <MeanwhileNotice meanwhile={draft.meanwhile} onDismiss={draft.dismissMeanwhile} />}
        {draft.error !== null && <DraftProblems draft={draft} />}
        {editable && <SaveBar draft={draft} />}
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <AssessmentPanel plan={plan} draft={draft} editable={editable} />
          <GoalsPanel draft={draft} names={names} editable={editable} />
        </SimpleGrid>
        <ActionsPanel plan={plan} caseView={caseView} draft={draft} names={names} mode={editable ? 'edit' : plan.current.status === 'signed' ? 'progress' : 'read'} />
        {editable && <SuggestionsPanel plan={plan} draft={draft} onChanged={() => void cache.suggestionsChanged(plan.id)} />}
        <ObligationsPanel draft={draft} names={names} editable={editable} />
        {plan.current.status === 'draft' && plan.inForce !== null && <InForceProgress plan={plan} caseView={caseView} />}
        <HistoryPanel plan={plan} />
      </Stack>
      {dialog === 'sign' && (
        <SignModal plan={plan} version={draft.version} onSigned={signed} onRefused={signRefused} onReload={cache.reload} onClose={() => setDialog(null)} />
      )}
      {dialog === 'review' && (
        <ReviewModal
          plan={plan}
          onStarted={(view) => {
            cache.saved(view);
            notify(t('review.done', { number: view.current.number }));
          }}
          onReload={cache.reload}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
