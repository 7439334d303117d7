/** The password rule the server enforces, checked early so people learn it before sending. */
import { useTranslation } from 'react-i18next';

export const minPasswordLength = 12;

export function usePasswordRule() {
  const { t } = useTranslation();
  return (value: string) =>
    value.length >= minPasswordLength ? null : t('errors:field.too_small_string', { minimum: minPasswordLength });
}
