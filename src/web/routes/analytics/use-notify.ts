/**
 * A success message in the corner. Mantine's notification close button has no name of its
 * own (axe: button-name), so it gets the translated "Close".
 */
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

export function useNotify() {
  const { t } = useTranslation();
  return (message: string) => notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': t('common.close') } });
}
