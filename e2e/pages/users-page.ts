/** Page object: Administration → Users, and its create dialog. */
import type { Page } from 'playwright-core';
import { pickOption } from './select';

export interface NewUser {
  email: string;
  displayName: string;
  agency: string;
  role: string;
  password: string;
}

export interface UserLabels {
  create: string;
  email: string;
  name: string;
  agency: string;
  roles: string;
  initialPassword: string;
  search: string;
  /** Accessible name of a row's "More" menu button, for that person. */
  moreActions: (name: string) => string;
  setPassword: string;
  newPassword: string;
}

export class UsersPage {
  constructor(
    readonly page: Page,
    readonly labels: UserLabels,
  ) {}

  async open(): Promise<this> {
    await this.page.goto('/admin/users');
    await this.page.locator('main table[aria-busy="false"] tbody tr').first().waitFor();
    return this;
  }

  row(text: string) {
    return this.page.locator('main table tbody tr', { hasText: text });
  }

  async search(text: string): Promise<void> {
    await this.page.locator('main').getByLabel(this.labels.search).fill(text);
  }

  async create(user: NewUser): Promise<void> {
    await this.page.locator('main').getByRole('button', { name: this.labels.create }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.labels.email, { exact: false }).first().fill(user.email);
    await dialog.getByLabel(this.labels.name, { exact: false }).first().fill(user.displayName);
    await pickOption(this.page, dialog, this.labels.agency, user.agency);
    await pickOption(this.page, dialog, this.labels.roles, user.role);
    // Close the role list by clicking the dialog's title (Escape would close the dialog).
    await dialog.getByRole('heading').first().click();
    await dialog.getByLabel(this.labels.initialPassword, { exact: false }).fill(user.password);
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
  }

  async setPassword(displayName: string, password: string): Promise<void> {
    await this.row(displayName).getByRole('button', { name: this.labels.moreActions(displayName) }).click();
    await this.page.getByRole('menuitem', { name: this.labels.setPassword }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.labels.newPassword, { exact: false }).fill(password);
    await dialog.locator('button[type=submit]').click();
    await dialog.waitFor({ state: 'detached' });
  }
}
