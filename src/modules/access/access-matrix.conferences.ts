/**
 * Access-matrix entries of case conferences. The lead's case manager schedules a conference
 * on P's case and invites every viewer of the matrix, so each reads the conference page and
 * their own briefing pack: what they are shown of P is exactly what the policy lets them
 * see (an agenda item without anything else for those who may not see P; the plan and its
 * actions and barriers only with employment and each one's own category). Changing routes
 * are probed so they fail after the access checks (stale versions, domain rules).
 */
import { hasRecord, READERS, sees, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { fail, needing, type MatrixEntry } from './access-matrix.probes';

const conference = (s: Scenario) => `/api/conferences/${s.conference.id}`;
const invited = (ok: number) => () => ok;

interface BriefingBody { items: { visible: boolean; personName?: string; plan?: unknown; caseId?: string }[] }
interface PageBody { agenda: { visible: boolean; personName?: string; caseId?: string }[] }

export const conferenceEntries: MatrixEntry[] = [
  {
    route: 'GET /api/conferences/:id', allowed: READERS,
    probes: [{
      name: 'the agenda as the reader may see it', method: 'GET', url: conference, status: invited(200),
      // The page names the client (identity) at most.
      visible: (v: ViewerSpec) => new Set([...sees(v)].filter((c) => c === 'identity')),
      check: (body, v) => {
        const item = (body as PageBody).agenda[0]!;
        if (item.visible !== hasRecord(v)) fail(`agenda item visible: ${item.visible}`);
        if (!item.visible && Object.keys(item).sort().join() !== 'id,position,visible') fail(`hidden item shows ${Object.keys(item).join()}`);
        if (!!item.personName !== sees(v).has('identity')) fail(`name shown: ${!!item.personName}`);
      },
    }],
  },
  {
    route: 'GET /api/conferences/:id/briefing', allowed: READERS,
    probes: [{
      name: 'my briefing pack', method: 'GET', url: (s) => `${conference(s)}/briefing`, status: invited(200), shows: ['identity', 'employment'],
      check: (body, v) => {
        const item = (body as BriefingBody).items[0]!;
        if (item.visible !== hasRecord(v)) fail(`briefing item visible: ${item.visible}`);
        if (!item.visible && Object.keys(item).sort().join() !== 'agendaItemId,position,visible') fail(`hidden item shows ${Object.keys(item).join()}`);
        if (item.visible && !!item.plan !== sees(v).has('employment')) fail(`plan shown: ${!!item.plan}`);
      },
    }],
  },
  {
    route: 'POST /api/conferences', allowed: READERS,
    probes: [{
      name: 'a meeting in the past', method: 'POST', url: () => '/api/conferences', status: invited(400),
      body: (s) => ({ title: 'x', startsAt: '2000-01-01T00:00:00Z', durationMinutes: 60, mode: 'online', onlineUrl: 'https://meet.example.org/x', participantIds: [s.conference.userId], caseIds: [s.caseId] }),
    }],
  },
  {
    route: 'POST /api/conferences/:id/agenda', allowed: READERS,
    // Already on the agenda (or not a case the caller may see): refused either way, with no hint which.
    probes: [{ name: 'the case again', method: 'POST', url: (s) => `${conference(s)}/agenda`, body: (s) => ({ caseId: s.caseId }), status: invited(400) }],
  },
  {
    route: 'PUT /api/conferences/:id/minutes', allowed: READERS,
    probes: [{ name: 'stale minutes', method: 'PUT', url: (s) => `${conference(s)}/minutes`, body: () => ({ text: 'x', version: 999 }), status: invited(409) }],
  },
  {
    route: 'PUT /api/conferences/:id/participants/:userId/attendance', allowed: READERS,
    probes: [{
      name: 'stale attendance', method: 'PUT', url: (s) => `${conference(s)}/participants/${s.conference.userId}/attendance`, body: () => ({ attendance: 'attended', version: 999 }),
      status: invited(409),
    }],
  },
  {
    route: 'POST /api/conferences/:id/decisions', allowed: READERS,
    probes: [{
      name: 'owner outside the case', method: 'POST', url: (s) => `${conference(s)}/decisions`, status: needing('employment', 400),
      body: (s) => ({ agendaItemId: s.conference.agendaItemId, kind: 'plan_action', text: 'x', ownerAgencyId: s.agencies.other, dueOn: '2099-01-01' }),
    }],
  },
];

/** Conference routes that carry no client data: lists of meetings (titles, counts, staff), committees, the staff directory. */
export const conferencesWithoutPersonData: Record<string, string> = {
  'GET /api/conferences': 'meetings the caller takes part in: titles, times, counts and staff, no agenda cases',
  'GET /api/conference-committees': 'committees: names, agencies, staff ids, schedule',
  'POST /api/conference-committees': 'committees: names, agencies, staff ids, schedule',
  'GET /api/staff-directory': 'staff directory: staff names and agencies',
};
