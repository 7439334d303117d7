/** Page object: the workspace frame (header, language menu, user menu, navigation). */
import type { Page } from 'playwright-core';

export const languageNames = { en: 'English', ru: 'Русский', hy: 'Հայերեն' } as const;

export class AppShell {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  navigation() {
    return this.page.locator('nav#main-navigation');
  }

  async chooseLanguage(language: keyof typeof languageNames): Promise<void> {
    await this.page.locator('header').getByRole('button', { name: /English|Русский|Հայերեն/ }).click();
    await this.page.getByRole('menuitem', { name: languageNames[language] }).click();
    await this.page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  }

  async goTo(linkName: string): Promise<void> {
    await this.navigation().getByRole('link', { name: linkName }).click();
  }

  async signOut(userName: string, signOutLabel: string): Promise<void> {
    await this.page.locator('header').getByRole('button', { name: new RegExp(userName) }).click();
    await this.page.getByRole('menuitem', { name: signOutLabel }).click();
    await this.page.locator('input[type=email]').waitFor();
  }
}
