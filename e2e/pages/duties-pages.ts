/** Page objects: the case page's notification duty section, the notification duties page and the supervisor overview. */
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './select';

export class CaseDutySection {
  constructor(readonly page: Page, readonly t: TFunction) {}

  section(): Locator {
    return this.page.locator('section[aria-labelledby="case-duties"]');
  }

  /** Records an event through the dialog (the date defaults to today) and returns the created duties' links. */
  async recordEvent(eventType: string): Promise<Locator> {
    await this.section().getByRole('button', { name: this.t('duties:caseSection.record') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('duties:record.title') });
    await pickOption(this.page, dialog, this.t('duties:record.eventType'), this.t(`duties:eventType.${eventType}`));
    await dialog.getByRole('button', { name: this.t('duties:record.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
    const created = this.section().getByRole('status');
    await created.waitFor();
    return created;
  }
}

export class DutiesScreen {
  constructor(readonly page: Page, readonly t: TFunction) {}

  async open(): Promise<this> {
    await this.page.goto('/duties');
    await this.page.getByRole('heading', { level: 1, name: this.t('duties:page.title') }).waitFor();
    return this;
  }

  table(box: 'outgoing' | 'incoming'): Locator {
    return this.page.getByRole('table', { name: this.t(`duties:${box}.title`) });
  }

  row(box: 'outgoing' | 'incoming', dutyId: string): Locator {
    return this.table(box).locator(`tr[data-duty="${dutyId}"]`);
  }

  status(box: 'outgoing' | 'incoming', dutyId: string): Locator {
    return this.row(box, dutyId).locator('[data-status]');
  }

  /** Sends a duty to the agency already named on it. */
  async send(dutyId: string): Promise<void> {
    await this.row('outgoing', dutyId).getByRole('button', { name: this.t('duties:outgoing.send') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.t('duties:send.title') });
    await dialog.getByRole('button', { name: this.t('duties:send.confirm') }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  async acknowledge(dutyId: string): Promise<void> {
    await this.row('incoming', dutyId).getByRole('button', { name: this.t('duties:incoming.acknowledge') }).click();
  }
}

export class DutyDashboardScreen {
  constructor(readonly page: Page, readonly t: TFunction) {}

  async open(): Promise<this> {
    await this.page.goto('/duty-overview');
    await this.page.getByRole('heading', { level: 1, name: this.t('duties:dashboard.title') }).waitFor();
    return this;
  }

  overdueRow(dutyId: string): Locator {
    return this.page.getByRole('table', { name: this.t('duties:dashboard.overdueTitle') }).locator(`tr[data-duty="${dutyId}"]`);
  }

  ruleRow(eventType: string): Locator {
    return this.page.getByRole('table', { name: this.t('duties:dashboard.byRule') }).getByRole('row').filter({ hasText: this.t(`duties:eventType.${eventType}`) });
  }
}
