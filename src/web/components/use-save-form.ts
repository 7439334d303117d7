/**
 * Submitting an edit form: shows field errors on their fields, keeps the rest for an
 * alert, and on a version conflict loads the current record into the form so the person
 * can redo their change on top of it instead of overwriting someone else's.
 */
import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from '../api/problem';
import { applyFieldErrors } from './form-errors';

interface Options<V extends object, R> {
  form: UseFormReturnType<V>;
  save: (values: V) => Promise<R>;
  onSaved: (result: R) => void;
  /** Fetches the record again after a conflict and puts it into the form. */
  reload?: () => Promise<void>;
}

export function useSaveForm<V extends object, R>({ form, save, onSaved, reload }: Options<V, R>) {
  const [error, setError] = useState<unknown>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [pending, setPending] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setPending(true);
    setError(null);
    try {
      onSaved(await save(values));
    } catch (e) {
      setError(e);
      setPlaced(applyFieldErrors(form, e));
      if (isApiError(e, 'version_conflict') && reload) await reload().catch(setError);
    } finally {
      setPending(false);
    }
  });

  const clear = () => {
    setError(null);
    setPlaced([]);
  };

  return { submit, error, placed, pending, clear };
}
