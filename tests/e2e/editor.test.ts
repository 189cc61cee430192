import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openProcedure, screenshot, signIn } from '../support/adminBrowser';
import { browserAvailability, launchChromium } from '../support/browser';
import { type DemoServer, startDemoServer } from '../support/serverProcess';

const browserCheck = browserAvailability();
const RETURNED = 'Zameldowanie na pobyt stały';
const RETURN_COMMENT = 'Dopisz, jakie dokumenty pobytowe są akceptowane (karta pobytu, wiza, paszport).';
const INCOMPLETE_DRAFT = 'Wydanie zaświadczenia o nadaniu numeru PESEL';
/** The admin answers within seconds (a save runs the schema and the workflow's hooks). */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** An editor's day in the admin, on the demo data of `npm start`: in Polish words, never field keys. */
describe.skipIf(!browserCheck.run)(`the editor's admin (${browserCheck.reason || 'Chromium'})`, () => {
  let server: DemoServer;
  let browser: Browser;
  let editor: Page;

  beforeAll(async () => {
    server = await startDemoServer('editor');
    browser = await launchChromium();
    editor = await signIn(browser, server.baseUrl, 'redaktor@example.pl');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists a returned change on the dashboard with the team's comment", async () => {
    const tasks = editor.locator('.dashboard-tasks');
    await poll(() => tasks.textContent()).toContain(`Zwrócona do poprawy: ${RETURNED}`);
    expect(await tasks.textContent()).toContain(RETURN_COMMENT);
    await screenshot(editor, 'editor-dashboard');
  });

  it("shows the team's comment above the form and what to do next", async () => {
    await openProcedure(editor, server.baseUrl, RETURNED);
    const notice = editor.locator('.decision-notice');
    await poll(() => notice.textContent()).toContain('Zwrócono do poprawy');
    expect(await notice.textContent()).toContain(RETURN_COMMENT);
    expect(await notice.textContent()).toContain('złóż wniosek o aktualizację ponownie');
    await screenshot(editor, 'editor-returned');
    expect(await axeViolations(editor, ['.decision-notice-field', '.limit-counter'])).toEqual([]);
  });

  it('counts characters against the template limit and refuses a long title in Polish, naming the field', async () => {
    // The form checks what was typed on the server (Payload's form state, 250 ms after the last key);
    // a save sent before that answer may have its field errors replaced by it (the toast still names the field).
    const checked = editor.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/collections/procedures/'));
    await editor.fill('#field-title', 'Ł'.repeat(163));
    await checked;
    const counter = editor.locator('[data-limit-counter="title"]');
    await poll(() => counter.textContent()).toContain('163 / 160 znaków');
    expect(await counter.textContent()).toContain('o 3 znaki za dużo');
    await editor.getByRole('button', { name: 'Zapisz szkic' }).click();
    const toast = editor.locator('.payload-toast-container');
    await poll(() => toast.textContent()).toContain('Popraw lub uzupełnij pole: Nazwa procedury');
    expect(await toast.textContent()).not.toMatch(/\btitle\b/);
    // The server's message stands at the field too, and the field is marked.
    const field = editor.locator('.field-type.text:has(#field-title)');
    await poll(() => field.getAttribute('class')).toContain('error');
    expect(await field.textContent()).toContain('Nazwa procedury może mieć najwyżej 160 znaków (jest 163).');
    await screenshot(editor, 'editor-title-too-long');
  });

  it('keeps every tab of the form in sight at 1366 px', async () => {
    const tabs = editor.locator('.tabs-field__tabs');
    const box = await tabs.boundingBox();
    const buttons = await editor.locator('.tabs-field__tab-button').all();
    expect(buttons.length).toBe(9);
    for (const button of buttons) {
      const b = await button.boundingBox();
      expect(b && box && b.x >= box.x && b.x + b.width <= box.x + box.width, (await button.textContent()) ?? undefined).toBe(true);
    }
  });

  it('lists what a refused submission lacks, each item opening its field', async () => {
    const page = await signIn(browser, server.baseUrl, 'redaktor@example.pl');
    await openProcedure(page, server.baseUrl, INCOMPLETE_DRAFT);
    await page.getByRole('button', { name: 'Złóż wniosek o aktualizację' }).click();
    const problems = page.locator('.decision-notice-field .workflow-problems');
    await poll(() => problems.textContent()).toContain('Pole „Tryb odwoławczy” jest wymagane.');
    expect(await problems.textContent()).toContain('Podstawa prawna: podaj co najmniej 1 pozycję.');
    await screenshot(page, 'editor-submit-refused');
    await problems.getByRole('button', { name: 'Pole „Tryb odwoławczy” jest wymagane.' }).click();
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-appeal');
    expect(await page.locator('.tabs-field__tab-button--active').textContent()).toContain('Podstawa prawna');
    expect(await axeViolations(page, ['.decision-notice-field'])).toEqual([]);
    await page.context().close();
  });

  it("gives a new procedure the editor's own department, the only one offered, without being chosen", async () => {
    const page = await signIn(browser, server.baseUrl, 'redaktor@example.pl');
    await page.goto(`${server.baseUrl}/admin/collections/procedures/create`);
    await page.waitForSelector('#field-title');
    await page.getByRole('button', { name: 'Realizator' }).click();
    const department = page.locator('#field-department');
    await poll(() => department.textContent()).toContain('Wydział Spraw Obywatelskich');
    await department.locator('input').first().focus();
    await page.keyboard.press('ArrowDown');
    await poll(() => page.locator('.rs__option').allInnerTexts()).toEqual(['Wydział Spraw Obywatelskich']);
    await page.keyboard.press('Escape');
    // Saved without touching the department: the draft is the editor's department's, and still theirs to edit.
    await page.getByRole('button', { name: 'Procedura', exact: true }).click();
    await page.fill('#field-title', 'Wydanie karty parkingowej dla mieszkańca');
    await page.getByRole('button', { name: 'Zapisz szkic' }).click();
    await page.waitForURL(/\/admin\/collections\/procedures\/\d+/);
    const id = page.url().match(/procedures\/(\d+)/)?.[1];
    const saved = await page.evaluate(async (docId) => (await fetch(`/api/procedures/${docId}?draft=true&depth=1`)).json(), id);
    expect(saved.department?.name).toBe('Wydział Spraw Obywatelskich');
    await page.context().close();
  });
});
