/**
 * The text of a notification in the reader's language: notifications:kind.<kind> with its
 * details as values (days such as 2026-12-03 written as the reader's language writes them);
 * a kind this version of the app does not know gets a generic sentence instead of its code.
 */
import { useTranslation } from 'react-i18next';
import { useAssessmentFormats } from '../assessment/formats';
import type { NotificationView } from './api';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function useNotificationText() {
  const { t, i18n } = useTranslation('notifications');
  const { day } = useAssessmentFormats();
  return (n: Pick<NotificationView, 'kind' | 'details'>): string => {
    const key = `notifications:kind.${n.kind}`;
    if (!i18n.exists(key)) return i18n.exists('notifications:kind.generic') ? t('kind.generic') : t('web.unknownKind');
    const values = Object.fromEntries(Object.entries(n.details).map(([k, v]) => [k, typeof v === 'string' && DAY.test(v) ? day(v) : v]));
    return t(key, values);
  };
}
