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
import { FindPersonPage } from '../routes/people/find/find-person-page';
import { RegisterPersonPage } from '../routes/people/register/register-person-page';
import { PersonPage } from '../routes/people/record/person-page';
import { AccessLogPage } from '../routes/people/access-log/access-log-page';
import { caseworkRoutes } from '../routes/casework-routes';
import { assessmentRoutes } from '../routes/assessment-routes';
import { planRoutes } from '../routes/plan-routes';
import { catalogueRoutes } from '../routes/catalogue-routes';
import { analyticsRoutes } from '../routes/analytics-routes';
import { notificationRoutes } from '../routes/notification-routes';
import { dutyRoutes } from '../routes/duties-routes';
import { referralRoutes } from '../routes/referral-routes';
import { conferenceRoutes } from '../routes/conference-routes';
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
          <Route element={<RequirePermission permission="person.register" />}>
            <Route path="people" element={<FindPersonPage />} />
            <Route path="people/new" element={<RegisterPersonPage />} />
          </Route>
          <Route element={<RequirePermission permission="person.read" />}>
            <Route path="people/:id" element={<PersonPage />} />
            <Route path="people/:id/access-log" element={<AccessLogPage />} />
          </Route>
          {caseworkRoutes}
          {assessmentRoutes}
          {planRoutes}
          {analyticsRoutes}
          {catalogueRoutes}
          {notificationRoutes}
          {dutyRoutes}
          {referralRoutes}
          {conferenceRoutes}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
