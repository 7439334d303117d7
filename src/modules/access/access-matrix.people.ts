/** Access-matrix entries of the person registry: records, history, documents, households, links, notes. */
import { ALL_CATEGORIES, type DataCategory } from './data-categories';
import { CLIENT_WORK, hasRecord, READERS, sees, type RecordKey, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { FIELD_CATEGORY, fail, needing, person, PURPOSES, reading, sorted, type MatrixEntry } from './access-matrix.probes';

export const peopleEntries: MatrixEntry[] = [
  {
    route: 'GET /api/people/search', allowed: CLIENT_WORK,
    probes: [{
      name: 'by family name', method: 'GET', url: () => '/api/people/search?familyName=Idsentfamily', status: () => 200,
      // Duplicate check under public task: any registering office sees the minimal identity
      // of everyone with a similar name (here P, and Q and R whose names share "sent...").
      visible: () => new Set(['identity']), shows: ['identity'], publicRecords: ['householdMember', 'linkedRecord'],
      check: (body, v, s) => {
        const hit = (body as { candidates: { id: string; canOpen: boolean }[] }).candidates.find((c) => c.id === s.personId);
        if (hit?.canOpen !== hasRecord(v)) fail(`canOpen should be ${hasRecord(v)}`);
      },
    }],
  },
  {
    route: 'POST /api/people', allowed: CLIENT_WORK,
    probes: [{ name: 'invalid birth date', method: 'POST', url: () => '/api/people', body: () => ({ givenName: 'New', familyName: 'Person', sex: 'male', birthDate: '2999-01-01' }), status: () => 400 }],
  },
  {
    route: 'GET /api/people/:id', allowed: READERS,
    probes: PURPOSES.map((purpose) => ({
      name: purpose, method: 'GET' as const, url: (s: Scenario) => `${person(s)}?purpose=${purpose}`, purpose, status: reading(purpose),
      shows: ['identity', 'contact', 'education', 'employment', 'benefits', 'health'] as DataCategory[],
      showsRecords: ['householdMember', 'linkedRecord'] as RecordKey[],
      check: (body: unknown, v: ViewerSpec) => {
        const view = body as Record<string, unknown>;
        if (sorted(view.visibleCategories as string[]) !== sorted(sees(v, purpose))) fail(`visibleCategories ${String(view.visibleCategories)}`);
        for (const [field, category] of Object.entries(FIELD_CATEGORY)) {
          if (field in view !== sees(v, purpose).has(category)) fail(`field ${field} present: ${field in view}`);
        }
      },
    })),
  },
  {
    route: 'PUT /api/people/:id', allowed: CLIENT_WORK,
    probes: ([['contact', { address: 'x' }], ['health', { disability: false }], ['identity', { patronymic: 'X' }]] as const).map(([category, change]) => ({
      name: `${category} field, stale version`, method: 'PUT' as const, url: person, body: () => ({ ...change, version: 999 }), status: needing(category, 409),
    })),
  },
  {
    route: 'GET /api/people/:id/history', allowed: READERS,
    probes: (['case_work', 'referral'] as const).map((purpose) => ({
      name: purpose, method: 'GET' as const, url: (s: Scenario) => `${person(s)}/history?purpose=${purpose}`, purpose, status: reading(purpose),
      shows: ['identity', 'contact'] as DataCategory[],
      check: (body: unknown, v: ViewerSpec) => {
        for (const r of body as { changes: Record<string, unknown> }[]) {
          for (const field of Object.keys(r.changes)) {
            const category = FIELD_CATEGORY[field];
            if (!category || !sees(v, purpose).has(category)) fail(`history shows ${field}`);
          }
        }
      },
    })),
  },
  {
    route: 'POST /api/people/:id/documents', allowed: CLIENT_WORK,
    probes: ([['health', 'disability_certificate'], ['identity', 'passport']] as const).map(([category, documentType]) => ({
      name: `${documentType}, expiry before issue`, method: 'POST' as const, url: (s: Scenario) => `${person(s)}/documents`,
      body: () => ({ documentType, issuedOn: '2020-01-02', validUntil: '2020-01-01' }), status: needing(category, 400),
    })),
  },
  {
    route: 'PUT /api/people/:id/documents/:documentId', allowed: CLIENT_WORK,
    probes: [
      {
        name: 'health document, stale version', method: 'PUT', url: (s) => `${person(s)}/documents/${s.documents.disability}`,
        body: () => ({ documentType: 'disability_certificate', version: 999 }), status: (v) => (sees(v).has('health') ? 409 : 404),
      },
      {
        name: 'passport turned into a health document', method: 'PUT', url: (s) => `${person(s)}/documents/${s.documents.passport}`,
        body: () => ({ documentType: 'disability_certificate', version: 999 }),
        status: (v) => (!sees(v).has('identity') ? 404 : !sees(v).has('health') ? 403 : 409),
      },
    ],
  },
  {
    route: 'POST /api/households', allowed: CLIENT_WORK,
    probes: [{
      name: 'joined before the current household', method: 'POST', url: () => '/api/households',
      body: (s) => ({ personId: s.personId, joinedOn: '2000-01-01' }), status: needing('identity', 400),
    }],
  },
  {
    route: 'POST /api/households/:id/members', allowed: CLIENT_WORK,
    probes: [{
      // The household is reachable only through a member whose identity the viewer sees.
      name: 'already a member', method: 'POST', url: (s) => `/api/households/${s.householdId}/members`,
      body: (s) => ({ personId: s.personId, relationship: 'child', joinedOn: '2021-01-01' }), status: (v) => (sees(v).has('identity') ? 400 : 404),
    }],
  },
  {
    route: 'GET /api/people/:id/household-history', allowed: READERS,
    probes: [{ name: 'case work', method: 'GET', url: (s) => `${person(s)}/household-history`, status: needing('identity', 200) }],
  },
  {
    route: 'POST /api/people/:id/links', allowed: CLIENT_WORK,
    probes: [{
      name: 'link already flagged', method: 'POST', url: (s) => `${person(s)}/links`,
      body: (s) => ({ duplicatePersonId: s.linkedPersonId, status: 'suspected', reason: 'matrix' }), status: linkStatus(400),
    }],
  },
  {
    route: 'POST /api/person-links/:linkId/decide', allowed: CLIENT_WORK,
    probes: [{
      name: 'stale version', method: 'POST', url: (s) => `/api/person-links/${s.linkId}/decide`,
      body: () => ({ status: 'rejected', reason: 'matrix', version: 999 }), status: linkStatus(409),
    }],
  },
  {
    route: 'GET /api/people/:personId/notes', allowed: READERS,
    probes: (['case_work', 'referral'] as const).map((purpose) => ({
      name: purpose, method: 'GET' as const, url: (s: Scenario) => `${person(s)}/notes?purpose=${purpose}`, purpose, status: reading(purpose),
      shows: ALL_CATEGORIES,
      check: (body: unknown, v: ViewerSpec) => {
        const shown = (body as { dataCategory: string }[]).map((n) => n.dataCategory);
        if (sorted(shown) !== sorted(sees(v, purpose))) fail(`notes of ${sorted(shown)}`);
      },
    })),
  },
  {
    route: 'PUT /api/people/:personId/notes/:noteId', allowed: CLIENT_WORK,
    probes: [
      {
        name: 'health note, stale version', method: 'PUT', url: (s) => `${person(s)}/notes/${s.notes.health}`, body: () => ({ body: 'matrix', version: 999 }),
        status: (v) => (!sees(v).has('health') ? 404 : v.agency !== 'lead' ? 403 : 409),
      },
      {
        name: 'identity note moved to addiction', method: 'PUT', url: (s) => `${person(s)}/notes/${s.notes.identity}`,
        body: () => ({ body: 'matrix', dataCategory: 'addiction', version: 999 }),
        status: (v) => (!sees(v).has('identity') ? 404 : !sees(v).has('addiction') || v.agency !== 'lead' ? 403 : 409),
      },
    ],
  },
  {
    route: 'POST /api/people/:personId/notes', allowed: CLIENT_WORK, mutates: true,
    probes: (['addiction', 'identity'] as const).map((category) => ({
      name: `${category} note`, method: 'POST' as const, url: (s: Scenario) => `${person(s)}/notes`,
      body: () => ({ dataCategory: category, body: 'matrix probe' }), status: needing(category, 201),
    })),
  },
];

/** Both records must be visible, and R (the flagged duplicate) is visible only to its registering agency. */
function linkStatus(ok: number) {
  return (v: ViewerSpec) => (!hasRecord(v) ? 404 : !sees(v).has('identity') ? 403 : v.agency === 'other' ? ok : 404);
}

