/** Picks an option in a Mantine Select or MultiSelect found by its label. */
import type { Locator, Page } from 'playwright-core';

export async function pickOption(page: Page, scope: Locator, label: string | RegExp, option: string): Promise<void> {
  // force: a MultiSelect's pill wrapper lies over its input and takes the click itself.
  await scope.getByLabel(label, { exact: false }).first().click({ force: true });
  await page.getByRole('option', { name: option, exact: true }).click();
}
