/**
 * Page objects of the assessment screens: one assessment (its parts, comparison,
 * finalising, profiling and the counsellor's decision) and the re-assessment worklist.
 * Questions are found by their text in the UI language, read from the instrument itself.
 */
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from '../support/env';
import { pickOption } from './select';

type Text = Record<UiLanguage, string>;
export interface InstrumentQuestion {
  id: string;
  type: 'single_choice' | 'multiple_choice' | 'number' | 'yes_no' | 'text' | 'date';
  text: Text;
  required?: boolean;
  options?: { value: string; label: Text }[];
}
export interface Instrument {
  id: string;
  definition: { sections: { id: string; title: Text; questions: InstrumentQuestion[] }[] };
}
export type Answer = string | number | boolean | string[];

export class AssessmentScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
    readonly language: UiLanguage,
    readonly instrument: Instrument,
  ) {}

  async open(id: string): Promise<this> {
    await this.page.goto(`/assessments/${id}`);
    await this.page.locator('#assessment-facts').waitFor();
    return this;
  }

  /** After a navigation inside the app (a transition): the URL, then the new page's heading. */
  async arrived(): Promise<string> {
    await this.page.waitForURL(/\/assessments\/[0-9a-f-]{36}$/);
    await this.page.locator('#assessment-facts').waitFor();
    return this.page.url().split('/').pop()!;
  }

  main(): Locator {
    return this.page.locator('main');
  }

  question(id: string): InstrumentQuestion {
    const q = this.instrument.definition.sections.flatMap((s) => s.questions).find((x) => x.id === id);
    if (!q) throw new Error(`no question ${id}`);
    return q;
  }

  /** The tab shown now (the others stay mounted, hidden, with their own copies of the questions). */
  panel(): Locator {
    return this.main().getByRole('tabpanel');
  }

  field(id: string): Locator {
    const q = this.question(id);
    const text = q.text[this.language];
    if (q.type === 'single_choice' || q.type === 'yes_no') return this.panel().getByRole('radiogroup', { name: text });
    if (q.type === 'multiple_choice') return this.panel().getByRole('group', { name: text });
    return this.panel().getByLabel(text, { exact: false });
  }

  /** What the question's field is described by: its help and its error message. */
  async description(id: string): Promise<string> {
    const ids = (await this.field(id).getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((ref) => this.page.locator(`[id="${ref}"]`).textContent()));
    return texts.join(' ');
  }

  async answer(id: string, value: Answer): Promise<void> {
    const q = this.question(id);
    const label = (v: string) => q.options?.find((o) => o.value === v)?.label[this.language] ?? v;
    const field = this.field(id);
    if (q.type === 'single_choice') await field.getByRole('radio', { name: label(String(value)), exact: true }).check();
    else if (q.type === 'yes_no') await field.getByRole('radio', { name: this.t(value ? 'assessment:answer.yes' : 'assessment:answer.no'), exact: true }).check();
    else if (q.type === 'multiple_choice') for (const v of value as string[]) await field.getByRole('checkbox', { name: label(v), exact: true }).check();
    else await field.fill(String(value));
  }

  async answerAll(answers: Record<string, Answer>): Promise<void> {
    for (const [id, value] of Object.entries(answers)) await this.answer(id, value);
  }

  async openTab(name: 'interview' | 'self' | 'specialist' | 'comparison'): Promise<void> {
    await this.main().getByRole('tab', { name: this.t(`assessment:tabs.${name}`), exact: true }).click();
  }

  /** Autosave said "Saved" (the status region), so nothing is waiting. */
  async saved(): Promise<void> {
    const prefix = this.t('assessment:save.savedAt', { time: '' }).trim();
    await this.page.locator('[role=status]', { hasText: prefix }).waitFor();
  }

  saveStatus(): Locator {
    return this.main().locator('section[aria-label] [role=status]');
  }

  async finalise(): Promise<void> {
    await this.main().getByRole('button', { name: this.t('assessment:finalise.action'), exact: true }).click();
  }

  async confirmFinalise(): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('button', { name: this.t('assessment:finalise.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.profiling().waitFor();
  }

  errorSummary(): Locator {
    return this.main().getByRole('alert').filter({ hasText: this.t('assessment:finalise.missingIntro') });
  }

  profiling(): Locator {
    return this.page.locator('section[aria-labelledby="profiling-title"]');
  }

  section(titleId: 'rules-title' | 'risk-title' | 'barriers-title' | 'scores-title' | 'decision-title' | 'comparison-title'): Locator {
    return this.page.locator(`section[aria-labelledby="${titleId}"]`);
  }

  async decide(segment: string, reason: string | null): Promise<void> {
    const decision = this.section('decision-title');
    await decision.getByRole('radio', { name: this.t(`assessment:segment.${segment}`), exact: true }).check();
    const field = decision.getByLabel(this.t('assessment:decision.reason'), { exact: false });
    await field.fill(reason ?? '');
    await decision.locator('button[type=submit]').click();
  }

  reasonField(): Locator {
    return this.section('decision-title').getByLabel(this.t('assessment:decision.reason'), { exact: false });
  }
}

export class ReassessmentsPage {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(): Promise<this> {
    await this.page.goto('/reassessments');
    await this.page.getByRole('heading', { level: 1, name: this.t('assessment:due.title') }).waitFor();
    await this.page.locator('main table[aria-busy="false"]').waitFor();
    return this;
  }

  async within(days: number): Promise<void> {
    await pickOption(this.page, this.page.locator('main'), this.t('assessment:due.horizon'), this.t('assessment:due.within', { count: days }));
  }

  row(text: string): Locator {
    return this.page.locator('main table[aria-busy="false"] tbody tr', { hasText: text });
  }
}
