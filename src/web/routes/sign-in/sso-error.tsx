/** A failed single sign-on comes back to /sign-in?error=<code>; say what happened. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SsoError({ code }: { code: string | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  const title = t(`errors:title.${code}`, { defaultValue: t('errors:title.sso_failed') });
  return <Alert color="red" variant="light" role="alert" title={title} mb="md" />;
}
