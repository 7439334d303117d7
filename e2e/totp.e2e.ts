/**
 * Journey: a case manager turns on two-step verification, signs in with a code from
 * the authenticator app, and turns it off again.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SecurityPage } from './pages/security-page';
import { SignInPage } from './pages/sign-in-page';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { demo } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';
import { Authenticator } from './support/totp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('two-step verification: enable, sign in with a code, disable', { timeout: 150_000 }, async () => {
  const t = await textIn('en');
  const labels = {
    startSetup: t('security.startSetup'),
    code: t('signIn.code'),
    confirmEnable: t('security.confirmEnable'),
    disable: t('security.disable'),
  };
  const first = await signedIn(browser, demo.caseManager);
  const security = await new SecurityPage(first.page, labels).open();
  const app = new Authenticator(await security.startSetup());
  expect(await first.page.locator('main img').getAttribute('alt')).toBe(t('security.qrAlt'));
  await screenshot(first.page, 'security-setup-en');
  await security.submitCode(await app.nextCode(), labels.confirmEnable);
  await first.page.locator('main').getByRole('button', { name: labels.disable }).waitFor();
  await first.context.close();

  const second = await newPage(browser, 'en');
  const signIn = await new SignInPage(second.page).open();
  await signIn.submit(demo.caseManager, demo.password);
  const codeInput = second.page.getByLabel(labels.code, { exact: false });
  await codeInput.waitFor();
  await codeInput.fill(await app.nextCode());
  await second.page.locator('form button[type=submit]').click();
  await second.page.locator('nav#main-navigation').waitFor();

  const again = await new SecurityPage(second.page, labels).open();
  await again.submitCode(await app.nextCode(), labels.disable);
  await second.page.locator('main').getByRole('button', { name: labels.startSetup }).waitFor();
  await second.context.close();
});
