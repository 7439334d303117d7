/** Page object: the sign-in form. Selectors use roles and input types, not wording. */
import type { Page } from 'playwright-core';

export class SignInPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/sign-in');
    await this.page.locator('input[type=email]').waitFor();
    return this;
  }

  async submit(email: string, password: string): Promise<void> {
    await this.page.locator('input[type=email]').fill(email);
    await this.page.locator('input[type=password]').fill(password);
    await this.page.locator('form button[type=submit]').click();
  }

  /** Signs in and waits for the workspace (the main navigation) to appear. */
  async signIn(email: string, password: string): Promise<void> {
    await this.submit(email, password);
    await this.page.locator('nav#main-navigation').waitFor();
  }

  alert() {
    return this.page.getByRole('alert');
  }
}
