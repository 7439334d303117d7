/** Shows the page only to people with the permission; others get a clear refusal. */
import { Alert } from '@mantine/core';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../modules/access/roles';
import { PageHeader } from '../components/page-header';
import { useSession } from './session';

export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const me = useSession();
  if (me.permissions.includes(permission)) return <Outlet />;
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Alert color="orange" variant="light">
        {t('forbidden.body')}
      </Alert>
    </>
  );
}
