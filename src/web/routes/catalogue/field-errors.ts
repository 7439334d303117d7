/**
 * Puts the server's field messages on the catalogue forms at their full path (`name.en`,
 * `schedule.0.closesAt`), falling back to the nearest field shown (`languages.2` →
 * `languages`; `name` → `name.en`). Returns the top-level names placed, for ProblemAlert.
 */
import type { UseFormReturnType } from '@mantine/form';
import { isApiError } from '../../api/problem';

export function placeFieldErrors<T extends object>(form: UseFormReturnType<T>, error: unknown, shown: (path: string) => boolean): string[] {
  if (!isApiError(error) || !error.problem.fields) return [];
  const errors: Record<string, string> = {};
  const placed = new Set<string>();
  for (const { field, message } of error.problem.fields) {
    const parts = field.split('.');
    let target: string | undefined;
    for (let n = parts.length; n > 0 && !target; n -= 1) {
      const path = parts.slice(0, n).join('.');
      if (shown(path)) target = path;
      else if (shown(`${path}.en`)) target = `${path}.en`;
    }
    if (target && !errors[target]) {
      errors[target] = message;
      placed.add(parts[0] ?? field);
    }
  }
  form.setErrors(errors);
  return [...placed];
}
