/**
 * The draft on screen and saving it whole (PUT with the plan version). What the person
 * entered stays on screen whatever the server answers:
 * - rules broken (400): each message is put on its field (and listed in a summary);
 * - a stale version (409): the plan is reloaded, the person's edits are merged on top of
 *   the server's draft and the page says who saved meanwhile and where both changed the
 *   same thing; the next save sends the new version.
 * Any newer plan that reaches the page (an accepted suggestion, a colleague's save) is
 * merged the same way, so unsaved edits are never thrown away.
 */
import { useState } from 'react';
import { isApiError } from '../../api/problem';
import { saveDraft, type PlanView } from './api';
import { fromVersion, sameDraft, toInput, type DraftValues } from './draft';
import { clearErrors, placeErrors, type FieldErrors } from './field-errors';
import { adoptIds, mergeDraft, type Conflict } from './merge';

export interface ChangedMeanwhile {
  by: string;
  at: string;
  /** The person's save was refused (409), not merely overtaken. */
  refused: boolean;
  conflicts: Conflict[];
}

interface State {
  base: DraftValues;
  values: DraftValues;
  version: number;
  /** The plan view (version and language) the draft was last set from. */
  seen: string;
}

interface Options {
  plan: PlanView;
  language: string;
  /** Puts a plan the server returned in the cache. */
  onSaved: (view: PlanView) => void;
  /** Fetches the plan as the server has it now (into the cache). */
  reload: () => Promise<unknown>;
}

const seenKey = (plan: PlanView, language: string) => `${plan.version}|${language}`;

export function usePlanDraft({ plan, language, onSaved, reload }: Options) {
  const [state, setState] = useState<State>(() => {
    const base = fromVersion(plan.current);
    return { base, values: base, version: plan.version, seen: seenKey(plan, language) };
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [refused, setRefused] = useState(false);
  const [meanwhile, setMeanwhile] = useState<ChangedMeanwhile | null>(null);

  // A newer plan than the one the draft was set from (a colleague's save, the reload after a 409, a language switch).
  const key = seenKey(plan, language);
  if (key !== state.seen) {
    const theirs = fromVersion(plan.current);
    const edited = !sameDraft(state.base, state.values);
    const merged = mergeDraft(state.base, state.values, theirs);
    setState({ base: theirs, values: merged.values, version: plan.version, seen: key });
    if (plan.version !== state.version && (edited || refused)) {
      setMeanwhile({ by: plan.current.updatedBy.displayName, at: plan.current.updatedAt, refused, conflicts: merged.conflicts });
    }
    setRefused(false);
  }

  /** A plan our own change returned: new items take their ids, edits made meanwhile stay on top. */
  function adopt(view: PlanView, sent?: DraftValues) {
    const theirs = fromVersion(view.current);
    setState((s) => {
      const base = sent ? adoptIds(sent, sent, theirs) : s.base;
      const mine = sent ? adoptIds(s.values, sent, theirs) : s.values;
      return { base: theirs, values: mergeDraft(base, mine, theirs).values, version: view.version, seen: seenKey(view, language) };
    });
    onSaved(view);
  }

  async function save(): Promise<PlanView | null> {
    const sent = state.values;
    setSaving(true);
    setError(null);
    try {
      const view = await saveDraft(plan.id, { content: toInput(sent), version: state.version });
      adopt(view, sent);
      setErrors({});
      setMeanwhile(null);
      return view;
    } catch (e) {
      setError(e);
      if (isApiError(e, 'validation_failed')) setErrors(placeErrors(e.problem.fields ?? [], sent));
      if (isApiError(e, 'version_conflict')) {
        setRefused(true);
        await reload().catch(setError);
      }
      return null;
    } finally {
      setSaving(false);
    }
  }

  /** Changes the draft; the errors of what changed go (the person is correcting them). */
  function change(update: (values: DraftValues) => DraftValues, path?: string) {
    setState((s) => ({ ...s, values: update(s.values) }));
    if (path) setErrors((e) => clearErrors(e, path));
  }

  return {
    values: state.values,
    version: state.version,
    dirty: !sameDraft(state.base, state.values),
    change,
    save,
    saving,
    adopt,
    errors,
    /** Errors from signing, shown like a save's. */
    showErrors: (fields: FieldErrors) => setErrors(fields),
    error,
    setError,
    meanwhile,
    dismissMeanwhile: () => setMeanwhile(null),
  };
}

export type PlanDraft = ReturnType<typeof usePlanDraft>;
