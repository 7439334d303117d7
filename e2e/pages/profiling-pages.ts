/**
 * Page objects: Profiling and fairness (models, report, fairness, overrides, protected
 * attributes, training and activating) and Assessment instruments (versions, drafts,
 * the JSON editor). Labels come from the app's own translations, so the same steps run
 * in every language.
 */
import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';

type Tab = 'models' | 'fairness' | 'overrides' | 'attributes';
const tabLabel: Record<Tab, string> = {
  models: 'analytics:profiling.tabModels',
  fairness: 'analytics:profiling.tabFairness',
  overrides: 'analytics:profiling.tabOverrides',
  attributes: 'analytics:profiling.tabAttributes',
};

export class ProfilingPage {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  main() {
    return this.page.locator('main');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Opens the models tab and waits for the report of the active model (its calibration chart). */
  async open(): Promise<this> {
    await this.page.goto('/profiling');
    await this.heading().filter({ hasText: this.t('analytics:profiling.title') }).waitFor();
    await this.main().locator('table[aria-busy="false"] tbody tr').first().waitFor();
    await this.main().getByRole('img', { name: this.t('analytics:calibration.chartTitle') }).waitFor();
    return this;
  }

  /** The model versions table: a row per version. */
  modelRow(modelVersion: number) {
    return this.main()
      .locator('table')
      .first()
      .locator('tbody tr', { has: this.page.getByText(this.t('analytics:models.versionN', { n: modelVersion }), { exact: true }) });
  }

  /** The version marked active in the table. */
  async activeVersion(): Promise<number> {
    const badge = this.page.getByText(this.t('analytics:models.active'), { exact: true });
    const row = this.main().locator('table').first().locator('tbody tr', { has: badge });
    // The first cell reads "Version 3" followed by the badge.
    const text = (await row.first().locator('td').first().textContent()) ?? '';
    return Number(/\d+/.exec(text)?.[0]);
  }

  reportHeading(modelVersion: number) {
    return this.main().getByRole('heading', { level: 2, name: this.t('analytics:report.title', { n: modelVersion }) });
  }

  async openTab(tab: Tab): Promise<void> {
    await this.main().getByRole('tab', { name: this.t(tabLabel[tab]) }).click();
    await this.main().getByRole('tab', { name: this.t(tabLabel[tab]), selected: true }).waitFor();
    const main = this.main();
    const ready = {
      models: () => main.locator('table[aria-busy="false"] tbody tr'),
      fairness: () => main.locator('section[aria-labelledby="fairness-sex"] tbody tr'),
      overrides: () => main.locator('table[aria-busy="false"]').or(main.getByText(this.t('analytics:overrides.noDecisions'))),
      attributes: () => main.getByRole('switch'),
    };
    await ready[tab]().first().waitFor();
  }

  /** Opens the training dialog, leaves the defaults, trains; returns the new version number. */
  async openTrainDialog() {
    await this.main().getByRole('button', { name: this.t('analytics:train.open') }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.t('analytics:train.submit') }).waitFor();
    return dialog;
  }

  /** Trains with the defaults from the models tab; returns the new version, whose report is then shown. */
  async train(): Promise<number> {
    await this.openTab('models');
    // Versions are numbered 1, 2, 3… and the table lists them all.
    const newest = (await this.main().locator('table').first().locator('tbody tr').count()) + 1;
    const dialog = await this.openTrainDialog();
    await dialog.getByRole('button', { name: this.t('analytics:train.submit') }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    await this.modelRow(newest).waitFor();
    await this.reportHeading(newest).waitFor();
    return newest;
  }

  async activate(modelVersion: number): Promise<void> {
    await this.modelRow(modelVersion).getByRole('button', { name: this.t('analytics:activate.openN', { n: modelVersion }) }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.t('analytics:activate.confirm', { n: modelVersion }) }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.modelRow(modelVersion).getByText(this.t('analytics:models.active'), { exact: true }).waitFor();
  }
}

export class InstrumentsPage {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  main() {
    return this.page.locator('main');
  }

  /** Opens the instrument tab and waits for the current version's sections. */
  async open(): Promise<this> {
    await this.page.goto('/admin/instruments');
    await this.page.getByRole('heading', { level: 1, name: this.t('analytics:instruments.title') }).waitFor();
    await this.main().getByRole('heading', { name: this.t('analytics:instrument.sections') }).waitFor();
    return this;
  }

  async openRules(): Promise<void> {
    await this.main().getByRole('tab', { name: this.t('analytics:instruments.tabRules') }).click();
    await this.main().getByRole('heading', { name: this.t('analytics:rules.title') }).waitFor();
  }

  async expandFirstSection(): Promise<void> {
    await this.main().locator('.mantine-Accordion-control').first().click();
    await this.main().locator('.mantine-Accordion-panel ol li').first().waitFor();
  }

  /** Creates a draft from the current version; the editor opens on it. Returns the draft's number. */
  async createDraft(): Promise<number> {
    const rows = await this.main().locator('table').first().locator('tbody tr').count();
    await this.main().getByRole('button', { name: this.t('analytics:definitions.newDraft') }).click();
    await this.editor().waitFor();
    return rows + 1;
  }

  editor() {
    return this.main().locator('textarea');
  }

  async saveDraft(): Promise<void> {
    await this.main().getByRole('button', { name: this.t('analytics:editor.save') }).click();
  }

  /** The alert listing the server's problems, one item per JSON path. */
  problems() {
    return this.main().getByRole('alert');
  }
}
