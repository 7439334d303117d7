/**
 * Routes of the case conference screens, kept here so the shared route table only mounts
 * them: `{conferenceRoutes}`. Everything needs conference.manage; the server decides what
 * of each agenda case the reader sees.
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { CommitteePage } from './conferences/committee-page';
import { ConferencePage } from './conferences/conference-page';
import { ConferencesPage } from './conferences/conferences-page';
import { SchedulePage } from './conferences/schedule-page';

export const conferenceRoutes = (
  <Route element={<RequirePermission permission="conference.manage" />}>
    <Route path="conferences" element={<ConferencesPage />} />
    <Route path="conferences/new" element={<SchedulePage />} />
    <Route path="conferences/committees/new" element={<CommitteePage />} />
    <Route path="conferences/:id" element={<ConferencePage />} />
  </Route>
);
