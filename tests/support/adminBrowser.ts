import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

export const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results');

/** A staff member signed in to the admin through its own login form, in a Warsaw browser at 1366 px. */
export async function signIn(browser: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', 'demo1234');
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
  return page;
}

/** Opens a procedure's edit view by its title, from the procedures list. */
export async function openProcedure(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/collections/procedures?limit=100`);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.waitForSelector('#field-title');
}

/** axe-core's WCAG 2.1 A/AA rules over the project's own parts of a view (Payload's chrome is Payload's). */
export async function axeViolations(page: Page, selectors: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of selectors) builder = builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
