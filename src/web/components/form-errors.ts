/**
 * Puts the server's per-field messages onto a Mantine form. Paths such as `roles.0`
 * are shown on the field that owns them (`roles`).
 */
import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from '../api/problem';

export function applyFieldErrors<T extends object>(form: UseFormReturnType<T>, error: unknown): string[] {
  if (!isApiError(error) || !error.problem.fields) return [];
  const values = form.getValues();
  const errors: Record<string, string> = {};
  for (const { field, message } of error.problem.fields) {
    const owner = field.split('.')[0] ?? field;
    if (owner in values && !errors[owner]) errors[owner] = message;
  }
  form.setErrors(errors);
  return Object.keys(errors);
}
