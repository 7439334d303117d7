/**
 * Routes of the service catalogue screens, kept here so the shared route table only mounts
 * them: `{catalogueRoutes}`. Every signed-in staff member may search; changes need
 * catalogue.manage, which the page checks for its buttons and the server enforces.
 */
import { Route } from 'react-router';
import { CataloguePage } from './catalogue/catalogue-page';

export const catalogueRoutes = <Route path="catalogue" element={<CataloguePage />} />;
