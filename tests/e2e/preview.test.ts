import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProcedure, SCREENSHOTS, screenshot, signIn } from '../support/adminBrowser';
import { browserAvailability, launchChromium } from '../support/browser';
import { api, login } from '../support/http';
import { type DemoServer, startDemoServer } from '../support/serverProcess';

const browserCheck = browserAvailability();
const BANNER = 'Podgląd wersji roboczej — nie jest opublikowana';
/** The demo's change waiting for a decision (cms/seed/workflowDemo.ts): its new "Termin składania dokumentów". */
const UNDER_REVIEW = {
  slug: 'zaswiadczenie-o-zameldowaniu',
  title: 'Wydanie zaświadczenia o zameldowaniu na pobyt stały lub czasowy',
  changedText: 'W dowolnym terminie; zaświadczenie wydaje się od ręki przy wizycie osobistej.',
};
/** The demo's incomplete draft. */
const INCOMPLETE = 'Wydanie zaświadczenia o nadaniu numeru PESEL';
/** Each step of a journey in the admin, on a machine that may be busy. */
const STEP = { timeout: 180_000 };

/** What the browser reported about the page and its frames: Content-Security-Policy refusals and script errors. */
function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Puts a script into the page as a draft's text never could, and tells whether the browser ran it. */
function ranInjectedScript(): boolean {
  const script = document.createElement('script');
  script.textContent = 'document.documentElement.dataset.ran = "tak";';
  document.body.append(script);
  return document.documentElement.dataset.ran === 'tak';
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const violations = (results: Awaited<ReturnType<AxeBuilder['analyze']>>) =>
  results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * axe-core's WCAG 2.1 A/AA rules over the admin's "Podgląd" view. axe is a script, and the
 * framed page runs none (its sandbox): it would wait there forever, so the frame is left to
 * `axeOfPreviewPage`.
 */
async function axeOfView(page: Page): Promise<string[]> {
  return violations(await new AxeBuilder({ page }).withTags(WCAG_21_AA).include('.preview').exclude('iframe.preview__frame').analyze());
}

/**
 * The same rules over the preview page itself, banner included: its exact markup, as the admin
 * serves it to the signed-in person, in a tab of its own under its own policy minus `sandbox`
 * (for this check only, so that axe can run).
 */
async function axeOfPreviewPage(admin: Page, address: string): Promise<string[]> {
  const served = await admin.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, html: await response.text(), policy: response.headers.get('content-security-policy') ?? '' };
  }, address);
  expect(served.status).toBe(200);
  const policy = served.policy
    .split(/;\s*/)
    .filter((directive) => !directive.startsWith('sandbox'))
    .join('; ');
  const url = new URL(address, admin.url()).href;
  const tab = await admin.context().newPage();
  await tab.route(url, (route) =>
    route.fulfill({ body: served.html, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': policy } }),
  );
  await tab.goto(url);
  expect(await tab.locator('.lckm-preview').count()).toBe(1);
  const found = violations(await new AxeBuilder({ page: tab }).withTags(WCAG_21_AA).analyze());
  await tab.close();
  return found;
}

/** The live portal's page of a procedure, once the start's publish run has written it. */
async function livePage(baseUrl: string, slug: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const response = await fetch(`${baseUrl}/procedury/${slug}/`);
    if (response.status === 200) return response.text();
    if (Date.now() > deadline) throw new Error(`/procedury/${slug}/ answers ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** "Podgląd" in the admin, on the demo data of `npm start`: the team previews the change it is to decide on. */
describe.skipIf(!browserCheck.run)(`the draft's preview in the admin (${browserCheck.reason || 'Chromium'})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let team: Page;
  let id: number;

  beforeAll(async () => {
    // A loaded machine (other suites at work) may take minutes to build the first release.
    server = await startDemoServer('preview', 480_000);
    const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const found = await api<{ docs: { id: number; workflowState: string }[] }>(
      server.baseUrl,
      `/api/procedures?where[slug][equals]=${UNDER_REVIEW.slug}&draft=true&depth=0`,
      { token },
    );
    const doc = found.body.docs[0];
    if (!doc) throw new Error(`no procedure ${UNDER_REVIEW.slug}: ${found.text}`);
    expect(doc.workflowState).toBe('submitted');
    id = doc.id;
    browser = await launchChromium();
    team = await signIn(browser, server.baseUrl, 'zespol@example.pl');
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "shows the change under review in the portal's own page, styled, with the banner and the card link, in a tab of the procedure",
    STEP,
    async () => {
      // What residents read now: the approved version, without the change.
      expect(await livePage(server.baseUrl, UNDER_REVIEW.slug)).not.toContain(UNDER_REVIEW.changedText);
      const problems = watchForViolations(team);
      await openProcedure(team, server.baseUrl, UNDER_REVIEW.title);
      await team.getByRole('link', { name: 'Podgląd', exact: true }).click();
      await team.waitForURL(new RegExp(`/procedures/${id}/podglad$`));
      expect(await team.locator('.preview__note').textContent()).toContain('Podgląd pokazuje ostatnio zapisaną wersję roboczą');
      const iframe = team.locator('iframe.preview__frame');
      expect(await iframe.getAttribute('sandbox')).toBe('allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      const frame = team.frameLocator('iframe.preview__frame');
      await frame.locator('.lckm-preview').waitFor();
      expect(await frame.locator('.lckm-preview').textContent()).toContain(BANNER);
      expect(await frame.locator('.lckm-preview__incomplete').count()).toBe(0);
      expect(await frame.locator('h1').textContent()).toBe(UNDER_REVIEW.title);
      // The draft's changed text, in its section of the page.
      expect(await frame.locator('main').textContent()).toContain(UNDER_REVIEW.changedText);
      // The page's card link leads to the card of the draft, with its size, as on the portal.
      const cardLink = frame.locator('main a', { hasText: /^Karta procedury \(PDF, / });
      expect(await cardLink.getAttribute('href')).toBe(`/api/procedures/${id}/preview.pdf`);
      expect(await team.getByRole('link', { name: /Karta PDF z wersji roboczej/ }).getAttribute('href')).toBe(
        `/api/procedures/${id}/preview.pdf`,
      );
      // The portal's CSS applies: its dark header and 19 px body text, not the browser's defaults.
      expect(await frame.locator('header.site').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(11, 12, 12)');
      expect(await frame.locator('body').evaluate((e) => getComputedStyle(e).fontSize)).toBe('19px');
      expect(await frame.locator('.lckm-preview').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 247, 191)');
      const framed = team.frames().find((f) => f.url().endsWith(`/api/procedures/${id}/preview`));
      if (!framed) throw new Error('no preview frame');
      expect(await framed.evaluate(ranInjectedScript)).toBe(false);
      expect(await axeOfView(team)).toEqual([]);
      expect(await axeOfPreviewPage(team, `/api/procedures/${id}/preview`)).toEqual([]);
      await screenshot(team, 'preview-team-tab');
      await team.screenshot({ path: path.join(SCREENSHOTS, 'preview-team-tab-full.png'), fullPage: true });
      expect(problems).toEqual([]);
    },
  );

  it("gives the draft's PDF card to the signed-in team, and nothing to a stranger", STEP, async () => {
    const href = (await team.getByRole('link', { name: /Karta PDF z wersji roboczej/ }).getAttribute('href')) ?? '';
    // As the browser asks for it from the admin: same-origin, with the session cookie.
    const card = await team.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), start: String.fromCharCode(...bytes.slice(0, 5)) };
    }, href);
    expect(card).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' });
    const anonymous = await fetch(`${server.baseUrl}${href}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe(
      'Zaloguj się, aby zobaczyć podgląd procedury.',
    );
  });

  it('opens the preview in a new tab, where it runs sandboxed and its links lead to the portal', STEP, async () => {
    const [tab] = await Promise.all([
      team.context().waitForEvent('page'),
      team.getByRole('link', { name: 'Otwórz podgląd w nowej karcie' }).click(),
    ]);
    const problems = watchForViolations(tab);
    await tab.waitForLoadState('load');
    expect(await tab.title()).toMatch(/^Podgląd: Wydanie zaświadczenia o zameldowaniu/);
    expect(await tab.locator('.lckm-preview').textContent()).toContain(BANNER);
    // Sandboxed by its own policy: a script that got into the page would not run.
    expect(await tab.evaluate(ranInjectedScript)).toBe(false);
    await screenshot(tab, 'preview-team-new-tab');
    const [portal] = await Promise.all([
      tab.context().waitForEvent('page'),
      tab.getByRole('link', { name: 'Strona główna' }).first().click(),
    ]);
    await portal.waitForLoadState('domcontentloaded');
    expect(new URL(portal.url()).pathname).toBe('/');
    expect(await portal.locator('.lckm-preview').count()).toBe(0);
    await portal.close();
    expect(problems).toEqual([]);
    await tab.close();
  });

  it('previews an incomplete draft with a Polish notice of what it lacks', STEP, async () => {
    await openProcedure(team, server.baseUrl, INCOMPLETE);
    await team.getByRole('link', { name: 'Podgląd', exact: true }).click();
    await team.waitForURL(/\/podglad$/);
    const frame = team.frameLocator('iframe.preview__frame');
    const notice = frame.locator('.lckm-preview__incomplete');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Wersja robocza jest niekompletna');
    const items = await notice.locator('li').allTextContents();
    expect(items).toContain('Pole „Sposób załatwienia sprawy” jest wymagane.');
    expect(await frame.locator('h1').textContent()).toBe(INCOMPLETE);
    expect(await axeOfView(team)).toEqual([]);
    const framed = team.frames().find((f) => f.url().endsWith('/preview'));
    if (!framed) throw new Error('no preview frame');
    expect(await axeOfPreviewPage(team, new URL(framed.url()).pathname)).toEqual([]);
    await screenshot(team, 'preview-incomplete');
  });

  it('offers no preview tab to the call center, whose preview the API refuses', STEP, async () => {
    const consultant = await signIn(browser, server.baseUrl, 'konsultant@example.pl');
    await openProcedure(consultant, server.baseUrl, UNDER_REVIEW.title);
    expect(await consultant.getByRole('link', { name: 'Podgląd', exact: true }).count()).toBe(0);
    const status = await consultant.evaluate(async (url) => (await fetch(url)).status, `/api/procedures/${id}/preview`);
    expect(status).toBe(403);
    await consultant.context().close();
  });
});
