/** The access matrix's referral (see access-matrix.referrals.ts), apart so the scenario can import it without a cycle. */
import type { TestClient, TestContext } from '../../test/test-app';
import { staffAt } from '../cases/test-fixtures';
import { createLocation, createService } from '../catalogue/test-fixtures';

/**
 * A referral of P, sent by the lead agency to a service of partnerReferral: the agency P
 * consented to share identity and education with for referrals. It carries exactly those two
 * categories (the diploma and the passport, the names and the education level).
 */
export async function seedReferral(ctx: TestContext, p: { caseId: string; agencies: { partnerReferral: string }; clients: Map<string, TestClient> }) {
  const coordinator = await staffAt(ctx, p.agencies.partnerReferral, ['partnership_coordinator']);
  const service = await createService(coordinator, [await createLocation(coordinator)], { name: { en: 'Evening school' }, type: 'training', capacity: 5, reservedPlaces: 1 });
  const appearBy = new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const res = await p.clients.get('lead.case_manager')!.post(`/api/cases/${p.caseId}/referrals`, {
    serviceId: service.id, reason: 'Wants to finish secondary school before vocational training.', categories: ['identity', 'education'],
    urgency: 'routine', appearBy, send: true,
  });
  if (res.statusCode !== 201) throw new Error(`scenario step failed (${res.statusCode}): ${res.body}`);
  return { id: res.json<{ id: string }>().id, serviceId: service.id as string };
}
