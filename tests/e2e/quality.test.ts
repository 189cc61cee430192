import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualitySummary } from '../../cms/quality/summary';
import { analyseReadability } from '../../schemas/quality/readability';
import { formatNumber } from '../../templates/format/plural';
import { axeViolations, openProcedure, screenshot, signIn } from '../support/adminBrowser';
import { browserAvailability, launchChromium } from '../support/browser';
import { api, login } from '../support/http';
import { type DemoServer, startDemoServer } from '../support/serverProcess';
import { type ProcedureDoc, procedureBySlug, transition } from '../support/workflow';

const browserCheck = browserAvailability();
/** The demo's procedure whose review is overdue and whose online steps do not say how to sign in. */
const OVERDUE = 'Przyznanie stypendium szkolnego o charakterze socjalnym dla ucznia zamieszkałego w Łodzi';
/** The demo's change waiting for a decision; before the team looks, one document loses its accepted form. */
const WAITING_SLUG = 'zaswiadczenie-o-zameldowaniu';
const WAITING = 'Wydanie zaświadczenia o zameldowaniu na pobyt stały lub czasowy';
const EDITORS_OWN = 'Zameldowanie na pobyt stały';
/** Typed text is shown as text, never run. */
const JUSTIFICATION = 'Forma dowodu opłaty zostanie ustalona z Wydziałem Finansowym <img src=x onerror="alert(1)">.';
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

/**
 * The waiting change, made to miss point (d) of the EU Single Digital Gateway's list: the team
 * returns it, the editor clears the accepted form of the second document and submits again.
 */
async function submitChangeMissingEvidence(baseUrl: string, team: string, editor: string): Promise<ProcedureDoc> {
  const doc = await procedureBySlug(baseUrl, editor, WAITING_SLUG);
  expect((await transition(baseUrl, team, doc.id, 'return', { comment: 'Sprawdź dokumenty.' })).status).toBe(200);
  const requiredDocuments = (doc.requiredDocuments as Record<string, unknown>[]).map((row, i) => (i === 1 ? { ...row, formats: [] } : row));
  const saved = await api(baseUrl, `/api/procedures/${doc.id}?draft=true`, {
    method: 'PATCH',
    token: editor,
    json: { requiredDocuments, revision: doc.revision },
  });
  expect(saved.status, saved.text).toBe(200);
  expect((await transition(baseUrl, editor, doc.id, 'submit')).status).toBe(200);
  return doc;
}

/** Which element has the focus, as the field it sits in. */
const focusedWithin = (page: Page, selector: string) => page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

/** The quality checks in the admin (issue 14), on the demo data of `npm start`, at 1366 px. */
describe.skipIf(!browserCheck.run)(`quality checks in the admin (${browserCheck.reason || 'Chromium'})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let team: Page;
  let teamToken: string;
  let waiting: ProcedureDoc;

  beforeAll(async () => {
    server = await startDemoServer('quality-ui');
    teamToken = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    waiting = await submitChangeMissingEvidence(server.baseUrl, teamToken, await login(server.baseUrl, 'redaktor@example.pl', 'demo1234'));
    browser = await launchChromium();
    team = await signIn(browser, server.baseUrl, 'zespol@example.pl');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the team the counts per missing point, the reviews, the broken links and the amended acts', async () => {
    const summary = (await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: teamToken })).body;
    const dashboard = team.locator('.quality-dashboard');
    await dashboard.waitFor();
    expect(await dashboard.locator('[data-quality-complete]').textContent()).toBe(String(summary.completeness.complete));
    for (const { id } of summary.completeness.points) {
      const count = summary.completeness.missingByPoint[id];
      expect(await dashboard.locator(`[data-quality-point="${id}"] [data-quality-count]`).textContent(), id).toBe(String(count));
    }
    // The demo has incomplete descriptions: each count opens the list of its procedures.
    expect(summary.completeness.missingByPoint.authentication).toBeGreaterThan(0);
    const authentication = dashboard.locator('[data-quality-point="authentication"]');
    // By keyboard: the disclosure opens with Enter.
    await authentication.locator('summary').focus();
    await team.keyboard.press('Enter');
    const listed = await authentication.locator('li a').allTextContents();
    expect(listed).toHaveLength(summary.completeness.missingByPoint.authentication);
    expect(listed).toContain(OVERDUE);

    expect(summary.review.overdue.map((r) => r.title)).toContain(OVERDUE);
    const overdue = dashboard.locator('ul[aria-labelledby="quality-dashboard-overdue"] li');
    expect(await overdue.allTextContents()).toEqual(summary.review.overdue.map((r) => expect.stringContaining(r.title)));
    expect(summary.review.dueSoon.length).toBeGreaterThan(0);
    const dueSoon = dashboard.locator('ul[aria-labelledby="quality-dashboard-due"] li');
    expect(await dueSoon.allTextContents()).toEqual(summary.review.dueSoon.map((r) => expect.stringContaining(r.title)));

    const [broken] = summary.links.broken;
    expect(broken, 'the demo has a dead link').toBeDefined();
    const links = dashboard.locator('section[aria-labelledby="quality-dashboard-links"]');
    expect(await links.textContent()).toContain(broken?.url);
    for (const procedure of broken?.procedures ?? []) expect(await links.getByRole('link', { name: procedure.title }).count()).toBe(1);

    const legal = dashboard.locator('section[aria-labelledby="quality-dashboard-legal"]');
    expect(await legal.textContent()).toContain('Dz. U. z 2026 r. poz. 285');
    expect(await legal.getByRole('link', { name: /^Podatek od nieruchomości/ }).count()).toBe(1);

    await screenshot(team, 'quality-dashboard');
    expect(await axeViolations(team, ['.quality-dashboard'])).toEqual([]);
  });

  it('opens a procedure missing a point from the dashboard and follows the checklist to the field', async () => {
    await team.locator('ul[aria-labelledby="quality-dashboard-overdue"]').getByRole('link', { name: OVERDUE }).click();
    const point = team.locator('.quality-checklist [data-point="authentication"]');
    await poll(() => point.textContent()).toContain('brak');
    expect(await team.locator('.quality-checklist [data-point="steps"]').textContent()).toContain('spełniony');
    // By keyboard: the checklist's item is a button that Enter follows.
    await point.getByRole('button').focus();
    await team.keyboard.press('Enter');
    // The first online step's "Logowanie i podpis" field, on the tab "Skrócony opis".
    await poll(() => focusedWithin(team, '#field-steps__0__eAuth')).toBe(true);
    expect(await team.locator('.tabs-field__tab-button--active').textContent()).toContain('Skrócony opis');
    expect(await team.locator('.quality-review').textContent()).toContain('Przegląd zaległy');
    await screenshot(team, 'quality-checklist');
    expect(await axeViolations(team, ['.quality-panel', '[data-readability]'])).toEqual([]);
  });

  it('confirms a description as still valid: the review date moves and the log records it', async () => {
    const id = Number(team.url().match(/procedures\/(\d+)/)?.[1]);
    await team.getByRole('button', { name: 'Potwierdź aktualność', exact: true }).click();
    await team.fill('#quality-verify-comment', 'Kryterium dochodowe bez zmian <b>2026</b>.');
    expect(await axeViolations(team, ['.quality-panel'])).toEqual([]);
    await team.getByRole('button', { name: 'Potwierdź aktualność: zapisz' }).click();
    await poll(() => team.locator('.quality-review').textContent()).toContain('Opis aktualny');
    expect(await team.locator('.payload-toast-container').textContent()).toContain('Potwierdzono aktualność opisu.');
    const events = await api<{ docs: { transition: string; comment: string }[] }>(
      server.baseUrl,
      `/api/workflow-events?where[procedure][equals]=${id}&sort=-at&limit=1&depth=0`,
      { token: teamToken },
    );
    expect(events.body.docs[0]).toMatchObject({ transition: 'verify', comment: 'Kryterium dochodowe bez zmian <b>2026</b>.' });
    const doc = await api<{ reviewDue: string }>(server.baseUrl, `/api/procedures/${id}?draft=true&depth=0`, { token: teamToken });
    expect(Date.parse(doc.body.reviewDue)).toBeGreaterThan(Date.now());
    await screenshot(team, 'quality-verified');
  });

  it('approves a change missing a point only with a justification, which the event log keeps', async () => {
    await openProcedure(team, server.baseUrl, WAITING);
    await team.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
    await team.fill('#workflow-text', 'Nowy wzór wniosku.');
    await team.getByRole('button', { name: 'Zatwierdź: potwierdź' }).click();
    const missing = team.locator('.workflow-missing');
    await poll(() => missing.textContent()).toContain('(d) Rodzaj i forma wymaganych dokumentów');
    expect(await missing.textContent()).toContain('„Dowód uiszczenia opłaty skarbowej”');
    // Refused: nothing changed yet.
    const before = await api<ProcedureDoc>(server.baseUrl, `/api/procedures/${waiting.id}?draft=true&depth=0`, { token: teamToken });
    expect(before.body.workflowState).toBe('submitted');
    expect(await team.getByRole('button', { name: 'Zatwierdź z uzasadnieniem' }).isDisabled()).toBe(true);
    expect(await axeViolations(team, ['.decision-notice-field'])).toEqual([]);
    await screenshot(team, 'quality-approve-justification');

    await missing.getByRole('button', { name: '(d) Rodzaj i forma wymaganych dokumentów' }).click();
    await poll(() => focusedWithin(team, '#field-requiredDocuments__1__formats')).toBe(true);
    expect(await team.locator('.tabs-field__tab-button--active').textContent()).toContain('Dokumenty');

    await team.fill('#workflow-justification', JUSTIFICATION);
    await team.getByRole('button', { name: 'Zatwierdź z uzasadnieniem' }).click();
    await poll(() => team.locator('.payload-toast-container').textContent()).toContain('Zatwierdzono wersję 2.');

    const events = await api<{ docs: { id: number; transition: string; justification: string; missingPoints: string[] }[] }>(
      server.baseUrl,
      `/api/workflow-events?where[procedure][equals]=${waiting.id}&sort=-at&limit=1&depth=0`,
      { token: teamToken },
    );
    const event = events.body.docs[0];
    expect(event).toMatchObject({ transition: 'approve', justification: JUSTIFICATION, missingPoints: ['evidence'] });
    // "Dziennik obiegu" shows the justification as typed.
    await team.goto(`${server.baseUrl}/admin/collections/workflow-events/${event?.id}`);
    await poll(() => team.locator('#field-justification').inputValue()).toBe(JUSTIFICATION);
    expect(await team.locator('img[src="x"]').count()).toBe(0);
    await screenshot(team, 'quality-approval-event');
  });

  it('shows an editor the readability figure change while typing, and never blocks saving', async () => {
    const editor = await signIn(browser, server.baseUrl, 'redaktor@example.pl');
    await editor.locator('.quality-dashboard').waitFor();
    expect(await editor.locator('#quality-dashboard-heading').textContent()).toBe('Jakość opisów — Wydział Spraw Obywatelskich');
    await openProcedure(editor, server.baseUrl, EDITORS_OWN);
    await editor.locator('.quality-checklist').waitFor();
    expect(await editor.getByRole('button', { name: 'Potwierdź aktualność' }).count()).toBe(0);
    await editor.getByRole('button', { name: 'Skrócony opis', exact: true }).click();
    const figure = editor.locator('[data-readability="summary"] [data-fog-pl]');
    const before = await figure.textContent();

    const text =
      'Niniejszym uprzejmie informujemy, że wnioskodawca zobowiązany jest do niezwłocznego przedłożenia w przedmiotowej sprawie stosownej dokumentacji potwierdzającej uprawnienie do skorzystania z przysługującego świadczenia oraz udokumentowania wysokości dochodu gospodarstwa domowego za okres poprzedzający złożenie wniosku.';
    await editor.fill('#field-summary', text);
    const expected = formatNumber(Math.round(analyseReadability(text).fogPl * 10) / 10);
    await poll(() => figure.textContent()).toBe(expected);
    expect(expected).not.toBe(before);
    const hints = editor.locator('[data-readability="summary"] .readability__hints');
    expect(await hints.textContent()).toContain('Podziel je na krótsze zdania.');
    expect(await hints.textContent()).toContain('„wnioskodawca” to język urzędowy.');
    expect(await editor.locator('[data-readability="summary"]').textContent()).toContain('Tekst');
    await screenshot(editor, 'quality-readability');
    expect(await axeViolations(editor, ['[data-readability="summary"]'])).toEqual([]);

    // A hint, not an error: the draft saves.
    await editor.getByRole('button', { name: 'Zapisz szkic' }).click();
    await poll(() => editor.locator('.payload-toast-container').textContent()).toContain('zapisana');
    await editor.context().close();
  });
});
