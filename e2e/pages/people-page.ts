/**
 * Page objects of the person registry: the intake search, the registration form, a
 * person record and its access log. Labels come from the app's own translations, so a
 * journey reads what a person reads; `registerViaApi` sets up a record without the UI.
 */
import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';
import { buildPeople } from '../../src/db/seed/people';
import { Rng } from '../../src/db/seed/random';
import { pickOption } from './select';

/** A case manager of the Yerevan employment office; no journey outside the registry signs in as her. */
export const intakeCaseManager = 'anna.sargsyan@employment.onedoor.test';

export interface SearchTerms {
  familyName?: string;
  givenName?: string;
  birthDate?: string;
  nationalId?: string;
}

/**
 * The clients the e2e server seeds (scripts/e2e.mjs: 50 clients, the default seed and
 * date), rebuilt from the same deterministic generator.
 */
export function seededPeople() {
  return buildPeople(50, new Rng(1, 'people'), new Rng(1, 'ids'), '2026-11-01').persons.map((p) => p.row);
}

export class PeoplePages {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  private main() {
    return this.page.locator('main');
  }

  async openFind(): Promise<void> {
    await this.page.goto('/people');
    await this.page.getByRole('search').waitFor();
  }

  async search(terms: SearchTerms): Promise<void> {
    const form = this.page.getByRole('search');
    const label = (key: keyof SearchTerms) => this.t(`intake:field.${key}`);
    for (const key of ['familyName', 'givenName', 'birthDate', 'nationalId'] as const) {
      await form.getByLabel(label(key), { exact: true }).fill(terms[key] ?? '');
    }
    await form.getByRole('button', { name: this.t('intake:search.submit') }).click();
    // The count is announced once this search (not a previous one) has answered.
    await this.main().getByRole('status').filter({ hasText: /\d/ }).waitFor();
  }

  resultRow(text: string) {
    return this.main().locator('table tbody tr', { hasText: text });
  }

  async startRegistration(): Promise<void> {
    await this.main().getByRole('button', { name: this.t('intake:find.register') }).click();
    await this.page.waitForURL('**/people/new');
    // The address changes before React renders the new page (navigations are transitions):
    // wait for the form, or the next fills land in the search form still on screen.
    await this.main().getByRole('heading', { name: this.t('intake:register.title') }).waitFor();
  }

  /** An input by its whole label ("Անուն" must not find "Ազգանուն"); required ones end in " *". */
  field(key: string) {
    const label = this.t(`intake:field.${key}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.main().getByLabel(new RegExp(`^${label}( \\*)?$`));
  }

  async chooseSex(sexLabel: string): Promise<void> {
    await pickOption(this.page, this.main(), this.t('intake:field.sex'), sexLabel);
  }

  async submitRegistration(): Promise<void> {
    await this.main().getByRole('button', { name: this.t('intake:register.submit') }).click();
  }

  /** Waits for a person record page and returns the person's id from the address. */
  async recordOpened(): Promise<string> {
    await this.page.waitForURL(/\/people\/[0-9a-f-]{36}(\?.*)?$/);
    await this.main().getByRole('tab', { name: this.t('intake:tabs.details') }).waitFor();
    return new URL(this.page.url()).pathname.split('/')[2]!;
  }

  async openRecord(id: string): Promise<void> {
    await this.page.goto(`/people/${id}`);
    await this.main().getByRole('tab', { name: this.t('intake:tabs.details') }).waitFor();
  }

  /** Opens one tab of a record and waits until its table has loaded. */
  async openTab(id: string, tab: 'details' | 'household' | 'cases' | 'history' | 'duplicates'): Promise<void> {
    await this.page.goto(tab === 'details' ? `/people/${id}` : `/people/${id}?tab=${tab}`);
    await this.main().locator('[role=tabpanel] table[aria-busy="false"] tbody tr').first().waitFor();
  }

  async openAccessLog(id: string): Promise<void> {
    await this.page.goto(`/people/${id}/access-log`);
    await this.main().locator('table[aria-busy="false"] tbody tr td + td').first().waitFor();
  }

  /** Registers a person through the API as the signed-in user (the UI path has its own journey). */
  async registerViaApi(body: Record<string, unknown>): Promise<{ id: string; onedoorId: string; version: number }> {
    const csrf = await this.page.request.get('/api/auth/csrf');
    const { token } = (await csrf.json()) as { token: string };
    const response = await this.page.request.post('/api/people', { data: body, headers: { 'x-csrf-token': token } });
    if (response.status() !== 201) throw new Error(`registration failed: ${response.status()} ${await response.text()}`);
    return (await response.json()) as { id: string; onedoorId: string; version: number };
  }
}
