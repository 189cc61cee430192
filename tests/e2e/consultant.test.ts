import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchBoxMessages } from '../../cms/components/consultant/messages';
import { MAX_QUERY_LENGTH } from '../../cms/search/endpoint';
import { searchMessages } from '../../cms/search/messages';
import { browserAvailability, launchChromium } from '../support/browser';
import { api, login } from '../support/http';
import { type DemoServer, startDemoServer } from '../support/serverProcess';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-results/screenshots');
const browser = browserAvailability();
const SLUG = 'zameldowanie-na-pobyt-staly';
const TITLE = 'Zameldowanie na pobyt stały';
const CARD = `/admin/karta/${SLUG}`;
// Unique per run, so the department's queue is checked for this very request.
const MESSAGE = `Zmienił się numer do pok. 12 — sprawdzono ${Date.now()}.`;
/** Markup a consultant might paste from an e-mail: stored as typed, shown as text, never run. */
const HOSTILE = `<img src=x onerror="window.__lckmHostile=1"><script>window.__lckmHostile=2</script><b>pilne</b> & „nr” ${Date.now()}`;
type SeedProcedure = {
  callCenter?: { contacts: { name: string; phone: string }[]; notes: string; faq: { question: string; answer: string }[]; other: string };
};
const seedDir = path.join(root, 'cms/seed/procedures');
const readSeed = (file: string) => JSON.parse(fs.readFileSync(path.join(seedDir, file), 'utf8')) as SeedProcedure;
/** Everything the demo descriptions hold outside their call-center information. */
const outsideCallCenter = fs
  .readdirSync(seedDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.stringify({ ...readSeed(file), callCenter: undefined }))
  .join('\n');
const { callCenter } = readSeed(`${SLUG}.json`);
/**
 * The procedure's call-center information (template footnote *: never public), those of its texts
 * that nothing public holds too: a contact may also be a "responsible person" of the BIP metadata.
 */
const INTERNAL_TEXTS = [
  ...(callCenter?.contacts ?? []).flatMap((c) => [c.name, c.phone]),
  callCenter?.notes ?? '',
  ...(callCenter?.faq ?? []).flatMap((f) => [f.question, f.answer]),
  callCenter?.other ?? '',
].filter((text) => text !== '' && !outsideCallCenter.includes(text));
const isStaffSearch = (url: URL) => url.pathname === '/api/search';

async function signIn(chromium: Browser, baseUrl: string, email: string): Promise<Page> {
  const context = await chromium.newContext({ viewport: { width: 1366, height: 768 }, locale: 'pl-PL' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/admin/login`);
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', 'demo1234');
  await page.click('button[type="submit"]');
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
  return page;
}

/** axe-core's WCAG 2.1 A/AA rules over the project's own view (Payload's chrome around it is Payload's). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(shots, `consultant-${name}.png`), fullPage });

/** Presses Tab until the focused element's text is `text` (as a keyboard user reaches it). */
async function tabTo(page: Page, text: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  throw new Error(`„${text}” not reached with ${limit} presses of Tab`);
}

/** The focused element's outline: a keyboard user must see where they are. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });

describe.skipIf(!browser.run)(`the consultant during a call${browser.run ? '' : ` — skipped: ${browser.reason}`}`, () => {
  let server: DemoServer;
  let chromium: Browser;
  let consultant: Page;

  beforeAll(async () => {
    server = await startDemoServer('consultant');
    chromium = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
    // The admin is built first when its sources changed (several minutes on a busy machine).
  }, 900_000);
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('sends a consultant who is not signed in to the login page, and back to the card afterwards', async () => {
    const context = await chromium.newContext({ viewport: { width: 1366, height: 768 }, locale: 'pl-PL' });
    consultant = await context.newPage();
    await consultant.goto(`${server.baseUrl}${CARD}`);
    await consultant.waitForURL((url) => url.pathname === '/admin/login' && url.searchParams.get('redirect') === CARD);
    await consultant.fill('input[name="email"]', 'konsultant@example.pl');
    await consultant.fill('input[name="password"]', 'demo1234');
    await consultant.click('button[type="submit"]');
    await consultant.waitForURL((url) => url.pathname === CARD, { timeout: 60_000 });
    expect(await consultant.locator('h1').textContent()).toBe(TITLE);
  }, 120_000);

  it('finds a procedure by a resident’s word on the dashboard and opens its card, phones as links', async () => {
    await consultant.goto(`${server.baseUrl}/admin`);
    await consultant.locator('.consultant-dashboard').waitFor();
    expect(await axeViolations(consultant, '.consultant-dashboard')).toEqual([]);
    await shot(consultant, 'dashboard');

    await consultant.getByLabel(/Szukaj procedury/).fill('meldunek');
    const result = consultant.locator('.consultant-search__results a', { hasText: TITLE });
    await result.waitFor({ timeout: 15_000 });
    expect(await consultant.locator('.consultant-search output').textContent()).toMatch(/^Znaleziono \d+ procedur(ę|y)?\.$/);
    expect(await axeViolations(consultant, '.consultant-dashboard')).toEqual([]);
    await shot(consultant, 'search');
    await result.click();
    await consultant.waitForURL(new RegExp(`${CARD}$`));

    expect(await consultant.locator('h1').textContent()).toBe(TITLE);
    const headings = await consultant.locator('.consultant-card h2').allTextContents();
    expect(headings).toEqual(['Informacje dla pracownika Oddziału Call Center*', 'Co mówimy mieszkańcowi']);
    // The internal information comes before the public part, on one screen at 1366×768.
    const contact = consultant.locator('.consultant-contacts a[href^="tel:"]').first();
    expect(await contact.getAttribute('href')).toBe('tel:+48426384720');
    expect(await contact.textContent()).toBe('+48 42 638 47 20');
    expect((await contact.boundingBox())?.y).toBeLessThan(768);
    const cardText = await consultant.locator('.consultant-card').textContent();
    for (const text of [
      'Najczęściej zadawane pytania*',
      'Inne*',
      'Najważniejsze etapy realizacji procedury',
      'Opłaty',
      'Termin realizacji',
    ]) {
      expect(cardText).toContain(text);
    }
    expect(cardText).toMatch(/wersja \d+ zatwierdzona \d\d\.\d\d\.\d{4}, \d\d:\d\d/);
    expect(cardText).not.toMatch(/\[object Object\]|undefined|true|false/);
    // Calling: the softphone takes over the tel: link and the card stays. In a tab of its own: the
    // headless browser's (invisible) question which application opens tel: keeps the keyboard.
    const call = await consultant.context().newPage();
    await call.goto(`${server.baseUrl}${CARD}`);
    await call.locator('.consultant-contacts a[href^="tel:"]').first().click();
    expect(call.url()).toBe(`${server.baseUrl}${CARD}`);
    await call.close();

    expect(await axeViolations(consultant, '.consultant-card')).toEqual([]);
    await shot(consultant, 'card');
    await consultant.setViewportSize({ width: 420, height: 860 });
    expect(await axeViolations(consultant, '.consultant-card')).toEqual([]);
    await shot(consultant, 'card-narrow');
    await consultant.setViewportSize({ width: 1366, height: 768 });
  }, 180_000);

  it('files a change request from the card by keyboard alone; the department finds it in its queue', async () => {
    await consultant.goto(`${server.baseUrl}${CARD}`);
    await tabTo(consultant, 'Zgłoś potrzebę aktualizacji');
    const outline = await focusOutline(consultant);
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await consultant.keyboard.press('Enter');
    const field = consultant.getByLabel('Co trzeba zaktualizować?');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);

    // Sending nothing: the error is announced and tied to the field.
    await tabTo(consultant, 'Wyślij zgłoszenie');
    await consultant.keyboard.press('Enter');
    const alert = consultant.locator('.consultant-report [role="alert"]');
    await expect.poll(() => alert.textContent()).toBe('Wpisz, co trzeba zaktualizować.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(await alert.getAttribute('id'));
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await axeViolations(consultant, '.consultant-card')).toEqual([]);
    await shot(consultant, 'report-error');

    await consultant.keyboard.type(MESSAGE);
    await tabTo(consultant, 'Wyślij zgłoszenie');
    await consultant.keyboard.press('Enter');
    const status = consultant.locator('.consultant-report output');
    await expect
      .poll(() => status.textContent(), { timeout: 15_000 })
      .toMatch(/^Zgłoszenie wysłane\. Odbiorca: Wydział Spraw Obywatelskich — /);
    await consultant.locator('.consultant-requests', { hasText: MESSAGE }).waitFor({ timeout: 15_000 });
    await shot(consultant, 'report-sent');

    const team = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const filed = await api<{ docs: { requestedByName: string; status: string; department: { name: string } }[] }>(
      server.baseUrl,
      `/api/change-requests?where[message][equals]=${encodeURIComponent(MESSAGE)}&depth=1`,
      { token: team },
    );
    expect(filed.body.docs).toEqual([
      expect.objectContaining({
        requestedByName: 'Wiśniewska Maria',
        status: 'open',
        department: expect.objectContaining({ name: 'Wydział Spraw Obywatelskich' }),
      }),
    ]);
    const editor = await signIn(chromium, server.baseUrl, 'redaktor@example.pl');
    expect(await editor.locator('body').textContent()).toContain(MESSAGE);
    await editor.context().close();
  }, 180_000);

  it('lists the card among the recently opened and the request among the consultant’s open ones', async () => {
    await consultant.goto(`${server.baseUrl}/admin`);
    const recent = consultant.locator('section[aria-labelledby="konsultant-ostatnie"] a').first();
    expect(await recent.textContent()).toBe(TITLE);
    expect(await recent.getAttribute('href')).toBe(CARD);
    expect(await consultant.locator('section[aria-labelledby="konsultant-zgloszenia"]').textContent()).toContain(MESSAGE);
    expect(await consultant.locator('section[aria-labelledby="konsultant-ostatnie"]').textContent()).toMatch(
      /otwarta \d\d\.\d\d\.\d{4}, \d\d:\d\d/,
    );
    expect(await axeViolations(consultant, '.consultant-dashboard')).toEqual([]);
    await shot(consultant, 'dashboard-after');
  }, 120_000);

  it('falls back to the admin’s list search when the staff search is unreachable or still building, and says so in Polish', async () => {
    await consultant.goto(`${server.baseUrl}/admin`);
    const box = consultant.getByLabel(/Szukaj procedury/);
    const problem = consultant.locator('.consultant-search__problem');
    const result = consultant.locator('.consultant-search__results a', { hasText: TITLE });

    // The staff search unreachable (the network refuses): the list search finds by a keyword.
    await consultant.route(isStaffSearch, (route) => route.abort('failed'));
    await box.fill('meldunek');
    await expect
      .poll(() => problem.textContent(), { timeout: 15_000 })
      .toBe(searchBoxMessages.fallback(searchBoxMessages.unavailable(null)));
    await result.waitFor();
    expect(await result.getAttribute('href')).toBe(CARD);
    expect(await axeViolations(consultant, '.consultant-dashboard')).toEqual([]);
    await shot(consultant, 'search-fallback');
    await consultant.unroute(isStaffSearch);

    // Still building its index after a start: the endpoint's own Polish reason is passed on.
    const building = searchMessages.building(3, 13);
    await consultant.route(isStaffSearch, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        headers: { 'retry-after': '5' },
        body: JSON.stringify({ errors: [{ message: building }] }),
      }),
    );
    await box.fill('zameldowanie');
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toBe(searchBoxMessages.fallback(building));
    await result.waitFor();
    await consultant.unroute(isStaffSearch);

    // A query the staff search refuses is no outage: its message, and no stand-in results.
    const tooLong = 'a'.repeat(MAX_QUERY_LENGTH + 1);
    await box.fill(tooLong);
    await expect
      .poll(() => problem.textContent(), { timeout: 15_000 })
      .toBe(searchBoxMessages.failed(searchMessages.queryTooLong(MAX_QUERY_LENGTH, MAX_QUERY_LENGTH + 1)));
    expect(await consultant.locator('.consultant-search__results').count()).toBe(0);

    // Back to the staff search: no notice.
    await box.fill('meldunek');
    await result.waitFor({ timeout: 15_000 });
    await expect.poll(() => problem.textContent(), { timeout: 15_000 }).toBe('');
  }, 120_000);

  it('stores a request with markup as typed and shows it as text on the card and the dashboard', async () => {
    await consultant.goto(`${server.baseUrl}${CARD}`);
    await consultant.getByRole('button', { name: 'Zgłoś potrzebę aktualizacji' }).click();
    await consultant.getByLabel('Co trzeba zaktualizować?').fill(HOSTILE);
    await consultant.getByRole('button', { name: 'Wyślij zgłoszenie' }).click();
    const shown = consultant.locator('.consultant-requests li', { hasText: HOSTILE });
    await shown.waitFor({ timeout: 15_000 });
    expect(await consultant.locator('.consultant-requests img, .consultant-requests script, .consultant-requests b').count()).toBe(0);

    const token = await login(server.baseUrl, 'konsultant@example.pl', 'demo1234');
    const stored = await api<{ docs: { message: string }[] }>(
      server.baseUrl,
      `/api/change-requests?where[message][equals]=${encodeURIComponent(HOSTILE)}&depth=0`,
      { token },
    );
    expect(stored.body.docs.map((d) => d.message)).toEqual([HOSTILE]);

    await consultant.goto(`${server.baseUrl}/admin`);
    const mine = consultant.locator('section[aria-labelledby="konsultant-zgloszenia"]');
    expect(await mine.textContent()).toContain(HOSTILE);
    expect(await mine.locator('img, script, b').count()).toBe(0);
    expect(await consultant.evaluate(() => (window as { __lckmHostile?: number }).__lckmHostile)).toBeUndefined();
  }, 120_000);

  it('gives nobody signed out the call-center information or the requests, through the card or the API', async () => {
    const id = (
      await api<{ docs: { id: number }[] }>(server.baseUrl, `/api/procedures?where[slug][equals]=${SLUG}&depth=0`, {
        token: await login(server.baseUrl, 'konsultant@example.pl', 'demo1234'),
      })
    ).body.docs[0]?.id;
    expect(id).toBeTypeOf('number');
    const card = await fetch(`${server.baseUrl}${CARD}`, { redirect: 'manual' });
    const answers = [
      { route: CARD, status: card.status, text: await card.text() },
      ...(await Promise.all(
        [
          `/api/procedures?where[slug][equals]=${SLUG}&depth=2`,
          `/api/procedures?draft=true&limit=100&depth=2`,
          `/api/procedures/${id}?depth=2`,
          `/api/procedures/${id}?draft=true&depth=2`,
          `/api/procedures/versions?limit=100&depth=2`,
          '/api/register-entries?limit=100&depth=2',
          '/api/change-requests?limit=100&depth=2',
          '/api/payload-preferences?limit=100',
          `/api/search?q=${encodeURIComponent('Wiśniewska')}`,
        ].map(async (route) => ({ route, ...(await api(server.baseUrl, route)) })),
      )),
      {
        route: '/api/graphql',
        ...(await api(server.baseUrl, '/api/graphql', {
          json: {
            query:
              '{ Procedures(limit: 100) { docs { title callCenter { notes other contacts { name phone } faq { question answer } } } } }',
          },
        })),
      },
    ];
    // The card itself sends a signed-out person to the login page (a redirect, or Next's redirect
    // within a page already streaming).
    const cardAnswer = answers[0];
    expect(card.status >= 300 ? card.headers.get('location') : cardAnswer?.text).toContain('/admin/login');
    expect(INTERNAL_TEXTS.length).toBeGreaterThanOrEqual(5);
    // What is public and live comes back (the change register's public content); nothing internal does.
    expect(answers.find((a) => a.route.startsWith('/api/register-entries'))?.text).toContain(TITLE);
    for (const answer of answers) {
      for (const text of [...INTERNAL_TEXTS, MESSAGE, HOSTILE]) {
        const isCarried = answer.text.includes(text) || answer.text.includes(JSON.stringify(text).slice(1, -1));
        expect(isCarried, `${answer.route} (${answer.status}) carries „${text.slice(0, 40)}”`).toBe(false);
      }
    }
  }, 120_000);

  it('shows the card as a tab of the procedure under Payload’s own header', async () => {
    const token = await login(server.baseUrl, 'konsultant@example.pl', 'demo1234');
    const found = await api<{ docs: { id: number }[] }>(server.baseUrl, `/api/procedures?where[slug][equals]=${SLUG}&depth=0`, { token });
    await consultant.goto(`${server.baseUrl}/admin/collections/procedures/${found.body.docs[0]?.id}/karta`);
    await consultant.locator('.consultant-card').waitFor();
    expect(await consultant.locator('h1').first().textContent()).toContain(TITLE);
    expect(await consultant.locator('.consultant-card h1').count()).toBe(0);
    expect(await consultant.locator('.doc-tabs').textContent()).toContain('Karta konsultanta');
    expect(await axeViolations(consultant, '.consultant-card')).toEqual([]);
    await shot(consultant, 'tab');
  }, 120_000);

  it('answers 404 for a procedure that does not exist', async () => {
    const response = await consultant.goto(`${server.baseUrl}/admin/karta/nie-ma-takiej-procedury`);
    expect(response?.status()).toBe(404);
  }, 60_000);
});
