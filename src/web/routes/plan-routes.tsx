/**
 * Routes of the action-plan screens, kept here so the shared route table only mounts
 * them: `{planRoutes}`. Reading is for whoever may read the person (the server decides
 * what of the plan they see); changes need plan.edit, checked on the page and by the server.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { PlanPage } from './plans/plan-page';

export const planRoutes = (
  <Route element={<RequirePermission permission="person.read" />}>
    <Route path="cases/:caseId/plan" element={<PlanPage />} />
  </Route>
);
