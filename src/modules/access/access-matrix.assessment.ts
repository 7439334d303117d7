/**
 * Access-matrix entries of assessments and the statistical risk score. An assessment is
 * employment data as a whole (404 without the record, 403 without employment); each
 * section is shown only with its own category (health, criminal record...), so a viewer
 * without it never meets its answers or question ids. Conducting it (starting, the
 * interview, finalising, the segment) is the lead agency's; the specialist section a
 * specialist's. The risk score needs every category the active model reads.
 */
import type { DataCategory } from './data-categories';
import { CLIENT_WORK, hasRecord, READERS, sees, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { caseUrl, fail, needing, person, reading, sorted, type MatrixEntry } from './access-matrix.probes';

const assessment = (which: keyof Scenario['assessments']) => (s: Scenario) => `/api/assessments/${s.assessments[which]}`;

/** The record, then employment (the assessment itself), then the lead agency conducts it. */
const conducting = (ok: number) => (v: ViewerSpec) => (!hasRecord(v) ? 404 : !sees(v).has('employment') || v.agency !== 'lead' ? 403 : ok);

/** Categories of the sections of the default instrument (migration 0010), written out by hand. */
const SECTION_CATEGORY: Record<string, DataCategory> = {
  employment_history: 'employment', skills_qualifications: 'education', soft_skills_motivation: 'employment', health_disability: 'health',
  housing: 'financial', debt: 'financial', childcare_care: 'identity', language: 'education', mobility_transport: 'employment',
  social_network: 'identity', legal_issues: 'criminal_record', psychological: 'health',
};
/** Sections P's assessments have answers in: a viewer with the category must be shown them. */
const ANSWERED: readonly DataCategory[] = ['employment', 'education', 'health', 'financial', 'criminal_record'];

interface View {
  sections: { id: string; category: string }[];
  parts: { interview: { answers: object }; self: { answers: object }; specialist: { answers: object } | null };
  barriers: { category: string }[];
  scores: { sectionId: string }[] | null;
  profiling: { rules: { ruleId: string | null; reason: string | null; conditions: unknown[] } | null; counsellor: { reason: string | null } | null };
}

/** Sections, barriers and scores exactly as the viewer's categories allow; the rule's reason only with every category behind it (health here). */
function checkView(body: unknown, v: ViewerSpec) {
  const view = body as View;
  const expected = Object.entries(SECTION_CATEGORY).filter(([, c]) => sees(v).has(c)).map(([id]) => id);
  if (sorted(view.sections.map((x) => x.id)) !== sorted(expected)) fail(`sections ${sorted(view.sections.map((x) => x.id))}`);
  for (const x of view.sections) if (SECTION_CATEGORY[x.id] !== x.category) fail(`section ${x.id} is ${x.category}`);
  const hidden = view.barriers.filter((b) => !sees(v).has(b.category as DataCategory));
  if (hidden.length) fail(`barriers of ${sorted(hidden.map((b) => b.category))}`);
  if (view.scores?.some((x) => !expected.includes(x.sectionId))) fail('scores of hidden sections');
  if ((view.parts.specialist !== null) !== sees(v).has('health')) fail(`specialist part ${view.parts.specialist ? 'shown' : 'hidden'}`);
  const rules = view.profiling.rules;
  if (rules && (rules.ruleId !== null) !== sees(v).has('health')) fail(`rule ${rules.ruleId}`);
}

/** Categories the active risk model of the scenario reads (its features, with disability turned on). */
const MODEL_READS: readonly DataCategory[] = ['identity', 'contact', 'education', 'employment', 'benefits', 'health'];

export const assessmentEntries: MatrixEntry[] = [
  {
    route: 'POST /api/cases/:caseId/assessments', allowed: CLIENT_WORK,
    probes: [{ name: 'one already in progress', method: 'POST', url: (s) => `${caseUrl(s)}/assessments`, status: conducting(409) }],
  },
  {
    route: 'GET /api/cases/:caseId/assessments', allowed: READERS,
    probes: [{
      name: 'of the case', method: 'GET', url: (s) => `${caseUrl(s)}/assessments`, status: needing('employment', 200),
      check: (body) => (body as unknown[]).length === 2 || fail('two assessments expected'),
    }],
  },
  {
    route: 'GET /api/assessments/reassessments-due', allowed: CLIENT_WORK,
    probes: ([['me', 'lead.case_manager'], ['agency', 'lead.supervisor']] as const).map(([assignedTo, whose]) => ({
      name: `assigned to ${assignedTo}`, method: 'GET' as const, url: () => `/api/assessments/reassessments-due?withinDays=366&assignedTo=${assignedTo}`,
      status: (v: ViewerSpec) => (assignedTo === 'agency' && !v.roles.includes('supervisor') ? 403 : 200),
      // Only the lead agency's own worklist lists P (by name: identity), and nothing else of P.
      visible: (v: ViewerSpec) => new Set<DataCategory>(v.key === whose ? ['identity', 'employment'] : []), shows: ['identity'] as DataCategory[],
      check: (body: unknown, v: ViewerSpec, s: Scenario) => {
        const items = (body as { items: { assessmentId: string; inProgressAssessmentId: string | null }[] }).items;
        const mine = v.key === whose;
        if (items.length !== (mine ? 1 : 0)) fail(`${items.length} due`);
        if (mine && (items[0]!.assessmentId !== s.assessments.finalised || items[0]!.inProgressAssessmentId !== s.assessments.inProgress)) fail('wrong assessment');
      },
    })),
  },
  {
    route: 'GET /api/assessments/:id', allowed: READERS,
    probes: (['finalised', 'inProgress'] as const).map((which) => ({
      name: which, method: 'GET' as const, url: assessment(which), status: needing('employment', 200), shows: ANSWERED, check: checkView,
    })),
  },
  {
    route: 'PUT /api/assessments/:id/answers/:part', allowed: CLIENT_WORK,
    probes: [
      {
        name: 'interview, employment answer, stale version', method: 'PUT', url: (s) => `${assessment('inProgress')(s)}/answers/interview`,
        body: () => ({ answers: { emp_last_occupation: 'matrix' }, version: 999 }), status: conducting(409),
      },
      {
        name: 'interview, health answer, stale version', method: 'PUT', url: (s) => `${assessment('inProgress')(s)}/answers/interview`,
        body: () => ({ answers: { hl_limits_work: 'no' }, version: 999 }),
        status: (v) => (conducting(409)(v) === 409 && !sees(v).has('health') ? 403 : conducting(409)(v)),
      },
      {
        // Nobody may write a section whose category they may not see, the lead agency included.
        name: 'interview, criminal record answer, stale version', method: 'PUT', url: (s) => `${assessment('inProgress')(s)}/answers/interview`,
        body: () => ({ answers: { lgl_record: false }, version: 999 }),
        status: (v) => (conducting(409)(v) === 409 && !sees(v).has('criminal_record') ? 403 : conducting(409)(v)),
      },
      {
        name: 'specialist section, stale version', method: 'PUT', url: (s) => `${assessment('inProgress')(s)}/answers/specialist`,
        body: () => ({ answers: { ps_wellbeing: 'good' }, version: 999 }),
        status: (v) => (!hasRecord(v) ? 404 : !sees(v).has('employment') || !v.roles.includes('specialist') || !sees(v).has('health') ? 403 : 409),
      },
      {
        // A finalised assessment is read only, for everyone who may see it.
        name: 'self-assessment of the finalised one', method: 'PUT', url: (s) => `${assessment('finalised')(s)}/answers/self`,
        body: () => ({ answers: { emp_last_occupation: 'matrix' }, version: 999 }), status: needing('employment', 400),
      },
    ],
  },
  {
    route: 'GET /api/assessments/:id/comparison', allowed: READERS,
    probes: [{
      // Legal questions are not self-assessed: the comparison has no criminal record data.
      name: 'finalised', method: 'GET', url: (s) => `${assessment('finalised')(s)}/comparison`, status: needing('employment', 200),
      shows: ['employment', 'education', 'health', 'financial'],
      check: (body, v) => {
        const shown = (body as { items: { sectionId: string }[] }).items.map((i) => SECTION_CATEGORY[i.sectionId]!);
        if (shown.some((c) => !sees(v).has(c))) fail(`questions of ${sorted(new Set(shown))}`);
      },
    }],
  },
  {
    route: 'POST /api/assessments/:id/finalise', allowed: CLIENT_WORK,
    probes: [
      { name: 'stale version', method: 'POST', url: (s) => `${assessment('inProgress')(s)}/finalise`, body: () => ({ version: 999 }), status: conducting(409) },
      { name: 'already finalised', method: 'POST', url: (s) => `${assessment('finalised')(s)}/finalise`, body: () => ({ version: 999 }), status: conducting(400) },
    ],
  },
  {
    route: 'PUT /api/assessments/:id/segment', allowed: CLIENT_WORK,
    probes: [
      {
        name: 'stale version', method: 'PUT', url: (s) => `${assessment('finalised')(s)}/segment`,
        body: () => ({ segment: 'standard', reason: 'matrix', version: 999 }), status: conducting(409),
      },
      {
        name: 'not finalised', method: 'PUT', url: (s) => `${assessment('inProgress')(s)}/segment`,
        body: () => ({ segment: 'standard', reason: 'matrix', version: 999 }), status: conducting(400),
      },
    ],
  },
  {
    route: 'GET /api/people/:personId/profiling/risk', allowed: READERS,
    probes: [{
      name: 'active model', method: 'GET', url: (s) => `${person(s)}/profiling/risk`,
      status: (v) => (!hasRecord(v) ? 404 : MODEL_READS.every((c) => sees(v).has(c)) ? 200 : 403),
      check: (body) => {
        const read = new Set((body as { factors: { category: string }[] }).factors.map((f) => f.category));
        if (sorted(read) !== sorted(MODEL_READS)) fail(`factors of ${sorted(read)}`);
      },
    }],
  },
  {
    // The client's access log (its own entry is in access-matrix.casework.ts) shows an event
    // only with the categories it concerns that the viewer sees: an assessment event with
    // none would tell a viewer who may not see the assessment that there is one.
    route: 'GET /api/people/:personId/access-log', allowed: READERS,
    probes: [{
      name: 'assessment events', method: 'GET', url: (s) => `${person(s)}/access-log?limit=500`, status: reading(),
      check: (body) => {
        const bare = (body as { action: string; categories: string[] }[]).filter((e) => e.action.startsWith('assessment.') && e.categories.length === 0);
        if (bare.length) fail(`assessment events without categories: ${sorted(new Set(bare.map((e) => e.action)))}`);
      },
    }],
  },
];
