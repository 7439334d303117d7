/** Page object: the service catalogue (search, results, the service dialog). */
import type { Page } from 'playwright-core';
import { pickOption } from './select';

export class CataloguePage {
  constructor(readonly page: Page) {}

  async open(heading: string): Promise<this> {
    await this.page.goto('/catalogue');
    await this.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    return this;
  }

  search() {
    return this.page.getByRole('search');
  }

  async filterByBarrier(label: string, barrier: string): Promise<void> {
    await pickOption(this.page, this.search(), label, barrier);
    await this.page.keyboard.press('Escape');
  }

  async filterByText(label: string, text: string): Promise<void> {
    await this.search().getByLabel(label).fill(text);
  }

  card(serviceName: string) {
    return this.page.locator('main article', { hasText: serviceName });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }
}
