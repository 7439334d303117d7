/** Page objects: the case conference list, the schedule form and one conference (briefing pack, attendance, decisions, minutes). */
import type { TFunction } from 'i18next';
import type { Locator, Page } from 'playwright-core';
import { pickOption } from './select';

export class ScheduleConferenceScreen {
  constructor(readonly page: Page, readonly t: TFunction) {}

  form() {
    return this.page.locator('main form');
  }

  async fill(o: { title: string; startsAt: string; address: string; participant: string; caseLabel: string }) {
    const t = this.t;
    const form = this.form();
    await form.getByLabel(t('conferences:field.title'), { exact: false }).fill(o.title);
    await form.getByLabel(t('conferences:field.startsAt'), { exact: false }).fill(o.startsAt);
    await form.getByLabel(t('conferences:field.address'), { exact: false }).fill(o.address);
    await pickOption(this.page, form, t('conferences:field.participants'), o.participant);
    await this.page.keyboard.press('Escape');
    await pickOption(this.page, form, t('conferences:field.cases'), o.caseLabel);
    await this.page.keyboard.press('Escape');
  }

  async submit(): Promise<ConferenceScreen> {
    await this.form().getByRole('button', { name: this.t('conferences:schedule.submit') }).click();
    await this.page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    return new ConferenceScreen(this.page, this.t);
  }
}

export class ConferenceScreen {
  constructor(readonly page: Page, readonly t: TFunction) {}

  async open(id: string) {
    await this.page.goto(`/conferences/${id}`);
    await this.section('conference-agenda').waitFor();
    return this;
  }

  id() {
    return this.page.url().split('/').pop()!;
  }

  section(id: string): Locator {
    return this.page.locator(`section[aria-labelledby="${id}"]`);
  }

  briefingItems() {
    return this.page.getByTestId('briefing-item');
  }

  async setAttendance(name: string, attendance: string) {
    const label = this.t('conferences:participants.attendanceOf', { name });
    await pickOption(this.page, this.section('conference-participants'), label, this.t(`conferences:attendance.${attendance}`));
  }

  async recordDecision(o: { text: string; ownerAgency: string; dueOn: string }) {
    const t = this.t;
    const form = this.section('conference-decisions').locator('form');
    await form.getByLabel(t('conferences:decisions.text'), { exact: false }).fill(o.text);
    await pickOption(this.page, form, t('conferences:decisions.ownerAgency'), o.ownerAgency);
    await form.getByLabel(t('conferences:decisions.dueOn'), { exact: false }).fill(o.dueOn);
    await form.getByRole('button', { name: t('conferences:decisions.submit') }).click();
    return this.section('conference-decisions').getByTestId('decision').filter({ hasText: o.text });
  }

  async saveMinutes(text: string) {
    const section = this.section('conference-minutes');
    await section.getByLabel(this.t('conferences:minutes.label'), { exact: false }).fill(text);
    await section.getByRole('button', { name: this.t('conferences:minutes.save') }).click();
  }
}
