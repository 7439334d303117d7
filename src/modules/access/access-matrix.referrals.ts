/**
 * Access-matrix entries of referrals. P's referral (see access-matrix.referral-seed.ts) went
 * from the lead agency to partnerReferral carrying identity and education. The receiving
 * agency sees the referral and exactly that snapshot (its reads are for the purpose
 * referral), and nothing of P's case; the sending side sees it through the case, the
 * snapshot narrowed to what each viewer may see of P. Sending-side steps are the lead
 * agency's (it sent it), receiving-side steps partnerReferral's; every probe of a step
 * fails after the access checks (wrong state or stale version), so the referral stays sent.
 */
import type { DataCategory } from './data-categories';
import { CLIENT_WORK, CURRENT_PARTNERS, hasRecord, READERS, sees, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { Role } from './roles';
import { caseUrl, fail, type MatrixEntry, type Probe } from './access-matrix.probes';

const referral = (s: Scenario) => `/api/referrals/${s.referral.id}`;
const ALL_ROLES: readonly Role[] = Role.options;

/** Staff of the receiving agency who work its inbox. */
const receiver = (v: ViewerSpec) => v.agency === 'partnerReferral' && v.roles.some((r) => READERS.includes(r));
/** The sending side: anyone who sees P's case through the policy. */
const sender = (v: ViewerSpec) => hasRecord(v);
const seesReferral = (v: ViewerSpec) => receiver(v) || sender(v);
const senderStep = (ok: number) => (v: ViewerSpec) => (!seesReferral(v) ? 404 : v.agency === 'lead' && sender(v) ? ok : 403);
const receiverStep = (ok: number) => (v: ViewerSpec) => (!seesReferral(v) ? 404 : receiver(v) ? ok : 403);
/** The receiver sees the snapshot (identity, education); the sender what it may see of P. */
const visible = (v: ViewerSpec) => new Set<DataCategory>(receiver(v) ? [...sees(v, 'referral'), ...sees(v)] : sees(v));

const stale = 999;
const step = (path: string, body: Record<string, unknown>, status: Probe['status']): Probe => ({
  name: 'after the access checks (wrong state or stale version)', method: 'POST', url: (s) => `${referral(s)}/${path}`, body: () => ({ version: stale, ...body }), status, visible,
});

export const referralEntries: MatrixEntry[] = [
  {
    route: 'POST /api/cases/:caseId/referrals', allowed: CLIENT_WORK,
    probes: [{
      name: 'an unknown service', method: 'POST', url: (s) => `${caseUrl(s)}/referrals`,
      body: () => ({ serviceId: '00000000-0000-4000-8000-000000000000', reason: 'x', categories: ['identity'], urgency: 'routine', appearBy: '2099-01-01' }),
      // The case must be visible (404), the viewer's agency in it (403), then the service is checked.
      status: (v) => (!hasRecord(v) ? 404 : v.agency === 'lead' || CURRENT_PARTNERS.includes(v.agency) ? 400 : 403),
    }],
  },
  {
    route: 'GET /api/cases/:caseId/referrals', allowed: READERS,
    probes: [{
      name: 'referrals of the case', method: 'GET', url: (s) => `${caseUrl(s)}/referrals`, status: (v) => (hasRecord(v) ? 200 : 404), shows: ['identity'],
      check: (body, _v, s) => {
        if (!(body as { id: string }[]).some((r) => r.id === s.referral.id)) fail('the referral is missing');
      },
    }],
  },
  {
    route: 'GET /api/referrals/inbox', allowed: READERS,
    probes: [{
      name: "the agency's incoming referrals", method: 'GET', url: () => '/api/referrals/inbox', status: () => 200, purpose: 'referral',
      visible: (v) => new Set<DataCategory>(receiver(v) ? ['identity'] : []), shows: ['identity'],
      check: (body, v, s) => {
        const ids = (body as { items: { id: string }[] }).items.map((i) => i.id);
        if (ids.includes(s.referral.id) !== receiver(v)) fail(`inbox ${ids.join(',')}`);
      },
    }],
  },
  {
    route: 'POST /api/referrals/bulk-accept', allowed: READERS,
    probes: [{
      name: 'a stale version', method: 'POST', url: () => '/api/referrals/bulk-accept', body: (s) => ({ items: [{ id: s.referral.id, version: stale }] }),
      status: () => 200, visible: () => new Set(),
      check: (body, v) => {
        const [result] = (body as { results: { ok: boolean; error: { code: string } | null }[] }).results;
        const expected = !seesReferral(v) ? 'not_found' : receiver(v) ? 'version_conflict' : 'forbidden';
        if (result?.ok || result?.error?.code !== expected) fail(`result ${JSON.stringify(result)}`);
      },
    }],
  },
  {
    route: 'GET /api/referrals/:id', allowed: READERS,
    probes: [{
      name: 'the referral', method: 'GET', url: referral, status: (v) => (seesReferral(v) ? 200 : 404), visible, shows: ['identity', 'education'],
      check: (body, v) => {
        const view = body as { side: string; caseId: string | null; shared: { categories: string[] } };
        if (receiver(v) && (view.side !== 'receiver' || view.caseId !== null)) fail(`receiver sees side ${view.side}, case ${view.caseId}`);
        const shared = view.shared.categories.filter((c) => !visible(v).has(c as DataCategory));
        if (shared.length) fail(`snapshot categories ${shared.join(',')}`);
      },
    }],
  },
  {
    route: 'PUT /api/referrals/:id', allowed: CLIENT_WORK,
    probes: [{
      name: 'not a draft', method: 'PUT', url: referral, visible,
      body: (s) => ({ serviceId: s.referral.serviceId, reason: 'x', categories: ['identity'], urgency: 'routine', appearBy: '2099-01-01', version: stale }),
      status: senderStep(409),
    }],
  },
  { route: 'POST /api/referrals/:id/send', allowed: CLIENT_WORK, probes: [step('send', {}, senderStep(409))] },
  { route: 'POST /api/referrals/:id/withdraw', allowed: CLIENT_WORK, probes: [step('withdraw', { reason: 'Sent by mistake' }, senderStep(409))] },
  { route: 'POST /api/referrals/:id/acknowledge-feedback', allowed: CLIENT_WORK, probes: [step('acknowledge-feedback', {}, senderStep(409))] },
  { route: 'POST /api/referrals/:id/receive', allowed: READERS, probes: [step('receive', {}, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/accept', allowed: READERS, probes: [step('accept', {}, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/waitlist', allowed: READERS, probes: [step('waitlist', {}, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/decline', allowed: READERS, probes: [step('decline', { reason: 'No places' }, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/appointment', allowed: READERS, probes: [step('appointment', { at: '2099-01-01T10:00:00.000Z', place: 'Room 1' }, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/attendance', allowed: READERS, probes: [step('attendance', { attended: true }, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/start-service', allowed: READERS, probes: [step('start-service', {}, receiverStep(409))] },
  { route: 'POST /api/referrals/:id/complete', allowed: READERS, probes: [step('complete', { outcome: 'need_met', feedback: 'x' }, receiverStep(409))] },
  // Either side may reopen (the state decides which): a sent referral cannot be reopened by anyone who sees it.
  { route: 'POST /api/referrals/:id/reopen', allowed: ALL_ROLES, probes: [step('reopen', { comment: 'x' }, (v) => (seesReferral(v) ? 409 : 404))] },
];

/** Referral routes free of person data. */
export const referralsWithoutPersonData: Record<string, string> = {
  'GET /api/referrals/indicators/journey-smoothness': "counts of referrals per chain for the viewer's own agency (case ids, no person data)",
};
