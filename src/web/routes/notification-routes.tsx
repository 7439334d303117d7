/**
 * Routes of the notifications screen, kept here so the shared route table only mounts
 * them: `{notificationRoutes}`. Every signed-in staff member reads their own.
 */
import { Route } from 'react-router';
import { NotificationsPage } from './notifications/notifications-page';

export const notificationRoutes = <Route path="notifications" element={<NotificationsPage />} />;
