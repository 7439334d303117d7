/** The demo seed's catalogue (src/db/seed/catalogue.ts) obeys the catalogue's own rules and is found by the searches the demo shows. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue, seedCatalogue, type CatalogueRows } from '../../db/seed/catalogue';
import { insertAll } from '../../db/seed/insert';
import { MUNICIPALITIES, VANADZOR } from '../../db/seed/municipalities';
import { buildOrganisations } from '../../db/seed/organisations';
import { Rng } from '../../db/seed/random';
import { createTestApp, type TestContext } from '../../test/test-app';
import { HsdsServicePage } from './hsds-schema';
import { ServiceInput } from './schema';
import { staffOfNewAgency, type Staff } from './test-fixtures';
import { serviceProblems } from './validate';

let ctx: TestContext;
let rows: CatalogueRows;
let reader: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  const orgs = buildOrganisations(new Rng(1, 'organisations'));
  rows = await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('municipality').values(MUNICIPALITIES).onConflict((oc) => oc.column('code').doNothing()).execute();
    await insertAll(trx, 'agency', orgs.agencies);
    await insertAll(trx, 'office', orgs.offices);
    return seedCatalogue(trx, orgs, new Rng(1, 'catalogue'));
  });
  reader = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

describe('the demo catalogue', () => {
  it('is the same for the same seed', () => {
    const orgs = buildOrganisations(new Rng(1, 'organisations'));
    expect(buildCatalogue(orgs, new Rng(1, 'catalogue'))).toEqual(rows);
  });

  it('keeps every rule a coordinator would be held to: names in en, ru and hy, known barriers and languages, reserved ≤ capacity', async () => {
    const instrument = await ctx.services.assessment.definitions.current('instrument');
    const facts = { barrierCodes: new Set(instrument.definition.barriers.map((b) => b.code)), knownLocations: new Set(rows.locations.map((l) => l.id!)) };
    const views = (await reader.get('/api/catalogue/services?status=all&limit=100')).json().items as { id: string; [k: string]: unknown }[];
    expect(views).toHaveLength(rows.services.length);
    for (const view of views) {
      const input = ServiceInput.parse({ ...view, capacity: (view.places as { capacity: number }).capacity, reservedPlaces: (view.places as { reservedPlaces: number }).reservedPlaces, locationIds: (view.locations as { id: string }[]).map((l) => l.id) });
      expect(serviceProblems(input, facts), JSON.stringify(view.name)).toEqual([]);
      expect(Object.keys(view.name as object).sort()).toEqual(['en', 'hy', 'ru']);
      expect(Object.keys(view.description as object).sort()).toEqual(['en', 'hy', 'ru']);
      expect((view.locations as unknown[]).length).toBeGreaterThan(0);
    }
    expect(new Set(views.map((v) => v.type)).size).toBeGreaterThanOrEqual(12);
  });

  it('answers the searches the demo shows: childcare in Vanadzor, debt counselling, a course taught in Arabic', async () => {
    const names = async (q: string) => ((await reader.get(`/api/catalogue/services?${q}`)).json().items as { name: { en: string } }[]).map((s) => s.name.en);
    expect(await names(`barriers=no_childcare&municipality=${VANADZOR}`)).toContain('Kindergarten places for parents in work or training');
    expect(await names('barriers=debt_problems,debt_enforcement')).toEqual(expect.arrayContaining(['Debt counselling']));
    expect(await names('type=training&language=ar')).toEqual(['Armenian for work']);
    expect(await names('q=Public%20works')).toEqual([]);
  });

  it('exports as a valid HSDS document', async () => {
    const res = await reader.get('/api/catalogue/hsds?lang=hy');
    expect(HsdsServicePage.safeParse(res.json()).success).toBe(true);
    expect(res.json().total_items).toBe(rows.services.filter((s) => s.status === 'active').length);
  });
});
