/**
 * Access-matrix entries of the notification duties. P's duty (see access-matrix.duty-seed.ts)
 * is the lead agency's to notify the partner agency, already sent. A duty is visible to the
 * staff of the notifying agency and, once sent, of the receiving one, whatever their case
 * role (the notice is addressed to the agency); everyone else gets 404. The client's name
 * is shown only where the policy shows identity (the OneDoor id always). Sending is the
 * notifying agency's, acknowledging the receiver's; each probe fails after the access
 * checks (already sent, stale version), so the duty stays as seeded.
 */
import type { DataCategory } from './data-categories';
import { CLIENT_WORK, CURRENT_PARTNERS, hasRecord, sees, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { caseUrl, fail, type MatrixEntry } from './access-matrix.probes';

const duty = (s: Scenario) => `/api/duties/${s.duty.id}`;
const notifier = (v: ViewerSpec) => v.agency === 'lead';
const receiver = (v: ViewerSpec) => v.agency === 'partner';
const seesDuty = (v: ViewerSpec) => notifier(v) || receiver(v);
/** Identity (the name) where the policy shows it; nothing else of P. */
const visible = (v: ViewerSpec) => new Set<DataCategory>(seesDuty(v) && sees(v).has('identity') ? ['identity'] : []);
const ids = (body: unknown) => (body as { id: string }[]).map((d) => d.id);

export const dutyEntries: MatrixEntry[] = [
  {
    route: 'POST /api/cases/:caseId/duty-events', allowed: CLIENT_WORK,
    probes: [{
      name: 'an event in the future', method: 'POST', url: (s) => `${caseUrl(s)}/duty-events`, body: () => ({ eventType: 'job_taken_up', occurredOn: '2099-01-01' }),
      // The case must be visible (404), the viewer's agency in it (403), then the date is checked.
      status: (v) => (!hasRecord(v) ? 404 : v.agency === 'lead' || CURRENT_PARTNERS.includes(v.agency) ? 400 : 403),
    }],
  },
  {
    route: 'GET /api/duties', allowed: CLIENT_WORK,
    probes: [
      {
        name: "the agency's duties to send", method: 'GET', url: () => '/api/duties?box=outgoing', status: () => 200, visible: (v) => (notifier(v) ? visible(v) : new Set()), shows: ['identity'],
        check: (body, v, s) => {
          if (ids(body).includes(s.duty.id) !== notifier(v)) fail(`outgoing ${ids(body).join(',')}`);
        },
      },
      {
        name: 'notices sent to the agency', method: 'GET', url: () => '/api/duties?box=incoming', status: () => 200, visible: (v) => (receiver(v) ? visible(v) : new Set()), shows: ['identity'],
        check: (body, v, s) => {
          if (ids(body).includes(s.duty.id) !== receiver(v)) fail(`incoming ${ids(body).join(',')}`);
        },
      },
    ],
  },
  {
    route: 'GET /api/duties/:id', allowed: CLIENT_WORK,
    probes: [{
      name: 'the duty', method: 'GET', url: duty, status: (v) => (seesDuty(v) ? 200 : 404), visible, shows: ['identity'],
      check: (body, v) => {
        const view = body as { direction: string; person: { onedoorId: string; name: unknown } };
        if (view.direction !== (notifier(v) ? 'outgoing' : 'incoming')) fail(`direction ${view.direction}`);
        if (!view.person.onedoorId) fail('no OneDoor id');
      },
    }],
  },
  {
    route: 'POST /api/duties/:id/send', allowed: CLIENT_WORK,
    probes: [{ name: 'already sent', method: 'POST', url: (s) => `${duty(s)}/send`, body: () => ({ version: 999 }), status: (v) => (!seesDuty(v) ? 404 : notifier(v) ? 409 : 403), visible }],
  },
  {
    route: 'POST /api/duties/:id/acknowledge', allowed: CLIENT_WORK,
    probes: [{ name: 'a stale version', method: 'POST', url: (s) => `${duty(s)}/acknowledge`, body: () => ({ version: 999 }), status: (v) => (!seesDuty(v) ? 404 : receiver(v) ? 409 : 403), visible }],
  },
];

/** Duty routes free of person data. */
export const dutiesWithoutPersonData: Record<string, string> = {
  'GET /api/duty-rules': 'notification duty rules (configuration)',
  'PUT /api/duty-rules/:id': 'notification duty rules (configuration)',
  'GET /api/duties/dashboard': 'counts and timings per rule and office; overdue duties by id, event type and agencies, no client named',
};
