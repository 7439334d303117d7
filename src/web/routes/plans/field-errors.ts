/**
 * The server's field errors placed on the draft. Rules of the plan name the field inside
 * the document (`actions.0.dueOn`), the request schema names it inside the body
 * (`content.actions.0.owner`): both become `actions.<key>.dueOn`, so an error stays on
 * its action even after rows are added or removed, until that action is changed.
 */
import type { ProblemField } from '../../api/problem';
import type { DraftValues } from './draft';

export type FieldErrors = Record<string, string>;

export function placeErrors(fields: readonly ProblemField[], sent: DraftValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const f of fields) {
    let path = f.field.replace(/^content\./, '');
    const item = /^(actions|obligations)\.(\d+)(\..*)?$/.exec(path);
    if (item) {
      const [, list, index, rest = ''] = item;
      const key = sent[list as 'actions' | 'obligations'][Number(index)]?.key;
      if (key) path = `${list}.${key}${rest}`;
    }
    errors[path] ??= f.message;
  }
  return errors;
}

/** The message for a field or anything inside it (`owner` also shows `owner.agencyId`). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const inside = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return inside ? errors[inside] : undefined;
}

/** Errors of one item (`actions.<key>`), by the field inside it. */
export function errorsOf(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(`${prefix}.`))
      .map(([k, v]) => [k.slice(prefix.length + 1), v]),
  );
}

/** Without the errors of a field (and of anything inside it), once the person changes it. */
export function clearErrors(errors: FieldErrors, path: string): FieldErrors {
  const kept = Object.entries(errors).filter(([k]) => k !== path && !k.startsWith(`${path}.`));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}
