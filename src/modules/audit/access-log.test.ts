import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../test/test-app';
import { aram, giveConsent, openCase, register, staffMember } from '../people/test-fixtures';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

it("shows the client who looked at their file, from which agency, and which categories", async () => {
  const welfare = await staffMember(ctx, ['case_manager']);
  const employment = await staffMember(ctx, ['case_manager']);
  const person = await register(welfare, aram);
  await openCase(ctx, person.id, welfare, [employment.agencyId]);
  await giveConsent(ctx, person.id, employment.agencyId, ['identity', 'employment']);
  expect((await employment.get(`/api/people/${person.id}`)).statusCode).toBe(200);

  const res = await welfare.get(`/api/people/${person.id}/access-log`);
  expect(res.statusCode).toBe(200);
  const log = res.json<{ action: string; staffName: string | null; agencyName: string; categories: string[] }[]>();
  const partnerRead = log.find((e) => e.action === 'person.read' && e.categories.includes('employment'));
  expect(partnerRead).toMatchObject({ categories: ['employment', 'identity'] });
  expect(log.some((e) => e.action === 'person.create')).toBe(true);
  // Staff names are shown where the law allows (the default).
  expect(partnerRead?.staffName).toBeTruthy();
});

it('is not available to staff who cannot see the person', async () => {
  const welfare = await staffMember(ctx, ['case_manager']);
  const stranger = await staffMember(ctx, ['case_manager']);
  const person = await register(welfare, { ...aram, birthDate: '1990-01-01' });
  expect((await stranger.get(`/api/people/${person.id}/access-log`)).statusCode).toBe(404);
});

it('lists unusual access for the data protection officer', async () => {
  const reader = await staffMember(ctx, ['case_manager']);
  for (const birthDate of ['1970-05-05', '1971-06-06']) {
    const p = await register(reader, { ...aram, birthDate });
    await reader.get(`/api/people/${p.id}`);
  }
  const dpo = await staffMember(ctx, ['data_protection_officer']);
  const res = await dpo.get('/api/access-reports/unusual?threshold=1');
  expect(res.statusCode).toBe(200);
  const report = res.json<{ heavyReaders: { userId: string; persons: number }[]; readsWithoutMembership: { relation: string }[] }>();
  expect(report.heavyReaders).toEqual(expect.arrayContaining([expect.objectContaining({ userId: reader.userId, persons: 2 })]));
  expect(report.readsWithoutMembership.every((r) => ['registrar', 'break_glass', 'none'].includes(r.relation))).toBe(true);
  const caseManager = await staffMember(ctx, ['case_manager']);
  expect((await caseManager.get('/api/access-reports/unusual')).statusCode).toBe(403);
});
