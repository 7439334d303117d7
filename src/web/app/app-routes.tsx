/** The route table. Pages that need a permission are wrapped in <RequirePermission>. */
import { Route, Routes } from 'react-router';
import { AppLayout } from './app-layout';
import { RequirePermission } from './require-permission';
import { RequireSession } from './session';
import { SignInPage } from '../routes/sign-in/sign-in-page';
import { HomePage } from '../routes/home/home-page';
import { SecurityPage } from '../routes/account/security-page';
import { AgenciesPage } from '../routes/admin/agencies/agencies-page';
import { OfficesPage } from '../routes/admin/offices/offices-page';
import { UsersPage } from '../routes/admin/users/users-page';
import { AuditPage } from '../routes/audit/audit-page';
import { NotFoundPage } from '../routes/not-found-page';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      <Route element={<RequireSession />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomePage />} />
          <Route path="account/security" element={<SecurityPage />} />
          <Route element={<RequirePermission permission="organisation.manage" />}>
            <Route path="admin/agencies" element={<AgenciesPage />} />
            <Route path="admin/offices" element={<OfficesPage />} />
          </Route>
          <Route element={<RequirePermission permission="users.manage" />}>
            <Route path="admin/users" element={<UsersPage />} />
          </Route>
          <Route element={<RequirePermission permission="audit.read" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
