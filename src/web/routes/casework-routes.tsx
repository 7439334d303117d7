/**
 * Routes of the casework screens (cases, consent, break-glass review), kept here so the
 * shared route table only mounts them: `{caseworkRoutes}` inside the app layout.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { CasePage } from './cases/case-page';
import { MyCasesPage } from './cases/my-cases-page';
import { OpenCasePage } from './cases/open-case-page';
import { ConsentPage } from './consent/consent-page';
import { BreakGlassPage } from './oversight/break-glass-page';
import { UnusualAccessPage } from './oversight/unusual-access-page';

export const caseworkRoutes = (
  <>
    <Route element={<RequirePermission permission="case.open" />}>
      <Route path="cases" element={<MyCasesPage />} />
      <Route path="people/:personId/cases/new" element={<OpenCasePage />} />
    </Route>
    <Route element={<RequirePermission permission="person.read" />}>
      <Route path="cases/:id" element={<CasePage />} />
      <Route path="people/:personId/consent" element={<ConsentPage />} />
    </Route>
    <Route element={<RequirePermission permission="break_glass.review" />}>
      <Route path="oversight/break-glass" element={<BreakGlassPage />} />
    </Route>
    <Route element={<RequirePermission permission="access_report.read" />}>
      <Route path="oversight/unusual-access" element={<UnusualAccessPage />} />
    </Route>
  </>
);
