/**
 * Journey: axe-core finds no WCAG 2.1 A/AA violations on any page, in English and in
 * Armenian (a different script, longer words, its own lang attribute). Screenshots of
 * every page are kept in e2e/screenshots for a human look at glyphs and layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SignInPage } from './pages/sign-in-page';
import { intakeCaseManager, PeoplePages } from './pages/people-page';
import { AppShell } from './pages/app-shell';
import { accessibilityViolations } from './support/axe';
import { casework, caseworkExamples } from './support/casework-data';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { demo, uiLanguages } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';
import { clientWithReferralConsent, referralStaff, sentReferral, welfareDebtCounselling } from './support/referral-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Admin pages and what shows they have finished loading. */
const adminPages = [
  { name: 'home', path: '/', ready: 'main h1' },
  { name: 'agencies', path: '/admin/agencies', ready: 'main table[aria-busy="false"] tbody tr td + td' },
  { name: 'offices', path: '/admin/offices', ready: 'main table[aria-busy="false"] tbody tr td + td' },
  { name: 'users', path: '/admin/users', ready: 'main table[aria-busy="false"] tbody tr td + td' },
  { name: 'security', path: '/account/security', ready: 'main h2' },
  { name: 'not-found', path: '/no-such-page', ready: 'main h1' },
] as const;

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
}

describe.each(uiLanguages)('accessibility in %s', (language) => {
  it('sign-in page', async () => {
    const t = await textIn(language);
    const { context, page } = await newPage(browser, language);
    await new SignInPage(page).open();
    await new AppShell(page).chooseLanguage(language);
    await page.getByRole('heading', { name: t('signIn.title') }).waitFor();
    await expectAccessible(page, `sign-in-${language}`);
    await context.close();
  });

  // Every administration page with axe, then a dialog: more than the default minute on a busy machine.
  it('administrator pages, the language menu and the new-user dialog', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const { context, page, shell } = await signedIn(browser, demo.admin, language);
    for (const { name, path, ready } of adminPages) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await expectAccessible(page, `${name}-${language}`);
    }
    expect(await shell.heading().textContent()).toBe(t('notFound.title'));

    await page.goto('/admin/users');
    await page.locator('main').getByRole('button', { name: t('users.create') }).click();
    await page.getByRole('dialog').getByLabel(t('users.roles'), { exact: false }).waitFor();
    await expectAccessible(page, `users-dialog-${language}`);
    await context.close();
  });

  // Two sign-ins, test data and six pages with axe: more than the default minute on a busy machine.
  it('casework pages: my cases, a case, consent and its dialog, opening a case', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const other = await signedIn(browser, casework.otherOffice, language);
    const { context, page } = await signedIn(browser, casework.caseManager, language);
    const { withCase, caseId, withoutCase } = await caseworkExamples(page, other.page);
    await other.context.close();
    const caseworkPages = [
      { name: 'cases', path: '/cases', ready: 'main table[aria-busy="false"] tbody tr td + td' },
      { name: 'case', path: `/cases/${caseId}`, ready: 'main ol li + li' },
      { name: 'consent', path: `/people/${withCase.id}/consent`, ready: 'main article' },
      { name: 'case-new', path: `/people/${withoutCase.id}/cases/new`, ready: 'main form button[type=submit]:not([disabled])' },
    ];
    for (const { name, path, ready } of caseworkPages) {
      await page.goto(path);
      await page.locator(ready).first().waitFor();
      await expectAccessible(page, `${name}-${language}`);
    }
    await page.goto(`/people/${withCase.id}/consent`);
    await page.locator('main').getByRole('button', { name: t('casework:consent.record') }).click();
    await page.getByRole('dialog').getByText(t('casework:category.sensitiveLabel')).waitFor();
    await expectAccessible(page, `consent-dialog-${language}`);
    await context.close();
  });

  it('data protection officer: emergency access review and unusual access', { timeout: 120_000 }, async () => {
    const { context, page } = await signedIn(browser, demo.dpo, language);
    for (const name of ['break-glass', 'unusual-access']) {
      await page.goto(`/oversight/${name}`);
      await page.locator('main table[aria-busy="false"] tbody tr td + td').first().waitFor();
      await expectAccessible(page, `${name}-${language}`);
    }
    await context.close();
  });

  // Restored after an accidental overwrite (casework edit); its owner should check it against their original.
  it('person registry: search, registration, record tabs and access log (case manager)', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, intakeCaseManager, language);
    const people = new PeoplePages(page, t);
    await people.openFind();
    await expectAccessible(page, `people-find-${language}`);
    await page.goto('/people/new');
    await page.locator('main form').first().waitFor();
    await expectAccessible(page, `people-register-${language}`);
    const { id } = await people.registerViaApi({ givenName: 'Anahit', familyName: 'Accessibilityan', sex: 'female', birthDate: '1990-02-03' });
    await people.openRecord(id);
    await expectAccessible(page, `people-record-details-${language}`);
    for (const tab of ['household', 'cases', 'history', 'duplicates'] as const) {
      await people.openTab(id, tab);
      await expectAccessible(page, `people-record-${tab}-${language}`);
    }
    await people.openAccessLog(id);
    await expectAccessible(page, `people-access-log-${language}`);
    await context.close();
  });

  // Referral pages: the form on the case, the receiving agency's inbox, a referral on each side, notifications.
  it('referrals and notifications: form, inbox, referral page (both sides), notifications', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const admin = await signedIn(browser, demo.admin, language);
    const service = await welfareDebtCounselling(admin.page);
    await admin.context.close();
    const sender = await signedIn(browser, referralStaff.counsellor, language);
    const { caseId } = await clientWithReferralConsent(sender.page, service.agency.id);
    const referral = await sentReferral(sender.page, caseId, service.id);
    await sender.page.goto(`/cases/${caseId}`);
    await sender.page.locator('section[aria-labelledby="case-referrals"] li').first().waitFor();
    await expectAccessible(sender.page, `case-referrals-${language}`);
    await sender.page.locator('#case-refer').click();
    await sender.page.getByRole('dialog').getByRole('checkbox').first().waitFor();
    await expectAccessible(sender.page, `referral-form-${language}`);
    await sender.page.goto(`/referrals/${referral.id}`);
    await sender.page.locator('#referral-state').waitFor();
    await expectAccessible(sender.page, `referral-sender-${language}`);
    await sender.context.close();

    const receiver = await signedIn(browser, referralStaff.socialWorker, language);
    await receiver.page.goto('/referrals/inbox');
    await receiver.page.locator('main table[aria-busy="false"] tbody tr td + td').first().waitFor();
    await expectAccessible(receiver.page, `referral-inbox-${language}`);
    await receiver.page.goto(`/referrals/${referral.id}`);
    await receiver.page.locator('#referral-state').waitFor();
    await receiver.page.locator('section[aria-labelledby="referral-actions"]').getByRole('button', { name: t('referrals:web.steps.decline.button') }).click();
    await receiver.page.getByRole('dialog').getByRole('textbox').waitFor();
    await expectAccessible(receiver.page, `referral-decline-dialog-${language}`);
    await receiver.page.keyboard.press('Escape');
    await receiver.page.goto('/notifications');
    await receiver.page.locator('main li[data-notification]').first().waitFor();
    await expectAccessible(receiver.page, `notifications-${language}`);
    await receiver.context.close();
  });

  it('audit log (data protection officer)', async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, demo.dpo, language);
    await page.goto('/audit');
    await page.locator('main table[aria-busy="false"] tbody tr td + td').first().waitFor();
    await page.locator('main').getByRole('button', { name: t('audit.verify') }).click();
    await page.getByText(t('audit.chainOk')).waitFor();
    await expectAccessible(page, `audit-${language}`);
    await context.close();
  });
});
