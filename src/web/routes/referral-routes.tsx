/**
 * Routes of the referral screens, kept here so the shared route table only mounts them:
 * `{referralRoutes}`. The inbox needs referral.receive; a referral is read by whoever may
 * see its case or works at the receiving agency (the server decides, 404 otherwise).
 */
import { Route } from 'react-router';
import { RequirePermission } from '../app/require-permission';
import { InboxPage } from './referrals/inbox-page';
import { ReferralPage } from './referrals/referral-page';

export const referralRoutes = (
  <>
    <Route element={<RequirePermission permission="referral.receive" />}>
      <Route path="referrals/inbox" element={<InboxPage />} />
    </Route>
    <Route path="referrals/:id" element={<ReferralPage />} />
  </>
);
