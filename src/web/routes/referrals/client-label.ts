/** Who a referral is for, as far as it shows: the name when identity is shared and visible, else the OneDoor ID. */
import type { ReferralSummary } from './api';

export function clientLabel(c: ReferralSummary['client']): string {
  const name = [c.givenName, c.familyName].filter(Boolean).join(' ');
  return name ? `${name} (${c.onedoorId})` : c.onedoorId;
}
