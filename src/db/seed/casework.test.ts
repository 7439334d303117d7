import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient, type TestContext } from '../../test/test-app';
import { DEMO_PASSWORD, seedDemo } from './index';
import { SHOWCASE_LOGINS } from './showcase';

const NOW = new Date('2026-11-01T00:00:00Z');
const CLIENTS = 200;

// The real app on the seeded database, so the seeded rows are read (and changed) by the services.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set(NOW);
  await seedDemo(ctx.db, { clients: CLIENTS, seed: 7, now: NOW, encryptor: ctx.services.encryptor });
}, 60_000);
afterAll(() => ctx.close());

const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(ctx.db)).rows[0]!.n);
const nowSql = `timestamptz '${NOW.toISOString()}'`;

async function signIn(email: string): Promise<TestClient> {
  const client = ctx.client();
  const res = await client.post('/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  expect(res.statusCode).toBe(200);
  return client;
}

describe('seeded cases and consents', () => {
  it('opens cases for about four clients in ten, led by the registering office with its own case manager', async () => {
    const cases = await count('SELECT count(*) AS n FROM client_case');
    expect(cases / CLIENTS).toBeGreaterThan(0.3);
    expect(cases / CLIENTS).toBeLessThan(0.5);
    expect(await count(`SELECT count(*) AS n FROM client_case c JOIN staff_user s ON s.id = c.case_manager_id
      WHERE s.agency_id <> c.lead_agency_id OR NOT s.roles && ARRAY['case_manager', 'supervisor']`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM client_case c JOIN person p ON p.id = c.person_id
      WHERE p.registered_by_agency_id <> c.lead_agency_id`)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM person WHERE registered_by_agency_id IS NULL')).toBe(0);
    expect(await count(`SELECT count(DISTINCT a.type) AS n FROM client_case c JOIN agency a ON a.id = c.lead_agency_id`)).toBe(2);
    for (const status of ['open', 'suspended', 'closed']) {
      expect(await count(`SELECT count(*) AS n FROM client_case WHERE status = '${status}'`)).toBeGreaterThan(0);
    }
    expect(await count(`SELECT count(*) AS n FROM client_case WHERE (status = 'closed') <> (closed_at IS NOT NULL)
      OR (status = 'open') <> (status_reason IS NULL)`)).toBe(0);
  });

  it('brings in partners only with the client\'s consent, given before they joined', async () => {
    expect(await count('SELECT count(*) AS n FROM case_partner')).toBeGreaterThan(30);
    expect(await count(`SELECT count(*) AS n FROM case_partner cp JOIN client_case c ON c.id = cp.case_id
      WHERE cp.agency_id = c.lead_agency_id OR NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = c.person_id
        AND r.recipient_agency_id = cp.agency_id AND r.decision = 'given' AND r.recorded_at <= cp.joined_at)`)).toBe(0);
    // Sensitive categories shared with consent, and some partners with an agency of each kind.
    expect(await count(`SELECT count(*) AS n FROM consent_record WHERE decision = 'given' AND data_categories && ARRAY['health', 'domestic_violence']`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(DISTINCT a.type) AS n FROM case_partner cp JOIN agency a ON a.id = cp.agency_id`)).toBeGreaterThanOrEqual(4);
  });

  it('records refusals, withdrawals and expired consents, with evidence for signed forms', async () => {
    expect(await count(`SELECT count(*) AS n FROM consent_record WHERE decision = 'refused'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM consent_record WHERE withdrawn_at IS NOT NULL`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM consent_record WHERE withdrawn_at IS NULL AND valid_until <= ${nowSql}`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM consent_record WHERE withdrawn_at IS NOT NULL
      AND (decision <> 'given' OR withdrawn_by IS NULL OR version <> 2 OR updated_at <> withdrawn_at)`)).toBe(0);
    const forms = await ctx.db.selectFrom('consent_record').select(['evidence_content', 'evidence_sha256', 'evidence_file_name'])
      .where('evidence_type', '=', 'signed_form').execute();
    expect(forms.length).toBeGreaterThan(0);
    for (const f of forms) {
      const bytes = Buffer.from(f.evidence_content!);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.evidence_sha256);
    }
    expect(await count(`SELECT count(*) AS n FROM legal_basis b JOIN staff_user s ON s.id = b.recorded_by
      WHERE s.agency_id = b.agency_id AND 'supervisor' = ANY (s.roles)`)).toBe(await count('SELECT count(*) AS n FROM legal_basis'));
  });

  it('keeps every timeline in order and within the life of its case', async () => {
    const bad = {
      consentBeforeCase: `SELECT count(*) AS n FROM consent_record r WHERE NOT EXISTS (SELECT 1 FROM client_case c WHERE c.person_id = r.person_id
        AND c.opened_at <= r.recorded_at AND r.recorded_at <= coalesce(c.closed_at, ${nowSql}))`,
      withdrawal: `SELECT count(*) AS n FROM consent_record WHERE withdrawn_at <= recorded_at OR withdrawn_at > ${nowSql} OR withdrawn_at >= valid_until`,
      eventOutsideCase: `SELECT count(*) AS n FROM case_event e JOIN client_case c ON c.id = e.case_id
        WHERE e.at < c.opened_at OR e.at > coalesce(c.closed_at, ${nowSql}) OR e.at >= ${nowSql}`,
      notOpenedFirst: `SELECT count(*) AS n FROM client_case c WHERE (SELECT e.event_type FROM case_event e WHERE e.case_id = c.id ORDER BY e.at, e.seq LIMIT 1) <> 'case.opened'`,
      notClosedLast: `SELECT count(*) AS n FROM client_case c WHERE c.status = 'closed' AND (SELECT e.details->>'to' FROM case_event e
        WHERE e.case_id = c.id ORDER BY e.at DESC, e.seq DESC LIMIT 1) IS DISTINCT FROM 'closed'`,
      seqAgainstTime: `SELECT count(*) AS n FROM case_event a JOIN case_event b ON a.case_id = b.case_id AND a.at < b.at AND a.seq > b.seq`,
      versionAgainstEvents: `SELECT count(*) AS n FROM client_case c WHERE c.version <> 1 + (SELECT count(*) FROM case_event e WHERE e.case_id = c.id
        AND e.event_type IN ('case.status_changed', 'case.manager_changed'))`,
      partnerLeftBeforeJoining: `SELECT count(*) AS n FROM case_partner WHERE left_at <= joined_at`,
    };
    for (const [name, query] of Object.entries(bad)) expect([name, await count(query)]).toEqual([name, 0]);
    expect(await count(`SELECT count(*) AS n FROM case_event WHERE event_type = 'consent.recorded'`)).toBe(await count('SELECT count(*) AS n FROM consent_record'));
    expect(await count(`SELECT count(*) AS n FROM case_event WHERE event_type = 'case.opened'`)).toBe(await count('SELECT count(*) AS n FROM client_case'));
  });
});

describe('the demo personas through the real API', () => {
  let showcase: { caseId: string; personId: string };
  beforeAll(async () => {
    const { rows } = await sql<{ case_id: string; person_id: string }>`
      SELECT c.id AS case_id, c.person_id FROM client_case c JOIN staff_user m ON m.id = c.case_manager_id
      JOIN case_partner cp ON cp.case_id = c.id JOIN staff_user anna ON anna.agency_id = cp.agency_id
      WHERE m.email = ${SHOWCASE_LOGINS.leadCaseManager} AND anna.email = ${SHOWCASE_LOGINS.partnerCaseManager}
        AND EXISTS (SELECT 1 FROM consent_record r WHERE r.person_id = c.person_id AND r.recipient_agency_id = cp.agency_id
          AND r.decision = 'refused' AND 'health' = ANY (r.data_categories))`.execute(ctx.db);
    expect(rows).toHaveLength(1);
    showcase = { caseId: rows[0]!.case_id, personId: rows[0]!.person_id };
  });

  it('shows the employment office a shared client\'s employment data but not health; the lead sees both', async () => {
    const anna = await signIn(SHOWCASE_LOGINS.partnerCaseManager);
    const partnerView = (await anna.get(`/api/people/${showcase.personId}`)).json();
    expect(partnerView.relation).toBe('partner');
    expect(partnerView.visibleCategories).toEqual(['contact', 'education', 'employment', 'identity']);
    expect(partnerView.unemploymentSpells.length).toBeGreaterThan(0);
    expect(partnerView).not.toHaveProperty('disability');
    const gohar = await signIn(SHOWCASE_LOGINS.leadCaseManager);
    const leadView = (await gohar.get(`/api/people/${showcase.personId}`)).json();
    expect(leadView.relation).toBe('lead');
    expect(leadView.disability).toBe(true);
    // The partner sees only the consents addressed to its own agency.
    const consents = (await anna.get(`/api/people/${showcase.personId}/consents`)).json() as { recipientAgency: { name: string }; status: string }[];
    expect(new Set(consents.map((c) => c.recipientAgency.name))).toEqual(new Set(['Unified Social Service — Employment, Yerevan']));
    expect(consents.map((c) => c.status).sort()).toEqual(['given', 'refused']);
  });

  it('serves a seeded timeline, newest first; the partner sees only the consents addressed to it', async () => {
    const gohar = await signIn(SHOWCASE_LOGINS.leadCaseManager);
    const res = await gohar.get(`/api/cases/${showcase.caseId}/timeline`);
    expect(res.statusCode).toBe(200);
    const types = (res.json().items as { type: string }[]).map((e) => e.type).reverse();
    expect(types).toEqual([
      'case.opened', 'consent.recorded', 'consent.recorded', 'consent.recorded', 'partner.joined',
      'assessment.started', 'assessment.finalised', 'assessment.segment_decided', 'consent.recorded', 'partner.joined',
    ]);
    // The partner sees the same timeline without the consents the client gave or refused other agencies.
    const anna = await signIn(SHOWCASE_LOGINS.partnerCaseManager);
    const { agency_id: annaAgency } = await ctx.db.selectFrom('staff_user').select('agency_id')
      .where('email', '=', SHOWCASE_LOGINS.partnerCaseManager).executeTakeFirstOrThrow();
    const partnerItems = (await anna.get(`/api/cases/${showcase.caseId}/timeline`)).json().items;
    type Item = { type: string; details: { recipientAgencyId?: string } };
    expect(partnerItems).toEqual((res.json().items as Item[]).filter((e) => !e.type.startsWith('consent.') || e.details.recipientAgencyId === annaAgency));
    // The assessment is employment data, which the client shares with the employment office.
    expect(partnerItems.length).toBe(8);
  });

  it('seeds a few encrypted notes the notes service reads, each visible only where its category is', async () => {
    const notes = await ctx.db.selectFrom('person_note').selectAll().execute();
    expect(notes.length).toBeGreaterThan(2);
    expect(notes.length).toBeLessThanOrEqual(16);
    expect(new Set(notes.map((n) => n.data_category))).toEqual(new Set(['health', 'employment']));
    for (const n of notes) expect(ctx.services.encryptor.decrypt(n.body_encrypted)).toMatch(/^[A-Z].{20,}\.$/);
    // Within the case's life, by its case manager or a partner, never in the future.
    expect(await count(`SELECT count(*) AS n FROM person_note n WHERE n.created_at >= ${nowSql} OR NOT EXISTS (SELECT 1 FROM client_case c
      WHERE c.person_id = n.person_id AND c.opened_at < n.created_at AND (c.case_manager_id = n.author_id
        OR EXISTS (SELECT 1 FROM case_partner p WHERE p.case_id = c.id AND p.agency_id = n.agency_id AND p.joined_at < n.created_at)))`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM person_note n WHERE n.data_category = 'health' AND NOT EXISTS (SELECT 1 FROM consent_record r
      WHERE r.person_id = n.person_id AND r.recipient_agency_id = n.agency_id AND r.decision = 'given' AND 'health' = ANY (r.data_categories)
        AND r.recorded_at < n.created_at AND r.withdrawn_at IS NULL)`)).toBe(0);
    const categories = async (client: TestClient) =>
      ((await client.get(`/api/people/${showcase.personId}/notes`)).json() as { dataCategory: string }[]).map((n) => n.dataCategory).sort();
    expect(await categories(await signIn(SHOWCASE_LOGINS.partnerCaseManager))).toEqual(['employment']);
    expect(await categories(await signIn(SHOWCASE_LOGINS.leadCaseManager))).toEqual(['employment', 'health']);
  });

  it('lets the services change seeded rows: a consent withdrawn through the API ends the partner\'s access', async () => {
    const gohar = await signIn(SHOWCASE_LOGINS.leadCaseManager);
    const consents = (await gohar.get(`/api/people/${showcase.personId}/consents`)).json() as { id: string; status: string; version: number; recipientAgency: { name: string } }[];
    const employment = consents.find((c) => c.status === 'given' && c.recipientAgency.name.includes('Employment'))!;
    const receipt = await gohar.get(`/api/consents/${employment.id}/receipt`);
    expect(receipt.statusCode).toBe(200);
    expect((await gohar.post(`/api/consents/${employment.id}/withdraw`, { version: employment.version })).statusCode).toBe(200);
    const anna = await signIn(SHOWCASE_LOGINS.partnerCaseManager);
    expect((await anna.get(`/api/people/${showcase.personId}`)).statusCode).toBe(404);
  });
});
