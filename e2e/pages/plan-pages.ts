/**
 * Page objects of the action plan: its section on the case page and the plan page (the
 * draft, suggested services, obligations, signing, the PDF, reviews and the history).
 * Labels come from the app's translations, so the journeys read what a person reads.
 */
import { readFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './select';

export class CasePlanSection {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  section(): Locator {
    return this.page.locator('section[aria-labelledby="case-plan"]');
  }

  async start(): Promise<PlanScreen> {
    await this.section().getByRole('button', { name: this.t('planweb:section.start') }).click();
    return new PlanScreen(this.page, this.t).arrived();
  }

  async open(): Promise<PlanScreen> {
    await this.section().getByRole('link', { name: this.t('planweb:section.open') }).click();
    return new PlanScreen(this.page, this.t).arrived();
  }
}

export class PlanScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(caseId: string): Promise<this> {
    await this.page.goto(`/cases/${caseId}/plan`);
    await this.status().waitFor();
    return this;
  }

  /** After a navigation inside the app (a transition): the URL, then the new page's heading. */
  async arrived(): Promise<this> {
    await this.page.waitForURL(/\/cases\/[0-9a-f-]{36}\/plan$/);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    await this.status().waitFor();
    return this;
  }

  main(): Locator {
    return this.page.locator('main');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  section(id: 'plan-status' | 'plan-assessment' | 'plan-goals' | 'plan-actions' | 'plan-suggestions' | 'plan-obligations' | 'plan-history' | 'plan-in-force'): Locator {
    return this.page.locator(`section[aria-labelledby="${id}"]`);
  }

  status(): Locator {
    return this.section('plan-status');
  }

  barrier(label: string): Locator {
    return this.section('plan-assessment').locator('li', { hasText: label });
  }

  actionRow(title: string): Locator {
    // A table row on wider screens, a card on a phone.
    return this.section('plan-actions').locator('[data-plan-action]', { hasText: title });
  }

  suggestion(serviceName: string): Locator {
    return this.section('plan-suggestions').locator('li', { hasText: serviceName });
  }

  /** Accepts a suggested service, with another title or due date if given; waits for its action in the draft. */
  async accept(serviceName: string, edit: { title?: string; dueOn?: string } = {}): Promise<void> {
    await this.suggestion(serviceName).getByRole('button', { name: this.t('planweb:suggestions.acceptNamed', { name: serviceName }) }).click();
    const dialog = this.dialog();
    if (edit.title) await dialog.getByLabel(this.t('planweb:accept.titleLabel'), { exact: false }).fill(edit.title);
    if (edit.dueOn) await dialog.getByLabel(this.t('planweb:field.dueOn'), { exact: false }).fill(edit.dueOn);
    await dialog.getByRole('button', { name: this.t('planweb:accept.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.actionRow(edit.title ?? serviceName).waitFor();
  }

  async chooseGoal(label: string): Promise<void> {
    await pickOption(this.page, this.section('plan-goals'), this.t('planweb:field.goal'), label);
  }

  async writeMinimumOffer(text: string): Promise<void> {
    await this.section('plan-goals').getByLabel(this.t('planweb:field.minimumOffer'), { exact: false }).fill(text);
  }

  async writeSummary(text: string): Promise<void> {
    await this.summaryField().fill(text);
  }

  summaryField(): Locator {
    return this.section('plan-assessment').getByLabel(this.t('planweb:field.assessmentSummary'), { exact: false });
  }

  /** Adds an action through its dialog (kind stays "own activity", done by the client). */
  async addAction(title: string, dueOn: string): Promise<void> {
    await this.section('plan-actions').getByRole('button', { name: this.t('planweb:actions.add') }).click();
    const dialog = this.dialog();
    await dialog.getByLabel(this.t('planweb:field.title'), { exact: false }).fill(title);
    await dialog.getByLabel(this.t('planweb:field.dueOn'), { exact: false }).fill(dueOn);
    await dialog.getByRole('button', { name: this.t('planweb:actionForm.apply') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async changeDueDate(title: string, dueOn: string): Promise<void> {
    await this.actionRow(title).getByRole('button', { name: this.t('planweb:table.editNamed', { title }) }).click();
    const dialog = this.dialog();
    await dialog.getByLabel(this.t('planweb:field.dueOn'), { exact: false }).fill(dueOn);
    await dialog.getByRole('button', { name: this.t('planweb:actionForm.apply') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async addClientObligation(text: string, count: number, per: 'week' | 'month'): Promise<void> {
    const add = this.t('planweb:obligations.add.client');
    await this.section('plan-obligations').getByRole('button', { name: add }).click();
    const dialog = this.dialog();
    await dialog.getByLabel(this.t('planweb:field.text'), { exact: false }).fill(text);
    await dialog.getByLabel(this.t('planweb:obligationForm.count'), { exact: false }).fill(String(count));
    if (per === 'week') await pickOption(this.page, dialog, this.t('planweb:obligationForm.per'), this.t('planweb:period.week'));
    await dialog.getByRole('button', { name: this.t('planweb:actionForm.apply') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  saveStatus(): Locator {
    return this.main().locator('[role=status]');
  }

  /** Saves the draft; with `expectSaved`, waits until the page says everything is saved. */
  async save(expectSaved = true): Promise<void> {
    await this.main().getByRole('button', { name: this.t('planweb:save.action') }).click();
    if (expectSaved) await this.saveStatus().getByText(this.t('planweb:save.clean')).waitFor();
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').filter({ hasText: this.t('planweb:summary.intro') });
  }

  async sign(name: string): Promise<void> {
    await this.status().getByRole('button', { name: this.t('planweb:sign.open') }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: this.t('planweb:sign.onScreen') }).check();
    await dialog.getByLabel(this.t('planweb:sign.name'), { exact: false }).fill(name);
    await dialog.getByRole('button', { name: this.t('planweb:sign.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.status().getByText(this.t('planweb:versionStatus.signed'), { exact: true }).waitFor();
  }

  /** Downloads the PDF of the version on screen: its file name and its first bytes. */
  async downloadPdf(): Promise<{ fileName: string; head: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.status().getByRole('link', { name: this.t('planweb:pdf.download') }).click(),
    ]);
    const path = await download.path();
    return { fileName: download.suggestedFilename(), head: readFileSync(path).subarray(0, 5).toString('latin1') };
  }

  async startReview(note: string): Promise<void> {
    await this.status().getByRole('button', { name: this.t('planweb:review.open') }).click();
    const dialog = this.dialog();
    await dialog.getByLabel(this.t('planweb:review.note'), { exact: false }).fill(note);
    await dialog.getByRole('button', { name: this.t('planweb:review.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.status().getByText(this.t('planweb:versionStatus.draft'), { exact: true }).waitFor();
  }

  /** A version's signature as the history shows it (asked for, for a version not on screen). */
  async versionSignature(number: number): Promise<string> {
    const row = this.section('plan-history').getByRole('row', { name: new RegExp(`^${this.t('planweb:history.versionNumber', { number })}\\b`) });
    const show = row.getByRole('button', { name: this.t('planweb:history.signatureShow'), exact: false });
    if (await show.count()) await show.click();
    await row.getByText(this.t('planweb:method.on_screen'), { exact: false }).waitFor();
    return (await row.textContent()) ?? '';
  }

  /** The rows of "What changed" (the latest version against the one before). */
  diffRows(): Locator {
    return this.page.locator('section[aria-labelledby="plan-diff"] tbody tr');
  }
}
