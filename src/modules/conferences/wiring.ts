/** Connects case conferences to the referral module: a decision of kind referral becomes a draft referral of the case. */
import type { ReferralService } from '../referrals/service';
import type { ReferralsForConferences } from './service';

export function referralsForConferences(referrals: ReferralService): ReferralsForConferences {
  return {
    async createFromDecision(trx, d) {
      // A draft carrying only who the client is: the case manager chooses what else to share (by consent) before sending it.
      const view = await referrals.createDraftFromDecision(d.by, {
        caseId: d.caseId, serviceId: d.serviceId, reason: d.reason, categories: ['identity'], urgency: 'routine', appearBy: d.dueOn, planActionId: null, previousReferralId: null,
      }, trx);
      return { id: view.id };
    },
  };
}
