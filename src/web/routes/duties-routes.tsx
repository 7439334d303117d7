/**
 * Routes of the notification duty screens, kept here so the shared route table only mounts
 * them: `{dutyRoutes}`. Case workers send and acknowledge (duty.record), supervisors and
 * coordinators watch the dashboard (duty.oversee), administrators keep the rules.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { DutiesPage } from './duties/duties-page';
import { DutyDashboardPage } from './duties/dashboard-page';
import { DutyPage } from './duties/duty-page';
import { DutyRulesPage } from './duties/rules-page';

export const dutyRoutes = (
  <>
    <Route element={<RequirePermission permission="duty.oversee" />}>
      <Route path="duty-overview" element={<DutyDashboardPage />} />
    </Route>
    <Route element={<RequirePermission permission="duty.record" />}>
      <Route path="duties" element={<DutiesPage />} />
      <Route path="duties/:id" element={<DutyPage />} />
    </Route>
    <Route element={<RequirePermission permission="organisation.manage" />}>
      <Route path="admin/duty-rules" element={<DutyRulesPage />} />
    </Route>
  </>
);
