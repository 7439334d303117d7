/**
 * The text of a notification in the reader's language: notifications:kind.<kind> with its
 * details as values; a kind this version of the app does not know gets a generic sentence
 * instead of its code.
 */
import { useTranslation } from 'react-i18next';
import type { NotificationView } from './api';

export function useNotificationText() {
  const { t, i18n } = useTranslation('notifications');
  return (n: Pick<NotificationView, 'kind' | 'details'>): string => {
    const key = `notifications:kind.${n.kind}`;
    if (!i18n.exists(key)) return i18n.exists('notifications:kind.generic') ? t('kind.generic') : t('web.unknownKind');
    return t(key, { ...n.details });
  };
}
