/**
 * Routes of the profiling model, fairness and assessment-instrument administration
 * screens, kept here so the shared route table only mounts them: `{analyticsRoutes}`.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { InstrumentsPage } from './analytics/instruments-page';
import { ProfilingPage } from './analytics/profiling-page';

export const analyticsRoutes = (
  <>
    <Route element={<RequirePermission permission="profiling.report" />}>
      <Route path="profiling" element={<ProfilingPage />} />
    </Route>
    <Route element={<RequirePermission permission="assessment.configure" />}>
      <Route path="admin/instruments" element={<InstrumentsPage />} />
    </Route>
  </>
);
