/** Page object: Account → Security, where the authenticator-app second factor is managed. */
import type { Page } from 'playwright-core';

export interface SecurityLabels {
  startSetup: string;
  code: string;
  confirmEnable: string;
  disable: string;
}

export class SecurityPage {
  constructor(
    readonly page: Page,
    readonly labels: SecurityLabels,
  ) {}

  async open(): Promise<this> {
    await this.page.goto('/account/security');
    await this.page.locator('main h2').first().waitFor();
    return this;
  }

  /** Starts enrolment and returns the secret shown for manual entry. */
  async startSetup(): Promise<string> {
    await this.page.locator('main').getByRole('button', { name: this.labels.startSetup }).click();
    await this.page.locator('main img').waitFor();
    return ((await this.page.locator('main code').textContent()) ?? '').trim();
  }

  async submitCode(code: string, buttonLabel: string): Promise<void> {
    await this.page.locator('main').getByLabel(this.labels.code, { exact: false }).fill(code);
    await this.page.locator('main').getByRole('button', { name: buttonLabel }).click();
  }
}
