/**
 * Page objects of the casework screens: a person's consent register, a case, and the
 * data protection officer's break-glass list. Labels come from the app's translations.
 */
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './select';

export class ConsentRegister {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(personId: string): Promise<this> {
    await this.page.goto(`/people/${personId}/consent`);
    await this.page.locator('main h1').waitFor();
    return this;
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  /** The consents addressed to one agency (its section under the agency's heading). */
  agencySection(agency: string): Locator {
    return this.page.locator('main section', { has: this.page.getByRole('heading', { name: agency, exact: true }) });
  }

  async startRecording(): Promise<Locator> {
    await this.page.locator('main').getByRole('button', { name: this.t('casework:consent.record') }).click();
    const dialog = this.dialog();
    await dialog.waitFor();
    return dialog;
  }

  async chooseAgency(agency: string): Promise<void> {
    await pickOption(this.page, this.dialog(), this.t('casework:consent.recipient'), agency);
  }

  async tick(label: string): Promise<void> {
    await this.dialog().getByRole('checkbox', { name: label, exact: true }).check();
  }
}

export class CaseScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(caseId: string): Promise<this> {
    await this.page.goto(`/cases/${caseId}`);
    await this.timeline().locator('li').first().waitFor();
    return this;
  }

  main() {
    return this.page.locator('main');
  }

  timeline(): Locator {
    return this.page.locator('main section', { has: this.page.getByRole('heading', { name: this.t('casework:timeline.title') }) });
  }

  details(): Locator {
    return this.page.locator('main section', { has: this.page.getByRole('heading', { name: this.t('casework:case.details') }) });
  }

  async changeStatus(reason: string): Promise<Locator> {
    await this.main().getByRole('button', { name: this.t('casework:case.changeStatus') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.t('casework:case.statusReason'), { exact: false }).fill(reason);
    await dialog.locator('button[type=submit]').click();
    return dialog;
  }
}
