/**
 * The world the access matrix runs in: one client (P) with data in every category, each
 * piece carrying a sentinel string, and agencies in every relation to P that the policy
 * distinguishes. What each viewer may see is written out by hand below (AGENCY_SEES), not
 * computed by the policy under test, so a change to the policy that shows more fails.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { TestClient, TestContext } from '../../test/test-app';
import { READY_ANSWERS } from '../assessment/test-helpers';
import { staffAt } from '../cases/test-fixtures';
import { createLocation, createService } from '../catalogue/test-fixtures';
import { addDays, dayOf } from '../profiling/dates';
import { insertHistory } from '../profiling/test-fixtures';
import { seedConference } from './access-matrix.conference-seed';
import { seedDuty } from './access-matrix.duty-seed';
import { seedReferral } from './access-matrix.referral-seed';
import { ALL_CATEGORIES, type DataCategory, type ProcessingPurpose } from './data-categories';
import type { Role } from './roles';

export const AGENCIES = [
  'lead', 'partner', 'partnerReferral', 'partnerRefused', 'partnerWithdrawn', 'partnerExpired', 'partnerLegal', 'former', 'other',
] as const;
export type AgencyKey = (typeof AGENCIES)[number];
/** Agencies currently partners in P's open case (former left it). */
export const CURRENT_PARTNERS: readonly AgencyKey[] = ['partner', 'partnerReferral', 'partnerRefused', 'partnerWithdrawn', 'partnerExpired', 'partnerLegal'];

export const CLIENT_WORK: readonly Role[] = ['case_manager', 'specialist', 'supervisor'];
export const READERS: readonly Role[] = [...CLIENT_WORK, 'partnership_coordinator'];
export const DPO: readonly Role[] = ['data_protection_officer'];

export interface ViewerSpec {
  key: string;
  agency: AgencyKey;
  roles: Role[];
  /** A break-glass grant of this user on P. */
  breakGlass?: 'active' | 'expired';
}

const at = (agency: AgencyKey, role: Role, extra: Partial<ViewerSpec> = {}): ViewerSpec => ({ key: `${agency}.${role}`, agency, roles: [role], ...extra });
export const VIEWERS: ViewerSpec[] = [
  at('lead', 'case_manager'), at('lead', 'specialist'), at('lead', 'supervisor'), at('lead', 'partnership_coordinator'),
  at('lead', 'analyst'), at('lead', 'administrator'), at('lead', 'data_protection_officer'),
  at('partner', 'case_manager'), at('partner', 'specialist'), at('partner', 'partnership_coordinator'),
  at('partnerReferral', 'case_manager'), at('partnerRefused', 'case_manager'), at('partnerWithdrawn', 'case_manager'),
  at('partnerExpired', 'case_manager'), at('partnerLegal', 'case_manager'), at('former', 'case_manager'),
  at('other', 'case_manager'), at('other', 'data_protection_officer'),
  { key: 'other.break_glass', agency: 'other', roles: ['case_manager'], breakGlass: 'active' },
  { key: 'other.break_glass_expired', agency: 'other', roles: ['case_manager'], breakGlass: 'expired' },
];

const ORDINARY: DataCategory[] = ['identity', 'contact', 'employment', 'education', 'benefits', 'financial'];
const NONE = { case_work: [], referral: [], evaluation: [] };
const always = (c: DataCategory[]) => ({ case_work: c, referral: c, evaluation: c });

/** What client-work staff of each agency may see of P, per purpose, from the facts seeded below. */
export const AGENCY_SEES: Record<AgencyKey, Record<ProcessingPurpose, DataCategory[]>> = {
  // Public task for ordinary data; health by consent (case work only); domestic violence by legal basis.
  // (A consent for addiction data was withdrawn after P's plan was agreed: see seedPlan.)
  lead: { case_work: [...ORDINARY, 'health', 'domestic_violence'], referral: [...ORDINARY, 'domestic_violence'], evaluation: [...ORDINARY, 'domestic_violence'] },
  partner: { case_work: ['identity', 'contact', 'employment', 'addiction'], referral: [], evaluation: [] },
  partnerReferral: { case_work: [], referral: ['identity', 'education'], evaluation: [] },
  partnerRefused: NONE,
  partnerWithdrawn: NONE,
  partnerExpired: NONE,
  partnerLegal: always(['criminal_record']),
  former: NONE,
  other: NONE,
};

/** Categories of P a viewer may see for a purpose. */
export function sees(v: ViewerSpec, purpose: ProcessingPurpose = 'case_work'): Set<DataCategory> {
  if (v.roles.some((r) => CLIENT_WORK.includes(r))) {
    return new Set(v.breakGlass === 'active' ? ALL_CATEGORIES : AGENCY_SEES[v.agency][purpose]);
  }
  if (v.roles.includes('partnership_coordinator')) {
    return new Set(AGENCY_SEES[v.agency][purpose].filter((c) => c === 'identity' || c === 'contact'));
  }
  return new Set();
}

export const hasRecord = (v: ViewerSpec, purpose: ProcessingPurpose = 'case_work') => sees(v, purpose).size > 0;
/** The lead agency with the record visible: it records consent and sees every consent and basis. */
export const worksWithClient = (v: ViewerSpec) => v.agency === 'lead' && hasRecord(v);
export const isPartner = (v: ViewerSpec) => CURRENT_PARTNERS.includes(v.agency) && hasRecord(v);
export const breakGlassActive = (v: ViewerSpec) => v.breakGlass === 'active' && hasRecord(v);

/** Records other than P's own data, each shown only to some viewers. */
export type RecordKey = 'householdMember' | 'linkedRecord' | `consent.${AgencyKey}` | `legalBasis.${AgencyKey}` | `planAction.${SensitiveAction}`;
/** Actions of P's plan in a special category (see seedPlan). */
export type SensitiveAction = 'health' | 'addiction';
export const CONSENTING: readonly AgencyKey[] = ['lead', 'partner', 'partnerReferral', 'partnerRefused', 'partnerWithdrawn', 'partnerExpired', 'former'];
export const LEGAL_BASES: readonly AgencyKey[] = ['lead', 'partnerLegal'];

export function seesRecord(v: ViewerSpec, key: RecordKey, purpose: ProcessingPurpose = 'case_work'): boolean {
  // Q (household member) was registered by the lead agency; R (linked duplicate) by the other one.
  if (key === 'householdMember') return sees(v, purpose).has('identity') && v.agency === 'lead';
  if (key === 'linkedRecord') return sees(v, purpose).has('identity') && v.agency === 'other';
  // A plan action of a special category: the plan (employment) and the action's own category.
  if (key.startsWith('planAction.')) return sees(v, purpose).has('employment') && sees(v, purpose).has(key.split('.')[1] as DataCategory);
  const [, agency] = key.split('.') as [string, AgencyKey];
  // Consent registers and legal bases: all for the agency working with the client (and
  // break-glass), a partner only what is addressed to its own agency.
  return worksWithClient(v) || breakGlassActive(v) || (isPartner(v) && v.agency === agency);
}

/** Strings planted in P's data, per category: none may appear in a response to a viewer without the category. */
export const SENTINELS: Record<DataCategory, string[]> = Object.fromEntries(
  ALL_CATEGORIES.map((c) => [c, [`NOTESENT-${c}`, `EVTSENT-${c}`]]),
) as Record<DataCategory, string[]>;
SENTINELS.identity.push('Idsentgiven', 'Idsentfamily', 'IDSENTDOC');
SENTINELS.contact.push('Ctsent street 7', 'ctsent@example.org', '37499000777');
SENTINELS.education.push('EDUSENTDOC');
SENTINELS.employment.push('EMPSENTDOC', '2003-07-19');
SENTINELS.benefits.push('98765.43');
SENTINELS.health.push('HLTSENTDOC');
// P's assessments: free-text answers, the override reason (employment, like the whole
// assessment), and ids of questions answered in sections of special categories.
SENTINELS.employment.push('ASMSENT-employment', 'ASMSELF-employment', 'ASMREASON-employment');
SENTINELS.education.push('ASMSENT-education', 'ASMSELF-education');
SENTINELS.health.push('ASMSENT-health', 'hl_limits_work', 'ps_wellbeing');
SENTINELS.financial.push('hs_situation');
SENTINELS.criminal_record.push('lgl_record');
// P's action plan: action titles and progress results (an action of a special category is
// data of that category), and the codes of the barriers the plan was built on.
SENTINELS.employment.push('PLANSENT-employment');
SENTINELS.health.push('PLANSENT-health', 'PLANRES-health', 'health_limitation', 'psychological_difficulties');
SENTINELS.addiction.push('PLANSENT-addiction', 'PLANRES-addiction');
SENTINELS.financial.push('housing_insecurity');

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const evidence = (a: AgencyKey) => Buffer.from(`%PDF-1.4 consent-${a}-content`);

/**
 * What marks each record in a response: its content (names, free text: never in the audit
 * trail either) and its references (ids, hashes: the audit trail may hold these).
 */
export interface RecordMarks {
  content: string[];
  refs: string[];
}

export interface Scenario {
  personId: string;
  caseId: string;
  householdId: string;
  linkId: string;
  /** R: the record flagged as P's duplicate. */
  linkedPersonId: string;
  grantId: string;
  /** P's assessments: one finalised (the counsellor overrode the rules), a re-assessment in progress. */
  assessments: { finalised: string; inProgress: string };
  documents: { passport: string; disability: string };
  /** P's action plan: version 1 signed, version 2 a draft from a review (see seedPlan). */
  plan: { id: string; actions: Record<'employment' | SensitiveAction, string>; suggestions: Record<'accepted' | 'ignored' | 'pending', string> };
  /** A conference on P's case every viewer is invited to (see seedConference); userId: a participant. */
  conference: { id: string; agendaItemId: string; userId: string };
  /** P's notification duty from the lead agency to the partner, sent (see seedDuty). */
  duty: { id: string };
  /** P's referral from the lead agency to partnerReferral, sent, carrying identity and education (see seedReferral). */
  referral: { id: string; serviceId: string };
  notes: Record<DataCategory, string>;
  consents: Partial<Record<AgencyKey, string>>;
  legalBases: Partial<Record<AgencyKey, string>>;
  agencies: Record<AgencyKey, string>;
  leadCaseManagerId: string;
  clients: Map<string, TestClient>;
  records: Map<RecordKey, RecordMarks>;
}

const ok = async <T = { id: string; onedoorId: string }>(res: Promise<{ statusCode: number; body: string; json: <U>() => U }>, status: number) => {
  const r = await res;
  if (r.statusCode !== status) throw new Error(`scenario step failed (${r.statusCode}): ${r.body}`);
  return r.json<T>();
};

export async function seedScenario(ctx: TestContext): Promise<Scenario> {
  const now = ctx.clock.now();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const HOUR = 3_600_000;
  const agencies = {} as Record<AgencyKey, string>;
  for (const a of AGENCIES) agencies[a] = (await ctx.createStaff(['analyst'])).agencyId;
  const clients = new Map<string, TestClient>();
  const userIds = new Map<string, string>();
  for (const v of VIEWERS) {
    const staff = await staffAt(ctx, agencies[v.agency], v.roles);
    clients.set(v.key, staff);
    userIds.set(v.key, staff.userId);
  }
  const lead = clients.get('lead.case_manager')!;
  const leadCaseManagerId = userIds.get('lead.case_manager')!;

  const person = await ok(lead.post('/api/people', {
    givenName: 'Idsentgiven', familyName: 'Idsentfamily', sex: 'female', birthDate: '1980-02-02', phone: '+37499000777',
    email: 'ctsent@example.org', address: 'Ctsent street 7', municipalityCode: 'AM-ER-YEREVAN', educationLevel: 'bachelor',
  }), 201);
  const personId = person.id;

  const consents: Scenario['consents'] = {};
  const consent = async (a: AgencyKey, categories: DataCategory[], purposes: ProcessingPurpose[], over: Record<string, unknown> = {}) => {
    const row = await ctx.db.insertInto('consent_record').values({
      person_id: personId, recipient_agency_id: agencies[a], data_categories: categories, purposes, decision: 'given',
      valid_from: ago(24 * HOUR), recorded_by: leadCaseManagerId, recorded_by_agency_id: agencies.lead, recorded_at: ago(24 * HOUR),
      evidence_type: 'signed_form', evidence_file_name: `consent-${a}.pdf`, evidence_content_type: 'application/pdf',
      evidence_content: evidence(a), evidence_sha256: sha(evidence(a)), notice_language: 'hy', ...over,
    }).returning('id').executeTakeFirstOrThrow();
    consents[a] = row.id;
  };
  await consent('lead', ['health'], ['case_work']);
  await consent('partner', ['identity', 'contact', 'employment', 'addiction'], ['case_work']);
  await consent('partnerReferral', ['identity', 'education'], ['referral']);
  await consent('partnerWithdrawn', ['identity', 'employment'], ['case_work'], { withdrawn_at: ago(HOUR), withdrawal_reason: 'changed mind' });
  await consent('partnerExpired', ['identity', 'employment'], ['case_work'], { valid_from: ago(48 * HOUR), valid_until: ago(HOUR) });
  await consent('former', ['identity', 'employment'], ['case_work']);

  const legalBases: Scenario['legalBases'] = {};
  legalBases.lead = (await ctx.db.insertInto('legal_basis').values({
    person_id: personId, agency_id: agencies.lead, data_categories: ['domestic_violence'], basis: 'legal_obligation', reference: 'LBREF-lead',
    recorded_by: leadCaseManagerId, valid_from: ago(24 * HOUR),
  }).returning('id').executeTakeFirstOrThrow()).id;

  const doc = (documentType: string, number: string) => ok(lead.post(`/api/people/${personId}/documents`, { documentType, number }), 201);
  const passport = await doc('passport', 'IDSENTDOC');
  await doc('diploma', 'EDUSENTDOC');
  await doc('employment_record', 'EMPSENTDOC');
  const disability = await doc('disability_certificate', 'HLTSENTDOC');
  await ok(lead.put(`/api/people/${personId}`, { disability: true, version: 1 }), 200);
  await ctx.db.insertInto('unemployment_spell').values({ person_id: personId, started_on: '2003-07-19' }).execute();
  await ctx.db.insertInto('benefit_receipt').values({ person_id: personId, benefit_type: 'social_assistance', started_on: '2019-01-01', monthly_amount: '98765.43' }).execute();

  const notes = {} as Record<DataCategory, string>;
  for (const c of ALL_CATEGORIES) {
    const row = await ctx.db.insertInto('person_note').values({
      person_id: personId, agency_id: agencies.lead, author_id: leadCaseManagerId, data_category: c,
      body_encrypted: ctx.services.encryptor.encrypt(`NOTESENT-${c}`), created_at: now, updated_at: now,
    }).returning('id').executeTakeFirstOrThrow();
    notes[c] = row.id;
  }

  const { id: caseId } = await ctx.db.insertInto('client_case')
    .values({ person_id: personId, lead_agency_id: agencies.lead, case_manager_id: leadCaseManagerId, opened_at: ago(24 * HOUR) })
    .returning('id').executeTakeFirstOrThrow();
  for (const a of [...CURRENT_PARTNERS, 'former' as const]) {
    await ctx.db.insertInto('case_partner')
      .values({ case_id: caseId, agency_id: agencies[a], joined_at: ago(24 * HOUR), left_at: a === 'former' ? ago(HOUR) : null })
      .execute();
  }
  for (const c of ALL_CATEGORIES) {
    await ctx.db.insertInto('case_event').values({
      case_id: caseId, at: ago(2 * HOUR), agency_id: agencies.lead, actor_user_id: leadCaseManagerId, event_type: 'matrix.probe',
      data_category: c, details: JSON.stringify({ marker: `EVTSENT-${c}` }),
    }).execute();
  }

  // Recorded through the API once the case exists, so their events reach the case timeline.
  consents.partnerRefused = (await ok(lead.post(`/api/people/${personId}/consents`, {
    recipientAgencyId: agencies.partnerRefused, dataCategories: ['identity', 'employment'], purposes: ['case_work'], decision: 'refused',
    evidenceType: 'signed_form', noticeLanguage: 'hy',
    evidence: { fileName: 'refusal.pdf', contentType: 'application/pdf', contentBase64: evidence('partnerRefused').toString('base64') },
  }), 201)).id;
  legalBases.partnerLegal = (await ok(clients.get('lead.supervisor')!.post(`/api/people/${personId}/legal-bases`, {
    agencyId: agencies.partnerLegal, dataCategories: ['criminal_record'], basis: 'court_order', reference: 'LBREF-partnerLegal',
  }), 201)).id;

  // Q lives with P; R is flagged as P's duplicate but registered elsewhere.
  const q = await ok(lead.post('/api/people', { givenName: 'Hhsentgiven', familyName: 'Hhsentfamily', sex: 'male', birthDate: '2010-03-03' }), 201);
  const household = await ok(lead.post('/api/households', { personId, joinedOn: '2020-01-01' }), 201);
  await ok(lead.post(`/api/households/${household.id}/members`, { personId: q.id, relationship: 'child', joinedOn: '2020-01-01' }), 200);
  const other = clients.get('other.case_manager')!;
  const r = await ok(other.post('/api/people', { givenName: 'Lnksentgiven', familyName: 'Lnksentfamily', sex: 'female', birthDate: '1980-02-02' }), 201);
  const link = await ctx.db.insertInto('person_link')
    .values({ person_id: personId, duplicate_person_id: r.id, status: 'suspected', flagged_by: userIds.get('other.case_manager')!, flagged_at: ago(HOUR), reason: 'same birth date' })
    .returning('id').executeTakeFirstOrThrow();

  const grant = async (key: string, grantedAt: Date) =>
    ctx.db.insertInto('break_glass_grant')
      .values({ user_id: userIds.get(key)!, person_id: personId, reason: 'Client collapsed at the office; need medical info', granted_at: grantedAt, expires_at: new Date(grantedAt.getTime() + HOUR) })
      .returning('id').executeTakeFirstOrThrow();
  const active = await grant('other.break_glass', ago(HOUR / 4));
  await grant('other.break_glass_expired', ago(3 * HOUR));

  const assessments = await seedAssessments(ctx, caseId, clients);
  const plan = await seedPlan(ctx, { personId, caseId, agencies, clients, leadCaseManagerId });
  await seedRiskModel(ctx, agencies.other);
  const conference = await seedConference(ctx, { caseId, clients, userIds });
  const duty = await seedDuty(ctx, { caseId, personId, agencies });
  const referral = await seedReferral(ctx, { caseId, agencies, clients });

  return {
    personId, caseId, householdId: household.id, linkId: link.id, linkedPersonId: r.id, grantId: active.id, assessments, plan: plan.ids, conference, duty, referral,
    documents: { passport: passport.id, disability: disability.id }, notes, consents, legalBases, agencies, leadCaseManagerId,
    clients,
    records: new Map<RecordKey, RecordMarks>([
      ['householdMember', { content: ['Hhsentgiven', 'Hhsentfamily'], refs: [q.id, q.onedoorId] }],
      ['linkedRecord', { content: ['Lnksentgiven', 'Lnksentfamily'], refs: [r.id, r.onedoorId] }],
      ...CONSENTING.map((a): [RecordKey, RecordMarks] => [`consent.${a}`, { content: [`consent-${a}-content`], refs: [consents[a]!, sha(evidence(a))] }]),
      ...LEGAL_BASES.map((a): [RecordKey, RecordMarks] => [`legalBasis.${a}`, { content: [`LBREF-${a}`], refs: [legalBases[a]!] }]),
      // Their titles and results are sentinels of their categories; their ids and services mark them too.
      ...(['health', 'addiction'] as const).map((c): [RecordKey, RecordMarks] => [`planAction.${c}`, { content: [], refs: [plan.ids.actions[c], plan.services[c]] }]),
    ]),
  };
}

/**
 * P's assessments through the API, answered in sections of several categories. The legal
 * section (criminal record) is planted directly: only the lead agency conducts the
 * interview, and it has no basis for criminal records.
 */
async function seedAssessments(ctx: TestContext, caseId: string, clients: Map<string, TestClient>) {
  const lead = clients.get('lead.case_manager')!;
  const specialist = clients.get('lead.specialist')!;
  const conduct = async (health: string) => {
    const { id } = await ok(lead.post(`/api/cases/${caseId}/assessments`), 201);
    await ctx.db.updateTable('assessment_answer_set').set({ answers: JSON.stringify({ lgl_record: true }) })
      .where('assessment_id', '=', id).where('part', '=', 'interview').execute();
    const save = (by: TestClient, part: string, answers: Record<string, unknown>) => ok(by.put(`/api/assessments/${id}/answers/${part}`, { answers, version: 1 }), 200);
    await save(lead, 'interview', {
      ...READY_ANSWERS, emp_last_occupation: 'ASMSENT-employment', sk_wishes: 'ASMSENT-education', hl_limits_work: health, hs_situation: 'temporary',
    });
    await save(lead, 'self', { emp_last_occupation: 'ASMSELF-employment', sk_wishes: 'ASMSELF-education', hl_limits_work: 'somewhat', hs_situation: 'renting' });
    await save(specialist, 'specialist', { ps_wellbeing: 'serious', ps_notes: 'ASMSENT-health' });
    return id;
  };
  // Two serious health barriers: the rules say specialist support; the counsellor chose otherwise.
  const finalised = await conduct('severely');
  await ok(lead.post(`/api/assessments/${finalised}/finalise`, { version: 1 }), 200);
  await ok(lead.put(`/api/assessments/${finalised}/segment`, { segment: 'intensive', reason: 'ASMREASON-employment', version: 2 }), 200);
  const inProgress = await conduct('no');
  // The timeline probe expects exactly one event per category.
  await ctx.db.deleteFrom('case_event').where('case_id', '=', caseId).where('event_type', 'like', 'assessment.%').execute();
  return { finalised, inProgress };
}

/**
 * P's action plan, started by the lead agency from its finalised assessment. Version 1 has
 * an ordinary action (employment), one using a health service (the lead agency may see
 * health data by consent) and one using the partner's addiction programme, owned by the
 * partner: the client let the lead agency see addiction data while the plan was agreed,
 * and has withdrawn that since, so now only the partner (and break-glass) sees it. Signed
 * once, progress recorded on the health and addiction actions, then reviewed into a draft
 * (version 2) that moves every action and has the ordinary one work on more barriers.
 * Services were suggested: one accepted into the draft, one ignored, one pending.
 */
async function seedPlan(
  ctx: TestContext,
  p: { personId: string; caseId: string; agencies: Record<AgencyKey, string>; clients: Map<string, TestClient>; leadCaseManagerId: string },
) {
  const { agencies, clients } = p;
  const lead = clients.get('lead.case_manager')!;
  const today = dayOf(ctx.clock.now());
  const day = (n: number) => addDays(today, n);
  // A service of each provider agency per [type, name, barriers it addresses]; the ids by key.
  const provider = async <K extends string>(key: string, services: Record<K, [string, string, string[]]>) => {
    const by = clients.get(key)!;
    const where = [await createLocation(by)];
    const ids = {} as Record<K, string>;
    for (const [k, [type, name, barriers]] of Object.entries(services) as [K, [string, string, string[]]][]) {
      ids[k] = (await createService(by, where, { name: { en: name }, type, barriers, languages: ['hy'] })).id;
    }
    return ids;
  };
  const { health, housing, mentoring } = await provider('lead.partnership_coordinator', {
    health: ['health', 'Psychological counselling', ['psychological_difficulties']], housing: ['housing', 'Housing advice', ['housing_insecurity']],
    mentoring: ['mentoring', 'Job mentoring', ['psychological_difficulties']],
  });
  const { addiction, training } = await provider('partner.partnership_coordinator', {
    addiction: ['addiction', 'Outpatient programme', []], training: ['training', 'Part-time bookkeeping course', ['health_limitation']],
  });

  const { id: addictionConsent } = await ctx.db.insertInto('consent_record').values({
    person_id: p.personId, recipient_agency_id: agencies.lead, data_categories: ['addiction'], purposes: ['case_work'], decision: 'given',
    valid_from: new Date(ctx.clock.now().getTime() - 3_600_000), recorded_by: p.leadCaseManagerId, recorded_by_agency_id: agencies.lead,
    recorded_at: new Date(ctx.clock.now().getTime() - 3_600_000), evidence_type: 'verbal_witnessed', notice_language: 'hy',
  }).returning('id').executeTakeFirstOrThrow();

  type Action = { id: string; kind: string; title: string; owner: object; service: { id: string } | null; target: object | null; addressesBarriers: string[]; category: string };
  type View = { id: string; version: number; current: { content: { actions: Action[] } } };
  let plan = await ok<View>(lead.post(`/api/cases/${p.caseId}/plan`), 201);
  const action = (kind: string, title: string, owner: object, dueOn: string, over: object = {}) => ({ kind, title, owner, dueOn, ...over });
  const content = (actions: object[]) => ({
    assessmentSummary: 'Ready for work once housing is settled.', goal: { type: 'job_same_occupation', description: 'Bookkeeper' },
    socialGoals: [{ type: 'housing_secured' }], minimumOffer: 'A meeting with the case manager every month.',
    actions, obligations: [{ party: 'client', text: 'Send four applications a month', target: { count: 4, per: 'month' } }],
    reviewEveryWeeks: 4, nextReviewOn: day(28),
  });
  const save = async (actions: object[]) => {
    plan = await ok<View>(lead.put(`/api/plans/${plan.id}/draft`, { content: content(actions), version: plan.version }), 200);
  };
  await save([
    action('job_search_agreement', 'PLANSENT-employment applications', { party: 'client' }, day(30), { target: { count: 4, per: 'month' }, addressesBarriers: ['housing_insecurity'] }),
    action('treatment_or_social_service', 'PLANSENT-health counselling', { party: 'client' }, day(20), { serviceId: health, addressesBarriers: ['psychological_difficulties'] }),
    action('treatment_or_social_service', 'PLANSENT-addiction programme', { party: 'partner_agency', agencyId: agencies.partner }, day(25), { serviceId: addiction }),
  ]);
  const byCategory = (c: string) => plan.current.content.actions.find((a) => a.category === c)?.id ?? fail(`no ${c} action: ${JSON.stringify(plan.current.content.actions)}`);
  const ids = { employment: byCategory('employment'), health: byCategory('health'), addiction: byCategory('addiction') };
  plan = await ok<View>(lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Idsentgiven Idsentfamily', version: plan.version }), 200);

  const progress = async (by: TestClient, actionId: string, result: string) => {
    plan = await ok<View>(by.put(`/api/plans/${plan.id}/actions/${actionId}/progress`, { status: 'in_progress', result, version: plan.version }), 200);
  };
  await progress(lead, ids.health, 'PLANRES-health');
  await progress(clients.get('partner.case_manager')!, ids.addiction, 'PLANRES-addiction');

  plan = await ok<View>(lead.post(`/api/plans/${plan.id}/reviews`, { note: 'First monthly review', version: plan.version }), 200);
  const moved = (id: string, dueOn: string, over: object = {}) => {
    const a = plan.current.content.actions.find((x) => x.id === id)!;
    return { id, kind: a.kind, title: a.title, owner: a.owner, serviceId: a.service?.id ?? null, target: a.target, addressesBarriers: a.addressesBarriers, category: a.category, dueOn, ...over };
  };
  await save([
    moved(ids.employment, day(35), { addressesBarriers: ['housing_insecurity', 'health_limitation'] }), moved(ids.health, day(21)), moved(ids.addiction, day(26)),
  ]);
  await ctx.db.updateTable('consent_record').set({ withdrawn_at: ctx.clock.now(), withdrawal_reason: 'changed mind' }).where('id', '=', addictionConsent).execute();

  const suggested = await ok<{ id: string; version: number; service: { id: string } }[]>(lead.get(`/api/plans/${plan.id}/suggestions`), 200);
  const suggestion = (serviceId: string) => suggested.find((x) => x.service.id === serviceId) ?? fail(`no suggestion of ${serviceId}: ${JSON.stringify(suggested)}`);
  plan = await ok<View>(lead.post(`/api/plans/${plan.id}/suggestions/${suggestion(training).id}/accept`, { version: plan.version, dueOn: day(40) }), 200);
  const ignored = suggestion(housing);
  const res = await lead.post(`/api/plans/${plan.id}/suggestions/${ignored.id}/ignore`, { version: ignored.version });
  if (res.statusCode !== 204) throw new Error(`scenario step failed (${res.statusCode}): ${res.body}`);
  return {
    ids: { id: plan.id, actions: ids, suggestions: { accepted: suggestion(training).id, ignored: ignored.id, pending: suggestion(mentoring).id } },
    services: { health, addiction },
  };
}

const fail = (message: string): never => {
  throw new Error(`scenario step failed: ${message}`);
};

/** An active risk model that reads disability (health) besides ordinary data, trained on a small synthetic history. */
async function seedRiskModel(ctx: TestContext, agencyId: string) {
  const actor = { label: 'matrix' };
  await ctx.services.profiling.setAttribute(actor, 'disability', { included: true, reason: 'matrix: a model reading health data', version: 1 }, 'en');
  await insertHistory(ctx.db, { count: 120, seed: 3, asOf: dayOf(ctx.clock.now()), agencyId, prefix: 'MX' });
  const minimums = { training: 1, trainingPerOutcome: 1, heldOut: 1, heldOutPerOutcome: 1 };
  await ctx.services.profiling.train(actor, { activate: true, minimums }, 'en');
}

/** An id nothing has: requests naming it reach the domain checks after the access checks. */
export const UNKNOWN_ID = randomUUID();
