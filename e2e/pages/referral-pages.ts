/**
 * Page objects of the referral screens: the referrals section of a case and its form, the
 * agency inbox, one referral, and the notifications page with the header bell. Labels come
 * from the app's translations, so the journeys read what a person reads.
 */
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';

export class CaseReferralsSection {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  section(): Locator {
    return this.page.locator('section[aria-labelledby="case-referrals"]');
  }

  item(serviceName: string): Locator {
    return this.section().locator('li', { hasText: serviceName });
  }

  referral(id: string): Locator {
    return this.section().locator(`li[data-referral="${id}"]`);
  }

  async startReferral(): Promise<ReferralForm> {
    await this.section().getByRole('button', { name: this.t('referrals:web.case.refer') }).click();
    const form = new ReferralForm(this.page, this.t);
    await form.dialog().waitFor();
    return form;
  }
}

export class ReferralForm {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  categories(): Locator {
    return this.dialog().locator('#referral-categories');
  }

  async chooseService(name: string): Promise<void> {
    const input = this.dialog().locator('input#referral-service');
    await input.click();
    await input.fill(name);
    await this.page.getByRole('option', { name }).click();
  }

  async fill(values: { reason: string; categories: string[]; urgency?: string; appearBy?: string }): Promise<void> {
    const d = this.dialog();
    await d.getByLabel(this.t('referrals:web.form.reason'), { exact: false }).fill(values.reason);
    for (const label of values.categories) await d.getByRole('checkbox', { name: label, exact: true }).check();
    if (values.urgency) await d.getByText(values.urgency, { exact: true }).click();
    if (values.appearBy) await d.getByLabel(this.t('referrals:web.form.appearBy'), { exact: false }).fill(values.appearBy);
  }

  async untick(label: string): Promise<void> {
    await this.dialog().getByRole('checkbox', { name: label, exact: true }).uncheck();
  }

  /** Sends; returns the referral page when the server took it, else stays on the dialog. */
  async send(): Promise<void> {
    await this.dialog().getByRole('button', { name: this.t('referrals:web.form.send') }).click();
  }
}

export class ReferralScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(id: string): Promise<this> {
    await this.page.goto(`/referrals/${id}`);
    return this.ready();
  }

  async arrived(): Promise<this> {
    await this.page.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    return this.ready();
  }

  async ready(): Promise<this> {
    await this.page.locator('#referral-state').waitFor();
    return this;
  }

  id(): string {
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  status(): Locator {
    return this.page.locator('#referral-state');
  }

  async waitForStatus(status: string): Promise<void> {
    await this.status().locator(`[data-referral-status="${status}"]`).waitFor();
  }

  receipt(): Locator {
    return this.page.locator('#referral-receipt');
  }

  carried(): Locator {
    return this.page.locator('section[aria-labelledby="referral-carried"]');
  }

  timeline(): Locator {
    return this.page.locator('section[aria-labelledby="referral-timeline"]');
  }

  actions(): Locator {
    return this.page.locator('section[aria-labelledby="referral-actions"]');
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A one-click step, then waits for the status it leads to. */
  async step(button: string, then: string): Promise<void> {
    await this.actions().getByRole('button', { name: button, exact: true }).click();
    await this.waitForStatus(then);
  }

  async bookAppointment(at: string, place: string): Promise<void> {
    await this.actions().getByRole('button', { name: this.t('referrals:web.steps.book_appointment.button') }).click();
    const d = this.dialog();
    await d.getByLabel(this.t('referrals:web.steps.book_appointment.at'), { exact: false }).fill(at);
    await d.getByLabel(this.t('referrals:web.steps.book_appointment.place'), { exact: false }).fill(place);
    await d.getByRole('button', { name: this.t('referrals:web.steps.book_appointment.confirm') }).click();
    await d.waitFor({ state: 'detached' });
    await this.waitForStatus('appointment_booked');
  }

  async complete(outcome: string, feedback: string): Promise<void> {
    await this.actions().getByRole('button', { name: this.t('referrals:web.steps.complete.button') }).click();
    const d = this.dialog();
    await d.getByRole('radio', { name: outcome }).check();
    await d.getByLabel(this.t('referrals:web.steps.complete.feedback'), { exact: false }).fill(feedback);
    await d.getByRole('button', { name: this.t('referrals:web.steps.complete.confirm') }).click();
    await d.waitFor({ state: 'detached' });
    await this.waitForStatus('completed');
  }
}

export class InboxScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  async open(): Promise<this> {
    await this.page.goto('/referrals/inbox');
    await this.page.locator('main table[aria-busy="false"]').waitFor();
    return this;
  }

  row(text: string): Locator {
    return this.page.locator('main tbody tr', { hasText: text });
  }

  rowOf(id: string): Locator {
    return this.page.locator(`main tbody tr[data-referral="${id}"]`);
  }

  async openReferral(id: string): Promise<ReferralScreen> {
    await this.rowOf(id).getByRole('link').first().click();
    return new ReferralScreen(this.page, this.t).arrived();
  }

  /** Ticks the rows of these referrals and accepts them together; returns the result message. */
  async bulkAccept(ids: string[]): Promise<string> {
    for (const id of ids) await this.rowOf(id).getByRole('checkbox').check();
    await this.page.locator('#referral-bulk-accept').click();
    const result = this.page.locator('main [role="status"]');
    await result.waitFor();
    return (await result.textContent()) ?? '';
  }
}

export class NotificationsScreen {
  constructor(
    readonly page: Page,
    readonly t: TFunction,
  ) {}

  bell(): Locator {
    return this.page.locator('header #notification-bell');
  }

  async openFromBell(): Promise<this> {
    await this.bell().click();
    await this.page.waitForURL(/\/notifications$/);
    await this.page.locator('main h1').waitFor();
    return this;
  }

  item(text: string): Locator {
    return this.page.locator('main li[data-notification]', { hasText: text });
  }
}
