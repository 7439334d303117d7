/** Page object: Administration → Offices, and its create/edit dialog. */
import type { Page } from 'playwright-core';
import { pickOption } from './select';

export interface OfficeDetails {
  agency: string;
  name: string;
  municipality: string;
  address: string;
  phone: string;
}

/** Field labels in the UI language of the journey. */
export interface OfficeLabels {
  agency: string;
  name: string;
  municipality: string;
  address: string;
  phone: string;
}

export class OfficesPage {
  constructor(
    readonly page: Page,
    readonly labels: OfficeLabels,
  ) {}

  async open(): Promise<this> {
    await this.page.goto('/admin/offices');
    await this.page.locator('main table[aria-busy="false"] tbody tr').first().waitFor();
    return this;
  }

  table() {
    return this.page.locator('main table');
  }

  row(officeName: string) {
    return this.table().locator('tbody tr', { hasText: officeName });
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  async create(createLabel: string, office: OfficeDetails): Promise<void> {
    await this.page.locator('main').getByRole('button', { name: createLabel }).click();
    const dialog = this.dialog();
    await pickOption(this.page, dialog, this.labels.agency, office.agency);
    await dialog.getByLabel(this.labels.name).fill(office.name);
    await pickOption(this.page, dialog, this.labels.municipality, office.municipality);
    await dialog.getByLabel(this.labels.address).fill(office.address);
    await dialog.getByLabel(this.labels.phone).fill(office.phone);
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
  }

  async filterByAgency(filterLabel: string, agency: string): Promise<void> {
    await pickOption(this.page, this.page.locator('main'), filterLabel, agency);
  }
}
