/**
 * A signed-in browser profile. The language is chosen on the sign-in page, as a person
 * would, so it is also saved to the account and the journey does not depend on what an
 * earlier journey left as the account's preference.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppShell } from '../pages/app-shell';
import { SignInPage } from '../pages/sign-in-page';
import { newPage } from './browser';
import { demo, type UiLanguage } from './env';

export async function signedIn(
  browser: Browser,
  email: string,
  language: UiLanguage = 'en',
): Promise<{ context: BrowserContext; page: Page; shell: AppShell }> {
  const { context, page } = await newPage(browser, language);
  const signIn = await new SignInPage(page).open();
  const shell = new AppShell(page);
  await shell.chooseLanguage(language);
  await signIn.signIn(email, demo.password);
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  return { context, page, shell };
}
