/** A short confirmation ("Draft saved") whose close button has a name screen readers can say. */
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

export function useNotify() {
  const { t } = useTranslation();
  return (message: string) => notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
}
