/**
 * Journey: axe-core finds no WCAG 2.1 A/AA violations on any page, in English and in
 * Armenian (a different script, longer words, its own lang attribute). Screenshots of
 * every page are kept in e2e/screenshots for a human look at glyphs and layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SignInPage } from './pages/sign-in-page';
import { AppShell } from './pages/app-shell';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { demo, uiLanguages } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';

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

  it('administrator pages, the language menu and the new-user dialog', async () => {
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
