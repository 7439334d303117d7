/** Journey: an administrator creates a staff account and the new person signs in with it. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppShell } from './pages/app-shell';
import { SignInPage } from './pages/sign-in-page';
import { UsersPage } from './pages/users-page';
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

it('the admin adds a case manager and sets their password; they sign in and see their role', async () => {
  const t = await textIn('en');
  const admin = await signedIn(browser, demo.admin);
  const users = await new UsersPage(admin.page, {
    create: t('users.create'),
    email: t('users.email'),
    name: t('users.name'),
    agency: t('users.agency'),
    roles: t('users.roles'),
    initialPassword: t('users.initialPassword'),
    search: t('users.search'),
    moreActions: (name) => t('users.moreActions', { name }),
    setPassword: t('users.setPassword'),
    newPassword: t('users.newPassword'),
  }).open();

  const agencyCell = users.row('admin@onedoor.test').locator('td').nth(1).locator('p').first();
  const agency = (await agencyCell.textContent()) ?? '';
  const stamp = Date.now();
  const person = {
    email: `journey.${stamp}@onedoor.test`,
    displayName: `Journey Person ${stamp}`,
    agency,
    role: t('role.case_manager'),
    password: 'correct horse battery staple',
  };
  await users.create(person);
  await users.search(person.email);
  await expect.poll(() => users.page.locator('main table tbody tr').count()).toBe(1);
  expect(await users.row(person.email).textContent()).toContain(t('role.case_manager'));
  await screenshot(admin.page, 'users-created-en');

  // The administrator then replaces the initial password; only the new one works.
  const newPassword = 'another horse battery staple';
  await users.setPassword(person.displayName, newPassword);
  await admin.context.close();

  const newcomer = await newPage(browser, 'en');
  const signIn = await new SignInPage(newcomer.page).open();
  await signIn.submit(person.email, person.password);
  await signIn.alert().waitFor();
  await signIn.signIn(person.email, newPassword);
  const shell = new AppShell(newcomer.page);
  expect(await shell.heading().textContent()).toBe(t('home.welcome', { name: person.displayName }));
  expect(await newcomer.page.locator('main').textContent()).toContain(t('role.case_manager'));
  // A case manager works with clients and has no administration or oversight areas.
  const links = await shell.navigation().getByRole('link').allTextContents();
  expect(links).toEqual([
    t('nav.home'),
    t('intake:nav.people'),
    t('casework:nav.myCases'),
    t('assessment:nav.reassessments'),
    t('catalogue:nav.catalogue'),
    t('duties:nav.duties'),
    t('referrals:web.nav.inbox'),
    t('conferences:nav.conferences'),
  ]);
  await newcomer.context.close();
});
