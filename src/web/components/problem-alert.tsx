/**
 * Shows a failed call to the user: the server's translated title and detail, plus any
 * field messages that could not be placed next to a form field.
 */
import { Alert, List, type AlertProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import type { ProblemField } from '../api/problem';

interface Props extends Omit<AlertProps, 'title' | 'children'> {
  error: unknown;
  /** Field errors already shown on the form, so they are not repeated here. */
  placedFields?: readonly string[];
}

export function useProblemText() {
  const { t } = useTranslation();
  return (error: unknown): { title: string; detail?: string; fields: ProblemField[] } => {
    if (!isApiError(error)) return { title: t('errors.unexpected'), fields: [] };
    const { problem } = error;
    const fallback = problem.code === 'network_error' ? t('errors.network') : t('errors.unexpected');
    const title = problem.title || t(`errors:title.${problem.code}`, { defaultValue: fallback });
    // Edit forms reload the record on a conflict, so say that rather than "reload".
    const detail = problem.code === 'version_conflict' ? t('errors.conflictReloaded') : problem.detail;
    return { title, detail, fields: problem.fields ?? [] };
  };
}

export function ProblemAlert({ error, placedFields = [], ...props }: Props) {
  const describe = useProblemText();
  const { title, detail, fields } = describe(error);
  const unplaced = fields.filter((f) => !placedFields.includes(f.field.split('.')[0] ?? f.field));
  return (
    <Alert color="red" variant="light" role="alert" title={title} {...props}>
      {detail}
      {unplaced.length > 0 && (
        <List size="sm" mt={detail ? 'xs' : 0}>
          {unplaced.map((f) => (
            <List.Item key={`${f.field}:${f.code}`}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
