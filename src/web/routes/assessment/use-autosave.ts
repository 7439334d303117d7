/**
 * Autosave of one part of an assessment. Changed answers are sent a moment after the last
 * change (PUT with the part's version), one save at a time. What the person typed stays on
 * screen whatever the server answers:
 * - a stale version (409): the part is reloaded, their unsaved answers are put back on top
 *   and saved again; where a colleague changed the same question meanwhile, their answer
 *   waits until the person chooses theirs or the colleague's;
 * - an answer that does not fit its question (400 at answers.<id>): the message is shown on
 *   the question and that answer waits for a correction; the others are saved.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/problem';
import { saveAnswers, type Answers, type AssessmentView, type Part, type PartView } from './api';
import { sameAnswer, type Draft } from './answers';

const DELAY_MS = 700;

/** waiting: a change is about to be sent; attention: answers wait for a correction or a choice. */
export type SaveState = 'idle' | 'waiting' | 'saving' | 'saved' | 'attention' | 'failed';

export interface Conflict {
  theirs: Draft;
  by: string | null;
}

interface Options {
  assessmentId: string;
  part: Part;
  initial: PartView | null;
  /** Puts a fresh view in the cache (progress, other parts). */
  onSaved: (view: AssessmentView) => void;
  /** The assessment as the server has it now, after a conflict. */
  reload: () => Promise<AssessmentView>;
}

const answerField = (field: string) => (field.startsWith('answers.') ? field.slice('answers.'.length) : null);

export function useAutosave({ assessmentId, part, initial, onSaved, reload }: Options) {
  const server = useRef({ answers: initial?.answers ?? {}, version: initial?.version ?? 1 });
  const [serverAnswers, setServerAnswers] = useState<Answers>(initial?.answers ?? {});
  /** What the person entered in this visit: shown on top of the server's answers. */
  const [local, setLocal] = useState<Record<string, Draft>>({});
  /** Entered but not yet accepted by the server. */
  const dirty = useRef<Record<string, Draft>>({});
  const [unsaved, setUnsaved] = useState(0);
  /** Answers waiting for a correction or a choice. */
  const [attention, setAttention] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const blocked = useRef(new Set<string>());
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const held = useRef(new Set<string>());
  const [state, setState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [error, setError] = useState<unknown>(null);
  /** Set after a conflict: who saved meanwhile, and how many of the person's answers wait for a choice. */
  const [conflictNotice, setConflictNotice] = useState<{ by: string | null; held: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The latest callbacks (they change with the UI language), for saves that outlive a render.
  const callbacks = useRef({ onSaved, reload });
  useEffect(() => {
    callbacks.current = { onSaved, reload };
  });
  const running = useRef<Promise<boolean> | null>(null);

  const refresh = () => setUnsaved(Object.keys(dirty.current).length);
  const sendable = () => Object.fromEntries(Object.entries(dirty.current).filter(([id]) => !held.current.has(id) && !blocked.current.has(id)));

  const setServer = (view: PartView) => {
    server.current = { answers: view.answers, version: view.version };
    setServerAnswers(view.answers);
  };

  /** After a 409: the latest part, the person's answers back on top, and where both changed one question, a choice. */
  const resolveConflict = async () => {
    const fresh = await callbacks.current.reload();
    const set = fresh.parts[part];
    if (!set) return;
    const before = server.current.answers;
    const found: Record<string, Conflict> = {};
    for (const [id, mine] of Object.entries(dirty.current)) {
      const theirs = set.answers[id] ?? null;
      if (sameAnswer(mine, theirs)) delete dirty.current[id];
      else if (!sameAnswer(before[id], theirs)) found[id] = { theirs, by: set.updatedBy?.displayName ?? null };
    }
    for (const id of Object.keys(found)) held.current.add(id);
    setServer(set);
    // Earlier answers of this visit that were saved are now the server's to show (a colleague may have changed them).
    setLocal({ ...dirty.current });
    setConflicts((c) => ({ ...c, ...found }));
    setConflictNotice({ by: set.updatedBy?.displayName ?? null, held: held.current.size });
    refresh();
  };

  /** One save of what is waiting; false when it could not be saved. */
  const saveOnce = async (): Promise<boolean> => {
    const batch = sendable();
    if (Object.keys(batch).length === 0) return true;
    setState('saving');
    try {
      const view = await saveAnswers(assessmentId, part, { answers: batch, version: server.current.version });
      const set = view.parts[part];
      if (set) setServer(set);
      // Only what was sent: an answer changed again while saving stays waiting.
      for (const [id, sent] of Object.entries(batch)) if (dirty.current[id] === sent) delete dirty.current[id];
      refresh();
      setError(null);
      setSavedAt(new Date());
      callbacks.current.onSaved(view);
      return true;
    } catch (e) {
      if (isApiError(e, 'version_conflict')) {
        await resolveConflict();
        return true;
      }
      const fields = isApiError(e, 'validation_failed') ? (e.problem.fields ?? []) : [];
      const placed = fields.filter((f) => (answerField(f.field) ?? '') in batch);
      if (fields.length > 0 && placed.length === fields.length) {
        for (const f of placed) blocked.current.add(answerField(f.field)!);
        setFieldErrors((errors) => ({ ...errors, ...Object.fromEntries(placed.map((f) => [answerField(f.field)!, f.message])) }));
        return true;
      }
      setError(e);
      return false;
    }
  };

  /** Saves everything that can be saved now; resolves false when something failed. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const run = (async () => {
      // A save can reveal more to send (a conflict resolved, answers entered meanwhile): go on until nothing is left.
      for (let round = 0; round < 5 && Object.keys(sendable()).length > 0; round++) {
        if (!(await saveOnce())) return false;
      }
      return true;
    })();
    running.current = run;
    const ok = await run;
    running.current = null;
    const waiting = Object.keys(dirty.current);
    const stuck = waiting.filter((id) => held.current.has(id) || blocked.current.has(id)).length;
    setAttention(stuck);
    // Answers entered while this save ran wait for their own timer.
    setState(!ok ? 'failed' : stuck > 0 ? 'attention' : waiting.length > 0 ? 'waiting' : 'saved');
    return ok && waiting.length === 0;
    // saveOnce reads refs only; it is stable in effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setAnswer = useCallback(
    (id: string, value: Draft) => {
      dirty.current[id] = value;
      blocked.current.delete(id);
      held.current.delete(id);
      setLocal((l) => ({ ...l, [id]: value }));
      setFieldErrors(({ [id]: _gone, ...rest }) => rest);
      setConflicts(({ [id]: _gone, ...rest }) => rest);
      refresh();
      setState('waiting');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    },
    [flush],
  );

  /** After a conflict: keep the person's answer (it is saved now) or take the colleague's. */
  const resolve = useCallback(
    (id: string, keep: 'mine' | 'theirs') => {
      held.current.delete(id);
      setConflicts(({ [id]: _gone, ...rest }) => rest);
      setConflictNotice((notice) => notice && { ...notice, held: held.current.size });
      if (keep === 'theirs') {
        delete dirty.current[id];
        setLocal(({ [id]: _gone, ...rest }) => rest);
        refresh();
      }
      void flush();
    },
    [flush],
  );

  /** Messages from finalising, shown on their questions until answered. */
  const showErrors = useCallback((errors: Record<string, string>) => setFieldErrors((e) => ({ ...e, ...errors })), []);

  // Leaving the page: send what is waiting (unanswered promises are fine), and warn before closing the tab.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(dirty.current).length > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
      // After a save under way (which takes its answers off the list), what is left.
      void (running.current ?? Promise.resolve()).then(() => {
        const batch = sendable();
        if (Object.keys(batch).length === 0) return;
        return saveAnswers(assessmentId, part, { answers: batch, version: server.current.version }).then(callbacks.current.onSaved, () => undefined);
      });
    };
    // Only on leaving: the refs hold the latest state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const values: Record<string, Draft> = { ...serverAnswers, ...local };
  return {
    values,
    setAnswer,
    flush,
    resolve,
    showErrors,
    fieldErrors,
    conflicts,
    conflictNotice,
    dismissConflict: () => setConflictNotice(null),
    state,
    savedAt,
    error,
    unsaved,
    attention,
    version: () => server.current.version,
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
