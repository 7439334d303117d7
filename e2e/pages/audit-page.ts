/** Page object: the audit log and its chain check. */
import type { Page } from 'playwright-core';

export class AuditPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/audit');
    await this.page.locator('main table[aria-busy="false"] tbody tr').first().waitFor();
    return this;
  }

  rows() {
    return this.page.locator('main table tbody tr');
  }

  async verifyChain(buttonLabel: string): Promise<void> {
    await this.page.locator('main').getByRole('button', { name: buttonLabel }).click();
  }
}
