/** Access-matrix entries of cases, consent and legal bases, break-glass and the audit trail. */
import { ALL_CATEGORIES, type DataCategory } from './data-categories';
import {
  CLIENT_WORK, CURRENT_PARTNERS, DPO, hasRecord, READERS, sees, seesRecord, UNKNOWN_ID, worksWithClient,
  type RecordKey, type Scenario, type ViewerSpec,
} from './access-matrix.scenario';
import { caseUrl, fail, leadOnly, person, reading, sorted, type MatrixEntry } from './access-matrix.probes';

export const caseEntries: MatrixEntry[] = [
  {
    route: 'POST /api/cases', allowed: CLIENT_WORK,
    probes: [{ name: 'case already open', method: 'POST', url: () => '/api/cases', body: (s) => ({ personId: s.personId }), status: leadOnly(409) }],
  },
  {
    route: 'GET /api/cases', allowed: READERS,
    probes: [
      { name: 'my caseload', method: 'GET', url: () => '/api/cases', status: () => 200, visible: (v) => caseloadShows(v, 'lead.case_manager'), shows: ['identity'] },
      {
        name: "agency's caseload", method: 'GET', url: () => '/api/cases?assignedTo=agency', status: (v) => (v.roles.includes('supervisor') ? 200 : 403),
        visible: (v) => caseloadShows(v, 'lead.supervisor'), shows: ['identity'],
      },
    ],
  },
  {
    route: 'GET /api/cases/:id', allowed: READERS,
    probes: [{ name: 'case work', method: 'GET', url: caseUrl, status: reading(), shows: ['identity'] }],
  },
  {
    route: 'GET /api/people/:personId/cases', allowed: READERS,
    probes: [{
      name: 'case work', method: 'GET', url: (s) => `${person(s)}/cases`, status: reading(), shows: ['identity'],
      check: (body) => (body as unknown[]).length === 1 || fail('one case expected'),
    }],
  },
  {
    route: 'GET /api/cases/:id/timeline', allowed: READERS,
    probes: [{
      name: 'case work', method: 'GET', url: (s) => `${caseUrl(s)}/timeline`, status: reading(), shows: ALL_CATEGORIES,
      check: (body, v) => {
        const shown = new Set((body as { items: { dataCategory: string | null }[] }).items.flatMap((e) => (e.dataCategory ? [e.dataCategory] : [])));
        if (sorted(shown) !== sorted(sees(v))) fail(`events of ${sorted(shown)}`);
      },
    }],
  },
  {
    route: 'POST /api/cases/:id/partners', allowed: CLIENT_WORK,
    probes: [{ name: 'already a partner', method: 'POST', url: (s) => `${caseUrl(s)}/partners`, body: (s) => ({ agencyId: s.agencies.partner }), status: leadOnly(409) }],
  },
  {
    route: 'POST /api/cases/:id/partners/:agencyId/leave', allowed: CLIENT_WORK,
    probes: [{ name: 'agency that left already', method: 'POST', url: (s) => `${caseUrl(s)}/partners/${s.agencies.former}/leave`, status: leadOnly(404) }],
  },
  {
    route: 'PUT /api/cases/:id/status', allowed: CLIENT_WORK,
    probes: [{ name: 'stale version', method: 'PUT', url: (s) => `${caseUrl(s)}/status`, body: () => ({ status: 'suspended', reason: 'matrix', version: 999 }), status: leadOnly(409) }],
  },
  {
    route: 'PUT /api/cases/:id/case-manager', allowed: CLIENT_WORK,
    probes: [{
      name: 'stale version', method: 'PUT', url: (s) => `${caseUrl(s)}/case-manager`, body: (s) => ({ caseManagerId: s.leadCaseManagerId, version: 999 }),
      status: (v) => (!hasRecord(v) ? 404 : v.agency !== 'lead' ? 403 : v.roles.includes('supervisor') || v.key === 'lead.case_manager' ? 409 : 403),
    }],
  },
];

function caseloadShows(v: ViewerSpec, whose: string): Set<DataCategory> {
  return new Set(v.key === whose ? ['identity'] : []);
}

export const consentEntries: MatrixEntry[] = [
  {
    route: 'POST /api/people/:personId/consents', allowed: CLIENT_WORK,
    probes: [{
      name: 'unknown recipient', method: 'POST', url: (s) => `${person(s)}/consents`,
      body: () => ({ recipientAgencyId: UNKNOWN_ID, dataCategories: ['identity'], purposes: ['case_work'], decision: 'given', evidenceType: 'verbal_witnessed', noticeLanguage: 'hy' }),
      status: (v) => (!hasRecord(v) ? 404 : worksWithClient(v) ? 400 : 403),
    }],
  },
  {
    route: 'GET /api/people/:personId/consents', allowed: READERS,
    probes: [{
      name: 'register', method: 'GET', url: (s) => `${person(s)}/consents`, status: reading(),
      showsRecords: ['lead', 'partner', 'partnerReferral', 'partnerRefused', 'partnerWithdrawn', 'partnerExpired', 'former'].map((a) => `consent.${a}` as RecordKey),
    }],
  },
  {
    route: 'POST /api/consents/:id/withdraw', allowed: CLIENT_WORK,
    probes: [{
      name: "partner's consent, stale version", method: 'POST', url: (s) => `/api/consents/${s.consents.partner}/withdraw`, body: () => ({ version: 999 }),
      status: (v) => (!seesRecord(v, 'consent.partner') ? 404 : worksWithClient(v) || v.agency === 'partner' ? 409 : 403),
    }],
  },
  ...(['evidence', 'receipt'] as const).map((what) => ({
    route: `GET /api/consents/:id/${what}`, allowed: READERS,
    probes: (['lead', 'partner'] as const).map((a) => ({
      name: `${a}'s consent`, method: 'GET' as const, url: (s: Scenario) => `/api/consents/${s.consents[a]}/${what}`,
      status: (v: ViewerSpec) => (seesRecord(v, `consent.${a}`) ? 200 : 404), showsRecords: [`consent.${a}` as RecordKey],
    })),
  })),
  {
    route: 'POST /api/people/:personId/legal-bases', allowed: CLIENT_WORK,
    probes: [{
      name: 'unknown agency', method: 'POST', url: (s) => `${person(s)}/legal-bases`,
      body: () => ({ agencyId: UNKNOWN_ID, dataCategories: ['health'], basis: 'legal_obligation', reference: 'matrix' }),
      status: (v) => (!hasRecord(v) ? 404 : v.roles.includes('supervisor') && worksWithClient(v) ? 400 : 403),
    }],
  },
  {
    route: 'GET /api/people/:personId/legal-bases', allowed: READERS,
    probes: [{ name: 'list', method: 'GET', url: (s) => `${person(s)}/legal-bases`, status: reading(), showsRecords: ['legalBasis.lead', 'legalBasis.partnerLegal'] }],
  },
  {
    route: 'POST /api/legal-bases/:id/revoke', allowed: CLIENT_WORK,
    probes: (['lead', 'partnerLegal'] as const).map((a) => ({
      name: `${a}'s basis, stale version`, method: 'POST' as const, url: (s: Scenario) => `/api/legal-bases/${s.legalBases[a]}/revoke`, body: () => ({ version: 999 }),
      status: (v: ViewerSpec) => (!seesRecord(v, `legalBasis.${a}`) ? 404 : v.roles.includes('supervisor') && worksWithClient(v) ? 409 : 403),
    })),
  },
];

export const oversightEntries: MatrixEntry[] = [
  {
    route: 'GET /api/people/:personId/access-log', allowed: READERS,
    probes: [{
      name: 'case work', method: 'GET', url: (s) => `${person(s)}/access-log?limit=500`, status: reading(),
      check: (body, v) => {
        for (const e of body as { action: string; categories: string[] }[]) {
          const hidden = e.categories.filter((c) => !sees(v).has(c as DataCategory));
          if (hidden.length) fail(`access log entry ${e.action} names hidden ${hidden.join(',')}`);
        }
      },
    }],
  },
  { route: 'GET /api/break-glass', allowed: DPO, probes: [{ name: 'all uses', method: 'GET', url: () => '/api/break-glass?status=all', status: () => 200 }] },
  {
    route: 'POST /api/break-glass/:id/review', allowed: DPO,
    probes: [{ name: 'stale version', method: 'POST', url: (s) => `/api/break-glass/${s.grantId}/review`, body: () => ({ outcome: 'justified', note: 'matrix', version: 999 }), status: () => 409 }],
  },
  { route: 'GET /api/access-reports/unusual', allowed: DPO, probes: [{ name: 'default period', method: 'GET', url: () => '/api/access-reports/unusual?threshold=1', status: () => 200 }] },
  {
    route: 'GET /api/audit/events', allowed: ['data_protection_officer'],
    probes: [
      { name: 'newest', method: 'GET', url: () => '/api/audit/events?limit=500', status: () => 200, refsVisible: true },
      { name: 'note events', method: 'GET', url: () => '/api/audit/events?limit=500&action=person.note', status: () => 200, refsVisible: true },
    ],
  },
  {
    // Runs last: a grant changes what the viewer sees afterwards.
    route: 'POST /api/people/:personId/break-glass', allowed: CLIENT_WORK, mutates: true,
    probes: [{
      name: 'emergency access', method: 'POST', url: (s) => `${person(s)}/break-glass`, body: () => ({ reason: 'Matrix probe: client in danger, need the file now' }),
      // Only a viewer with no relation to P (or an earlier grant) may break the glass.
      status: (v) => (v.agency === 'lead' || CURRENT_PARTNERS.includes(v.agency) ? 400 : 201),
    }],
  },
];

