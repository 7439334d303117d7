/** Journeys: signing in, a wrong password, and switching the interface language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/sign-in-page';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { signedIn } from './support/session';
import { demo } from './support/env';
import { textIn } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('signing in', () => {
  it.each(['en', 'hy', 'ru'] as const)('a wrong password shows the translated error (%s)', async (language) => {
    const t = await textIn(language);
    const { context, page } = await newPage(browser, language);
    const signIn = await new SignInPage(page).open();
    await signIn.submit(demo.analyst, 'not-the-password');
    await expect.poll(() => signIn.alert().textContent()).toContain(t('errors:title.invalid_credentials'));
    expect(await page.locator('input[type=password]').inputValue()).toBe('');
    await page.locator('form button[type=submit][data-loading]').waitFor({ state: 'detached' });
    await screenshot(page, `sign-in-error-${language}`);
    await context.close();
  });

  it('the admin switches to Armenian and back to English; the choice follows the account', async () => {
    const [en, hy] = [await textIn('en'), await textIn('hy')];
    const { context, page, shell } = await signedIn(browser, demo.admin, 'en');
    const welcome = (await shell.heading().textContent()) ?? '';
    expect(welcome.startsWith(en('home.welcome', { name: '' }))).toBe(true);
    const name = welcome.slice(en('home.welcome', { name: '' }).length);

    await shell.chooseLanguage('hy');
    await expect.poll(() => shell.heading().textContent()).toBe(hy('home.welcome', { name }));
    expect(await shell.navigation().getByRole('link', { name: hy('nav.home') }).isVisible()).toBe(true);
    expect(await page.title()).toBe(hy('app.documentTitle', { page: hy('home.welcome', { name }) }));

    // Saved on the account: a fresh browser profile opens in Armenian after sign-in.
    const other = await newPage(browser, 'en');
    await new SignInPage(other.page).open().then((p) => p.signIn(demo.admin, demo.password));
    await expect.poll(() => new AppShell(other.page).heading().textContent()).toBe(hy('home.welcome', { name }));
    await other.context.close();

    await shell.chooseLanguage('en');
    await expect.poll(() => shell.heading().textContent()).toBe(en('home.welcome', { name }));
    await page.reload();
    await expect.poll(() => shell.heading().textContent()).toBe(en('home.welcome', { name }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('signing out returns to the sign-in page and closes the session', async () => {
    const en = await textIn('en');
    const { context, page, shell } = await signedIn(browser, demo.admin, 'en');
    const heading = (await shell.heading().textContent()) ?? '';
    const name = heading.slice(en('home.welcome', { name: '' }).length);
    await shell.signOut(name, en('userMenu.signOut'));
    await page.goto('/admin/users');
    await page.waitForURL(/\/sign-in\?next=%2Fadmin%2Fusers/);
    await context.close();
  });
});
