/** The printed plan: in the client's language, Armenian and Cyrillic text really in the file, both sides' obligations and the complaint route. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { pdfText } from '../../test/pdf-text';
import { staffOfNewAgency, type Staff } from '../assessment/test-helpers';
import { assessedCase, signableContent, startPlan } from './test-helpers';

let ctx: TestContext;
let lead: Staff;

beforeAll(async () => {
  ctx = await createTestApp();
  ctx.clock.set('2026-03-02T09:00:00Z');
  lead = await staffOfNewAgency(ctx, ['case_manager']);
});
afterAll(() => ctx.close());

const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('the plan as PDF', () => {
  it('prints in the client\'s language with Armenian and Cyrillic glyphs, the obligations of both sides and how to complain', async () => {
    const { person, caseId } = await assessedCase(ctx, lead);
    // A client who writes her name in Cyrillic and reads Armenian.
    await ctx.db.updateTable('person').set({ given_name: 'Анна', family_name: 'Саргсян', preferred_language: 'hy' }).where('id', '=', person.id).execute();
    let plan = await startPlan(lead, caseId);
    const content = signableContent(ctx, {
      obligations: [
        { party: 'client', text: 'Ամսական չորս դիմում ուղարկել', target: { count: 4, per: 'month' } },
        { party: 'agency', text: 'Կազմակերպել մանկապարտեզի տեղ', dueOn: '2026-04-10' },
      ],
    });
    plan = (await lead.put(`/api/plans/${plan.id}/draft`, { content, version: plan.version })).json();
    plan = (await lead.post(`/api/plans/${plan.id}/sign`, { method: 'on_screen', signedName: 'Анна Саргсян', version: plan.version })).json();

    const res = await lead.get(`/api/plans/${plan.id}/versions/1/pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('plan-v1-hy.pdf');
    const hy = squash(await pdfText(res.rawPayload));
    expect(hy).toContain('Անհատական գործողությունների պլան');
    expect(hy).toContain('Анна Саргсян');
    expect(hy).toContain('Ամսական չորս դիմում ուղարկել');
    expect(hy).toContain('Հաճախորդի պարտավորությունները');
    expect(hy).toContain('Կազմակերպությունների պարտավորությունները');
    expect(hy).toContain('Ինչպես բողոքել');
    expect(hy).toContain('Ինտենսիվ աջակցություն');

    const ru = squash(await pdfText((await lead.get(`/api/plans/${plan.id}/versions/1/pdf?lang=ru`)).rawPayload));
    expect(ru).toContain('Индивидуальный план действий');
    expect(ru).toContain('Как подать жалобу');
    expect(ru).toContain('Подписано: Анна Саргсян');
    const audited = await ctx.db.selectFrom('audit_event').select('action').where('subject_id', '=', plan.id).where('action', '=', 'plan.pdf').execute();
    expect(audited).toHaveLength(2);
  });
});
