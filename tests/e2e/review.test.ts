import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../cms/seed/documentFiles';
import { axeViolations, signIn } from '../support/adminBrowser';
import { browserAvailability, launchChromium } from '../support/browser';
import { api, login } from '../support/http';
import { type DemoServer, startDemoServer } from '../support/serverProcess';
import { procedureBySlug, transition } from '../support/workflow';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-results/screenshots');
const browser = browserAvailability();
const WAITING = 'zaswiadczenie-o-zameldowaniu';
const NEW_SAMPLE = 'wniosek-zaswiadczenie-o-zameldowaniu-przyklad-2026.pdf';
/** What an editor types is shown as text, never run: a comment that would break out of the markup. */
const HOSTILE = 'z gov.pl <img src=x onerror="alert(1)">';

/**
 * The waiting change of the demo touches only one Markdown field; before the team looks at it, the
 * editor (after a return) also adds an online step, lengthens the deadline and replaces a sample
 * file, and submits again — the kinds of change the comparison must show in the template's words.
 */
async function widenWaitingChange(baseUrl: string): Promise<number> {
  const [team, editor] = [await login(baseUrl, 'zespol@example.pl', 'demo1234'), await login(baseUrl, 'redaktor@example.pl', 'demo1234')];
  const doc = await procedureBySlug(baseUrl, editor, WAITING);
  expect((await transition(baseUrl, team, doc.id, 'return', { comment: 'Dopisz etap odbioru elektronicznego.' })).status).toBe(200);
  const form = new FormData();
  const bytes = await makePdf('Wniosek — przykład wypełnienia', ['Przykład wypełnienia wniosku o wydanie zaświadczenia.', 'Wersja 2026.']);
  form.append('file', new Blob([Buffer.from(bytes)], { type: 'application/pdf' }), NEW_SAMPLE);
  form.append('_payload', JSON.stringify({ title: 'Wniosek o wydanie zaświadczenia — przykład' }));
  const uploaded = await api<{ doc: { id: number } }>(baseUrl, '/api/documents', { token: editor, body: form });
  expect(uploaded.status, uploaded.text).toBe(201);
  const documents = (doc.requiredDocuments as Record<string, unknown>[]).map((row, i) =>
    i === 0 ? { ...row, sampleFile: uploaded.body.doc.id } : row,
  );
  const steps = [...(doc.steps as Record<string, unknown>[]), { name: 'pobierz zaświadczenie', comment: HOSTILE, online: true }];
  const deadline = { ...(doc.deadline as Record<string, unknown>), value: 14 };
  const saved = await api(baseUrl, `/api/procedures/${doc.id}?draft=true`, {
    method: 'PATCH',
    token: editor,
    json: { steps, deadline, requiredDocuments: documents, revision: doc.revision },
  });
  expect(saved.status, saved.text).toBe(200);
  expect((await transition(baseUrl, editor, doc.id, 'submit')).status).toBe(200);
  return doc.id;
}

const rowOf = (page: Page, label: string) => page.locator('tr.review-row', { has: page.locator('th', { hasText: label }) });

describe.skipIf(!browser.run)(
  `the team reviews a waiting change against the live version${browser.run ? '' : ` — skipped: ${browser.reason}`}`,
  () => {
    let server: DemoServer;
    let chromium: Browser;
    let waitingId: number;

    beforeAll(async () => {
      server = await startDemoServer('review');
      waitingId = await widenWaitingChange(server.baseUrl);
      chromium = await launchChromium();
      fs.mkdirSync(shots, { recursive: true });
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
    });

    it('opens the comparison of the waiting change against the live version, in the template words', async () => {
      const page = await signIn(chromium, server.baseUrl, 'zespol@example.pl');
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.getByRole('link', { name: /Czeka na decyzję: Wydanie zaświadczenia o zameldowaniu/ }).click();
      await page.getByRole('link', { name: 'Porównanie z opublikowaną' }).click();
      await page.waitForURL(new RegExp(`/procedures/${waitingId}/porownanie$`));
      await page.locator('#review-heading').waitFor();
      const headers = await page.locator('.review-table thead th').allTextContents();
      expect(headers[1]).toMatch(/^Było: Wersja 1 — zatwierdzona \d\d\.\d\d\.\d{4} \(opublikowana\)$/);
      expect(headers[2]).toMatch(/^Jest: Szkic — ostatni zapis \d\d\.\d\d\.\d{4}, \d\d:\d\d$/);

      const comment = rowOf(page, 'Etap 4 — Komentarz do etapu');
      expect(await comment.locator('td').last().textContent()).toBe(`[dodano: ${HOSTILE}]`);
      expect(await page.locator('.review img').count()).toBe(0);
      const online = rowOf(page, 'Etap 4 — Etap możliwy bez wizyty w urzędzie (@)');
      expect(await online.locator('td').last().textContent()).toBe('[dodano: @: tak]');
      expect(await online.locator('.review-status').textContent()).toBe('dodano');
      expect(await rowOf(page, 'Termin realizacji').first().locator('td').allTextContents()).toEqual([
        '[usunięto: 7 dni]',
        '[dodano: 14 dni]',
      ]);

      const markdown = rowOf(page, 'Termin składania dokumentów');
      expect(await markdown.locator('del').count()).toBeGreaterThan(0);
      expect(await markdown.locator('ins').count()).toBeGreaterThan(0);
      // Word by word: the words kept stand outside the marks.
      expect(await markdown.locator('td').last().locator('.review-text').textContent()).toContain('terminie');
      expect(await markdown.locator('td ins').first().textContent()).not.toContain('terminie');

      const sample = rowOf(page, 'Wymagany dokument 1 — Plik przykładowo wypełnionego dokumentu');
      const [before, after] = await sample.locator('td').allTextContents();
      expect(before).toMatch(
        /^Plik:\[usunięto: wniosek-zaswiadczenie-o-zameldowaniu-przyklad\.pdf\]Rozmiar:\[usunięto: [\d,]+ (B|kB)\]Skrót SHA-256:\[usunięto: [0-9a-f]{64}\]$/,
      );
      expect(after).toContain(NEW_SAMPLE);
      expect(after).toMatch(/Skrót SHA-256:\[dodano: [0-9a-f]{64}\]/);
      expect(await page.locator('.review-row--same').count()).toBe(0);

      expect(await axeViolations(page, ['.review'])).toEqual([]);
      expect(dialogs).toEqual([]);
      await page.screenshot({ path: path.join(shots, 'review-comparison.png'), fullPage: true });

      await page.getByRole('link', { name: 'Pokaż wszystkie pola' }).click();
      await page.waitForURL(/wszystkie=tak/);
      expect(await page.locator('.review-row--same').count()).toBeGreaterThan(20);
      await page.screenshot({ path: path.join(shots, 'review-comparison-all-fields.png'), fullPage: true });
      await page.context().close();
    });

    it('shows one version history: numbered approved versions and the draft saves grouped apart', async () => {
      const page = await signIn(chromium, server.baseUrl, 'zespol@example.pl');
      const idCard = await procedureBySlug(
        server.baseUrl,
        await login(server.baseUrl, 'zespol@example.pl', 'demo1234'),
        'wymiana-dowodu-osobistego',
      );
      await page.goto(`${server.baseUrl}/admin/collections/procedures/${idCard.id}`);
      await page.getByRole('link', { name: 'Historia wersji' }).click();
      await page.locator('#history-heading').waitFor();
      const headings = await page.locator('.review-history h3').allTextContents();
      expect(headings[0]).toMatch(/^Wersja 3 — zatwierdzona \d\d\.\d\d\.\d{4}opublikowana$/);
      expect(headings.slice(1)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Wersja 2 — zatwierdzona /), expect.stringMatching(/^Wersja 1 — /)]),
      );
      // Payload's count of stored versions and its rows of "Szkic" by id are gone.
      expect(await page.locator('.doc-tabs').textContent()).not.toMatch(/Wersje|\d+$/);
      expect(await page.locator('.review').textContent()).toContain('Opis zmiany:Wizyta w urzędzie wymaga wcześniejszej rezerwacji.');
      expect(await axeViolations(page, ['.review'])).toEqual([]);
      await page.screenshot({ path: path.join(shots, 'review-history-approved.png'), fullPage: true });

      await page.goto(`${server.baseUrl}/admin/collections/procedures/${waitingId}/versions`);
      const draft = page.locator('.review-history__item--draft h3');
      expect(await draft.textContent()).toMatch(
        /^Szkic: 2 zapisy od \d\d\.\d\d\.\d{4}, ostatni \d\d\.\d\d\.\d{4}, \d\d:\d\d — Kowalski Jan$/,
      );
      await page.getByText('Pokaż wszystkie zapisy szkicu').click();
      expect(await page.locator('.review-history__item--draft li').count()).toBe(2);
      expect(await axeViolations(page, ['.review'])).toEqual([]);
      await page.screenshot({ path: path.join(shots, 'review-history-draft.png'), fullPage: true });
      await page.context().close();
    });

    it("sends Payload's own view of one save to the comparison of that save", async () => {
      const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
      const versions = await api<{ docs: { id: number }[] }>(
        server.baseUrl,
        `/api/procedures/versions?where[parent][equals]=${waitingId}&sort=-updatedAt&limit=1`,
        { token },
      );
      const versionId = versions.body.docs[0]?.id;
      const page = await signIn(chromium, server.baseUrl, 'zespol@example.pl');
      await page.goto(`${server.baseUrl}/admin/collections/procedures/${waitingId}/versions/${versionId}`);
      await page.waitForURL(new RegExp(`/porownanie\\?do=zapis-${versionId}$`));
      await page.locator('#review-heading').waitFor();
      await page.context().close();
    });

    it('lets the team pick another version by keyboard alone', async () => {
      const page = await signIn(chromium, server.baseUrl, 'zespol@example.pl');
      await page.goto(`${server.baseUrl}/admin/collections/procedures/${waitingId}/porownanie`);
      await page.locator('#review-from').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('review-to');
      await page.selectOption('#review-to', 'wersja-1');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(/od=wersja-1&do=wersja-1&wszystkie=tak/);
      expect(await page.locator('.review-summary').textContent()).toMatch(/^Zmienione pola: 0 z \d+/);
      await page.context().close();
    });
  },
);
