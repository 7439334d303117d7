/**
 * Journey: an administrator reviews the active risk model (report, calibration, factors)
 * and its fairness report, trains a new version and makes it active, then reads the page
 * in Armenian; and looks after the assessment instrument (versions, a draft edited as
 * JSON with the server's per-path problems). axe-core finds no violations on any of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { InstrumentsPage, ProfilingPage } from './pages/profiling-pages';
import { accessibilityViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { demo, uiLanguages } from './support/env';
import { signedIn } from './support/session';
import { textIn } from './support/text';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectAccessible(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const violations = await accessibilityViolations(page);
  expect(violations, `${name}:\n${violations.join('\n')}`).toEqual([]);
}

it('an administrator reviews the active model and its fairness, trains a new version and makes it active', { timeout: 180_000 }, async () => {
  const t = await textIn('en');
  const { context, page, shell } = await signedIn(browser, demo.admin, 'en');
  const profiling = await new ProfilingPage(page, t).open();

  const active = await profiling.activeVersion();
  expect(active).toBeGreaterThan(0);
  await profiling.reportHeading(active).waitFor();
  await profiling.main().getByText(t('profiling:outcome')).waitFor();
  // Factor labels arrive translated from the server; the reference person is the baseline row.
  await profiling.main().getByText(t('profiling:factor.age_50_plus')).waitFor();

  await profiling.openTab('fairness');
  for (const dimension of ['sex', 'age_band', 'disability', 'municipality', 'region']) {
    await profiling.main().getByRole('heading', { level: 2, name: t(`profiling:dimension.${dimension}`) }).waitFor();
  }
  // The minimum cell size is stated with the report.
  await profiling.main().getByText(t('analytics:fairness.minCellValue', { min: 10 })).waitFor();

  const trained = await profiling.train();
  expect(trained).toBeGreaterThan(active);
  expect(await profiling.modelRow(trained).getByText(t('analytics:models.active'), { exact: true }).count()).toBe(0);
  await profiling.activate(trained);
  expect(await profiling.activeVersion()).toBe(trained);
  await screenshot(page, 'profiling-activated-en');

  await shell.chooseLanguage('hy');
  const hy = await textIn('hy');
  await shell.heading().filter({ hasText: hy('analytics:profiling.title') }).waitFor();
  await page.getByRole('heading', { level: 2, name: hy('analytics:report.title', { n: trained }) }).waitFor();
  await page.getByText(hy('profiling:factor.age_50_plus')).waitFor();
  await screenshot(page, 'profiling-hy');
  await context.close();
});

it('an administrator makes a draft of the instrument and sees each schema problem by its path', { timeout: 120_000 }, async () => {
  const t = await textIn('en');
  const { context, page } = await signedIn(browser, demo.admin, 'en');
  const instruments = await new InstrumentsPage(page, t).open();
  const draft = await instruments.createDraft();
  await instruments.main().getByText(t('analytics:editor.label', { n: draft })).waitFor();

  // Not JSON at all: said in words, nothing sent.
  await instruments.editor().fill('{ "title": ');
  await instruments.saveDraft();
  await instruments.problems().filter({ hasText: t('analytics:editor.syntaxTitle') }).waitFor();

  // JSON, but the Russian title is empty and a section has no questions: each path with its message.
  await instruments.main().getByRole('button', { name: t('analytics:editor.revert') }).click();
  const definition = JSON.parse(await instruments.editor().inputValue()) as {
    title: Record<string, string>;
    sections: { questions: unknown[] }[];
  };
  definition.title.ru = '';
  definition.sections[0]!.questions = [];
  await instruments.editor().fill(JSON.stringify(definition, null, 2));
  await instruments.saveDraft();
  const problems = instruments.problems().filter({ hasText: t('analytics:editor.fieldsIntro') });
  await problems.getByText('title.ru', { exact: true }).waitFor();
  await problems.getByText('sections[0].questions', { exact: true }).waitFor();
  await screenshot(page, 'instrument-draft-problems-en');

  await instruments.main().getByRole('button', { name: t('analytics:editor.revert') }).click();
  await instruments.saveDraft();
  await instruments.main().getByRole('heading', { name: t('analytics:definitions.instrumentN', { n: draft }) }).waitFor();
  await instruments.main().getByText(t('analytics:definitions.draftHint')).waitFor();
  await context.close();
});

describe.each(uiLanguages)('accessibility of the profiling and instrument pages in %s', (language) => {
  it('profiling: every tab and the training dialog', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, demo.admin, language);
    const profiling = await new ProfilingPage(page, t).open();
    await expectAccessible(page, `profiling-models-${language}`);
    for (const tab of ['fairness', 'overrides', 'attributes'] as const) {
      await profiling.openTab(tab);
      await expectAccessible(page, `profiling-${tab}-${language}`);
    }
    await profiling.openTab('models');
    await profiling.openTrainDialog();
    await expectAccessible(page, `profiling-train-dialog-${language}`);
    await context.close();
  });

  it('instruments: the instrument and rules views and the JSON editor', { timeout: 180_000 }, async () => {
    const t = await textIn(language);
    const { context, page } = await signedIn(browser, demo.admin, language);
    const instruments = await new InstrumentsPage(page, t).open();
    await instruments.expandFirstSection();
    await expectAccessible(page, `instrument-${language}`);
    await instruments.openRules();
    await expectAccessible(page, `segment-rules-${language}`);
    await instruments.createDraft();
    await expectAccessible(page, `segment-rules-editor-${language}`);
    await context.close();
  });
});
