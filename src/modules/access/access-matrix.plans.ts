/**
 * Access-matrix entries of the action plan. A plan is employment data as a whole (404
 * without the record, 403 without employment); an action of a special category (P's plan
 * has one using a health service and one using the partner's addiction programme) is
 * shown only with its own category — not in the plan, a version, the diff, a progress
 * history or the PDF — and a barrier, or an action's reference to it, only with the
 * barrier's category. Agreeing the plan (starting it, the draft, reviews, the signature,
 * suggestions) is the lead agency's; progress on an action also the partner's that owns it.
 */
import type { DataCategory } from './data-categories';
import { CLIENT_WORK, hasRecord, READERS, sees, type AgencyKey, type RecordKey, type Scenario, type ViewerSpec } from './access-matrix.scenario';
import { caseUrl, fail, needing, person, reading, sorted, type MatrixEntry } from './access-matrix.probes';

const plan = (s: Scenario) => `/api/plans/${s.plan.id}`;
const action = (which: keyof Scenario['plan']['actions']) => (s: Scenario) => `${plan(s)}/actions/${s.plan.actions[which]}/progress`;

/** The record, then employment (the plan), then the lead agency agrees it. */
const agreeing = (ok: number) => (v: ViewerSpec) => (!hasRecord(v) ? 404 : !sees(v).has('employment') || v.agency !== 'lead' ? 403 : ok);

/** P's plan actions by category (seedPlan), each owned by the client or a partner agency. */
const ACTIONS = { employment: null, health: null, addiction: 'partner' } as const satisfies Record<keyof Scenario['plan']['actions'], AgencyKey | null>;
/** Barriers of the assessment the plan was built on, with their categories, written out by hand. */
const BARRIER_CATEGORY: Record<string, DataCategory> = {
  health_limitation: 'health', psychological_difficulties: 'health', criminal_record: 'criminal_record', housing_insecurity: 'financial',
};
const SENSITIVE: RecordKey[] = ['planAction.health', 'planAction.addiction'];
const visibleBarriers = (v: ViewerSpec) => Object.keys(BARRIER_CATEGORY).filter((code) => sees(v).has(BARRIER_CATEGORY[code]!));

interface Version {
  signature: { signedName: string } | null;
  content: { actions: { id: string; category: string; addressesBarriers: string[] }[]; assessment: { barriers: { code: string; category: string }[] } | null };
}

/** Actions and barriers exactly as the viewer's categories allow, and no action naming a hidden barrier. */
function checkVersion(view: Version, v: ViewerSpec) {
  const categories = new Set(view.content.actions.map((a) => a.category));
  const expected = Object.keys(ACTIONS).filter((c) => sees(v).has(c as DataCategory));
  if (sorted(categories) !== sorted(expected)) fail(`actions of ${sorted(categories)}`);
  const barriers = view.content.assessment?.barriers ?? [];
  if (sorted(barriers.map((b) => b.code)) !== sorted(visibleBarriers(v))) fail(`barriers ${sorted(barriers.map((b) => b.code))}`);
  for (const b of barriers) if (BARRIER_CATEGORY[b.code] !== b.category) fail(`barrier ${b.code} is ${b.category}`);
  const named = view.content.actions.flatMap((a) => a.addressesBarriers).filter((code) => !visibleBarriers(v).includes(code));
  if (named.length) fail(`actions address hidden barriers ${sorted(new Set(named))}`);
  if (view.signature && (view.signature.signedName !== '') !== sees(v).has('identity')) fail(`signed name "${view.signature.signedName}"`);
}

/** Progress on an action: the record, the plan (403), the action's category (404), then the lead agency or the partner that owns it. */
const progressing = (which: keyof typeof ACTIONS, ok: number) => (v: ViewerSpec) =>
  !hasRecord(v) ? 404 : !sees(v).has('employment') ? 403 : !sees(v).has(which as DataCategory) ? 404 : v.agency === 'lead' || v.agency === ACTIONS[which] ? ok : 403;

/** Categories a plan can show: the plan, its actions, the barriers it was built on, and identity (the client's name). */
const PLAN_SHOWS: readonly DataCategory[] = ['employment', 'health', 'addiction', 'financial', 'criminal_record', 'identity'];

const stale = { version: 999 };
const draft = {
  content: { goal: null, actions: [], reviewEveryWeeks: 4, nextReviewOn: '2099-01-01' }, ...stale,
};

export const planEntries: MatrixEntry[] = [
  {
    route: 'POST /api/cases/:caseId/plan', allowed: CLIENT_WORK,
    probes: [{ name: 'already started', method: 'POST', url: (s) => `${caseUrl(s)}/plan`, status: agreeing(409) }],
  },
  {
    route: 'GET /api/cases/:caseId/plan', allowed: READERS,
    probes: [{
      name: 'the draft under review', method: 'GET', url: (s) => `${caseUrl(s)}/plan`, status: needing('employment', 200),
      shows: ['employment', 'health', 'addiction', 'financial'], showsRecords: SENSITIVE,
      check: (body, v) => {
        const view = body as { current: Version & { number: number }; inForce: number | null; versions: unknown[]; quality: { barriers: { code: string }[]; barriersTotal: number } };
        if (view.current.number !== 2 || view.inForce !== 1 || view.versions.length !== 2) fail('version 2 drafted, version 1 in force expected');
        checkVersion(view.current, v);
        if (sorted(view.quality.barriers.map((b) => b.code)) !== sorted(visibleBarriers(v)) || view.quality.barriersTotal !== visibleBarriers(v).length) fail('quality counts hidden barriers');
      },
    }],
  },
  {
    route: 'GET /api/plans/:id/versions/:number', allowed: READERS,
    probes: [
      ...([[1, 'signed'], [2, 'draft']] as const).map(([number, what]) => ({
        name: what, method: 'GET' as const, url: (s: Scenario) => `${plan(s)}/versions/${number}`, status: needing('employment', 200),
        // The signed version shows the client's signed name (P's name: identity).
        shows: [...(number === 1 ? ['identity'] : []), 'employment', 'health', 'addiction', 'financial'] as DataCategory[], showsRecords: SENSITIVE,
        check: (body: unknown, v: ViewerSpec) => checkVersion(body as Version, v),
      })),
      { name: 'no such version', method: 'GET', url: (s) => `${plan(s)}/versions/3`, status: needing('employment', 404) },
    ],
  },
  {
    route: 'GET /api/plans/:id/diff', allowed: READERS,
    probes: [{
      // The review moved every action and had the ordinary one work on a health barrier too.
      name: 'signed version to the draft', method: 'GET', url: (s) => `${plan(s)}/diff?from=1&to=2`, status: needing('employment', 200),
      shows: ['employment', 'health', 'addiction'], showsRecords: SENSITIVE,
      check: (body, v, s) => {
        const paths = (body as { changes: { path: string }[] }).changes.map((c) => c.path);
        for (const [which, id] of Object.entries(s.plan.actions)) {
          if (paths.includes(`actions.${id}.dueOn`) !== sees(v).has(which as DataCategory)) fail(`due date of the ${which} action`);
        }
        if (paths.includes(`actions.${s.plan.actions.employment}.addressesBarriers`) !== sees(v).has('health')) fail('barriers of the ordinary action');
      },
    }],
  },
  {
    route: 'PUT /api/plans/:id/draft', allowed: CLIENT_WORK,
    probes: [{ name: 'stale version', method: 'PUT', url: (s) => `${plan(s)}/draft`, body: () => draft, status: agreeing(409) }],
  },
  {
    route: 'POST /api/plans/:id/reviews', allowed: CLIENT_WORK,
    probes: [{ name: 'a draft exists', method: 'POST', url: (s) => `${plan(s)}/reviews`, body: () => ({ note: 'matrix', ...stale }), status: agreeing(400) }],
  },
  {
    route: 'POST /api/plans/:id/sign', allowed: CLIENT_WORK,
    probes: [{
      name: 'stale version', method: 'POST', url: (s) => `${plan(s)}/sign`, body: () => ({ method: 'paper', signedName: 'Matrix Probe', ...stale }), status: agreeing(409),
    }],
  },
  {
    route: 'PUT /api/plans/:id/actions/:actionId/progress', allowed: CLIENT_WORK,
    probes: (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map((which) => ({
      name: `${which} action, stale version`, method: 'PUT' as const, url: action(which), body: () => ({ status: 'in_progress', ...stale }),
      status: progressing(which, 409),
    })),
  },
  {
    route: 'GET /api/plans/:id/actions/:actionId/progress', allowed: READERS,
    probes: (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map((which) => ({
      name: `${which} action`, method: 'GET' as const, url: action(which),
      status: (v: ViewerSpec) => (!hasRecord(v) ? 404 : !sees(v).has('employment') ? 403 : sees(v).has(which as DataCategory) ? 200 : 404),
      // Progress was recorded on the health and addiction actions, each with a result of its category.
      shows: which === 'employment' ? [] : [which as DataCategory],
      check: (body: unknown) => (body as unknown[]).length === (which === 'employment' ? 0 : 1) || fail(`${(body as unknown[]).length} progress records`),
    })),
  },
  {
    route: 'GET /api/plans/:id/suggestions', allowed: CLIENT_WORK,
    probes: [{
      name: 'ranked', method: 'GET', url: (s) => `${plan(s)}/suggestions`, status: agreeing(200),
      check: (body, _v, s) => {
        const list = body as { id: string; decision: string }[];
        const decided = (id: string) => list.find((x) => x.id === id)?.decision;
        // Services in the plan are not suggested again: the accepted one is now an action.
        if (decided(s.plan.suggestions.pending) !== 'pending' || decided(s.plan.suggestions.ignored) !== 'ignored' || decided(s.plan.suggestions.accepted)) {
          fail(`suggestions ${JSON.stringify(list.map((x) => [x.id, x.decision]))}`);
        }
      },
    }],
  },
  ...(['accept', 'ignore'] as const).map((verb): MatrixEntry => ({
    route: `POST /api/plans/:id/suggestions/:suggestionId/${verb}`, allowed: CLIENT_WORK,
    probes: [
      {
        name: 'pending, stale version', method: 'POST', url: (s) => `${plan(s)}/suggestions/${s.plan.suggestions.pending}/${verb}`, body: () => stale,
        status: agreeing(409),
      },
      {
        name: 'decided already', method: 'POST', url: (s) => `${plan(s)}/suggestions/${s.plan.suggestions[verb === 'accept' ? 'accepted' : 'ignored']}/${verb}`,
        body: () => stale, status: agreeing(400),
      },
    ],
  })),
  {
    route: 'GET /api/plans/:id/versions/:number/pdf', allowed: READERS,
    // In English as asked, and in the client's language (Armenian: P has none recorded).
    probes: ([[1, 'signed', '?lang=en', 'Individual action plan'], [2, 'draft', '', 'Անհատական գործողությունների պլան']] as const).map(([number, what, query, title]) => ({
      name: what, method: 'GET' as const, url: (s: Scenario) => `${plan(s)}/versions/${number}/pdf${query}`, status: needing('employment', 200),
      // The client's name heads the printout; barriers are printed by their labels.
      shows: ['identity', 'employment', 'health', 'addiction'] as DataCategory[],
      check: (text: unknown) => (text as string).includes(title) || fail('not the plan'),
    })),
  },
  {
    // The case timeline (its own entry is in access-matrix.casework.ts): plan events carry the
    // plan's category (employment), progress on an action the action's.
    route: 'GET /api/cases/:id/timeline', allowed: READERS,
    probes: [{
      name: 'plan events', method: 'GET', url: (s) => `${caseUrl(s)}/timeline?limit=200`, status: reading(),
      check: (body, v) => {
        const events = (body as { items: { type: string; dataCategory: string | null }[] }).items.filter((e) => e.type.startsWith('plan.'));
        const shown = sorted(events.map((e) => `${e.type}:${e.dataCategory}`));
        const expected = [
          ...(sees(v).has('employment') ? ['plan.created:employment', 'plan.signed:employment', 'plan.review_started:employment'] : []),
          ...(['health', 'addiction'] as const).filter((c) => sees(v).has(c)).map((c) => `plan.action_progress:${c}`),
        ];
        if (shown !== sorted(expected)) fail(`plan events ${shown}`);
      },
    }],
  },
  {
    // Runs after the plan's reads above: every read and change of the plan is in the client's
    // access log with the categories it concerned, so it is shown only to those who may see one.
    route: 'GET /api/people/:personId/access-log', allowed: READERS,
    probes: [{
      name: 'plan events', method: 'GET', url: (s) => `${person(s)}/access-log?limit=500`, status: reading(),
      check: (body) => {
        const bare = (body as { action: string; categories: string[] }[]).filter((e) => e.action.startsWith('plan.') && e.categories.length === 0);
        if (bare.length) fail(`plan events without categories: ${sorted(new Set(bare.map((e) => e.action)))}`);
      },
    }],
  },
  {
    // The audit trail records what each plan event showed or changed: the plan, the actions
    // and barriers in it, the client's name where printed or signed; not everything the viewer may see.
    route: 'GET /api/audit/events', allowed: ['data_protection_officer'],
    probes: [{
      name: 'plan events', method: 'GET', url: () => '/api/audit/events?limit=500&action=plan.', status: () => 200, refsVisible: true,
      check: (body) => {
        const events = body as { action: string; details: { categories?: string[] } }[];
        if (events.length < 20) fail(`${events.length} plan events`);
        for (const e of events) {
          const categories = e.details.categories ?? [];
          const beyond = categories.filter((c) => !PLAN_SHOWS.includes(c as DataCategory));
          if (!categories.length || beyond.length) fail(`${e.action} names ${sorted(categories)}`);
          if (e.action !== 'plan.action.progress' && !categories.includes('employment')) fail(`${e.action} without the plan's category: ${sorted(categories)}`);
        }
      },
    }],
  },
];
