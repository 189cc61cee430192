import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminBuild } from '../../cms/server/adminBuild';
import { browserAvailability, launchChromium } from '../support/browser';
import { api, login } from '../support/http';
import { freePort, type ServerProcess, startServerProcess, waitForHealth } from '../support/serverProcess';

const root = path.resolve(import.meta.dirname, '../..');
const browser = browserAvailability();
const DEMO = ['admin@example.pl', 'zespol@example.pl', 'redaktor@example.pl', 'konsultant@example.pl'];

/** What `npm install && npm start` promises on a fresh machine: one process, Polish admin, demo data. */
describe('npm start on an empty data directory', () => {
  let server: ServerProcess;
  let dataDir: string;

  beforeAll(async () => {
    ensureAdminBuild(root, () => undefined);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-start-'));
    server = startServerProcess({ DATA_DIR: dataDir, DATABASE_URI: undefined, PAYLOAD_SECRET: undefined }, await freePort());
    await waitForHealth(server);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports a healthy embedded SQLite database and keeps a generated secret under data/', async () => {
    expect((await api(server.baseUrl, '/health')).body).toEqual({ status: 'ok', database: { kind: 'sqlite', reachable: true } });
    expect(fs.existsSync(path.join(dataDir, 'cms.db'))).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the admin panel in Polish, whatever language the browser asks for', async () => {
    const response = await fetch(`${server.baseUrl}/admin/login`, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<html[^>]*lang="pl"/);
    expect(html).toContain('Zaloguj');
  });

  it('lets every demo account sign in with demo1234', async () => {
    for (const email of DEMO) expect(await login(server.baseUrl, email, 'demo1234')).toMatch(/\S+\.\S+\.\S+/);
  });

  it('has the demo procedures, including the template example of the bonifikata with its five steps', async () => {
    const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const all = await api<{ totalDocs: number }>(server.baseUrl, '/api/procedures?limit=0&draft=true', { token });
    expect(all.body.totalDocs).toBeGreaterThanOrEqual(12);
    const departments = await api<{ totalDocs: number }>(server.baseUrl, '/api/departments?limit=0');
    expect(departments.body.totalDocs).toBeGreaterThanOrEqual(4);
    const bonifikata = await api<{ docs: { steps: { name: string; comment: string; online: boolean }[]; requiredDocuments: unknown[] }[] }>(
      server.baseUrl,
      '/api/procedures?where[slug][equals]=przeksztalcenie-uzytkowania-wieczystego-bonifikata&depth=1',
      { token },
    );
    expect(bonifikata.body.docs[0]?.steps.map(({ name, comment, online }) => ({ name, comment, online }))).toEqual([
      { name: 'złóż wniosek i załączniki', comment: 'elektronicznie, w urzędzie lub pocztą elektroniczną albo tradycyjną', online: true },
      { name: 'czekaj na zaświadczenie', comment: 'zaświadczenia są wysyłane pocztą', online: false },
      { name: 'złóż wniosek o bonifikatę', comment: 'tylko jeśli chcesz z niej skorzystać', online: false },
      { name: 'czekaj na informację', comment: 'otrzymasz informację o wysokości opłaty', online: false },
      { name: 'wnieś opłatę', comment: 'wpłać kwotę wskazaną w piśmie', online: true },
    ]);
  });

  it('attached real PDF and DOCX files to the demo procedures', async () => {
    const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const documents = await api<{ docs: { mimeType: string; url: string }[] }>(server.baseUrl, '/api/documents?limit=0', { token });
    const types = new Set(documents.body.docs.map((d) => d.mimeType));
    expect(types).toEqual(new Set(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document']));
    const pdf = documents.body.docs.find((d) => d.mimeType === 'application/pdf');
    const file = await fetch(`${server.baseUrl}${pdf?.url}`, { headers: { authorization: `JWT ${token}` } });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it.skipIf(!browser.run)(
    `signs an editor in through the Polish login form${browser.run ? '' : ` — skipped: ${browser.reason}`}`,
    async () => {
      const chromium = await launchChromium();
      try {
        const page = await chromium.newPage({ locale: 'en-US' });
        await page.goto(`${server.baseUrl}/admin/login`);
        await page.fill('input[name="email"]', 'redaktor@example.pl');
        await page.fill('input[name="password"]', 'demo1234');
        await page.click('button[type="submit"]');
        await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
        await page.goto(`${server.baseUrl}/admin/collections/procedures`);
        await page.locator('h1', { hasText: 'Procedury' }).waitFor({ timeout: 30_000 });
        expect(await page.locator('body').textContent()).toContain('Wydanie dowodu osobistego');
      } finally {
        await chromium.close();
      }
    },
    // A first sign-in on a busy machine (CI runs two suites at once) takes longer than the default minute.
    180_000,
  );

  it('has demo procedures in every workflow state, several approved versions and an open change request', async () => {
    const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const all = await api<{ docs: { workflowState: string }[] }>(server.baseUrl, '/api/procedures?limit=0&draft=true&depth=0', { token });
    expect(new Set(all.body.docs.map((d) => d.workflowState))).toEqual(
      new Set(['draft', 'submitted', 'returned', 'approved', 'withdrawn']),
    );
    const versions = await api<{ docs: { version: number }[] }>(
      server.baseUrl,
      '/api/register-entries?where[slug][equals]=wymiana-dowodu-osobistego&where[kind][equals]=approval&limit=0',
      { token },
    );
    expect(versions.body.docs.map((d) => d.version).sort()).toEqual([1, 2, 3]);
    const requests = await api<{ totalDocs: number }>(server.baseUrl, '/api/change-requests?where[status][equals]=open', { token });
    expect(requests.body.totalDocs).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!browser.run)(
    `walks the whole path in the Polish admin: the editor fixes a returned change and submits, the team approves${browser.run ? '' : ` — skipped: ${browser.reason}`}`,
    async () => {
      const chromium = await launchChromium();
      const signIn = async (email: string) => {
        const context = await chromium.newContext({ viewport: { width: 1400, height: 1000 } });
        const page = await context.newPage();
        await page.goto(`${server.baseUrl}/admin/login`);
        await page.fill('input[name="email"]', email);
        await page.fill('input[name="password"]', 'demo1234');
        await page.click('button[type="submit"]');
        await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });
        return page;
      };
      try {
        const editor = await signIn('redaktor@example.pl');
        await editor.getByRole('link', { name: /Zwrócona do poprawy: Zameldowanie na pobyt stały/ }).click();
        await editor.getByRole('button', { name: 'Złóż wniosek o aktualizację' }).waitFor();
        await editor
          .getByRole('tab', { name: 'Szczegółowy opis' })
          .click()
          .catch(() => editor.getByText('Szczegółowy opis').first().click());
        const field = editor.locator('textarea[name="additionalInfo"]');
        await field.fill('Zameldowanie cudzoziemca wymaga okazania karty pobytu, wizy albo paszportu.');
        await editor.getByRole('button', { name: 'Zapisz szkic' }).click();
        await editor.waitForTimeout(1500);
        await editor.getByRole('button', { name: 'Złóż wniosek o aktualizację' }).click();
        await editor.getByText('Złożono wniosek o aktualizację').waitFor({ timeout: 15_000 });

        const team = await signIn('zespol@example.pl');
        await team.getByRole('link', { name: /Czeka na decyzję: Zameldowanie na pobyt stały/ }).click();
        await team.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
        await team.fill('#workflow-text', 'Dopisano akceptowane dokumenty pobytowe.');
        await team.getByRole('button', { name: 'Zatwierdź: potwierdź' }).click();
        await team.getByText(/Zatwierdzono wersję 2/).waitFor({ timeout: 15_000 });
      } finally {
        await chromium.close();
      }
      const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
      const entries = await api<{ docs: { version: number; note: string; submittedByName: string; decidedByName: string }[] }>(
        server.baseUrl,
        '/api/register-entries?where[slug][equals]=zameldowanie-na-pobyt-staly&sort=version&limit=0',
        { token },
      );
      expect(entries.body.docs.at(-1)).toMatchObject({
        version: 2,
        note: 'Dopisano akceptowane dokumenty pobytowe.',
        submittedByName: 'Kowalski Jan',
        decidedByName: 'Nowak Anna',
      });
    },
    180_000,
  );

  it('serves the published portal and BIP feed at /, with validators and cache headers', async () => {
    const home = await fetch(`${server.baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('etag')).toBeTruthy();
    expect(home.headers.get('last-modified')).toBeTruthy();
    expect(home.headers.get('cache-control')).toContain('max-age');
    expect(await home.text()).toContain('<html lang="pl"');
    // node:http, not fetch: fetch marks a conditional request "no-cache", which forbids a 304.
    const status = await new Promise<number | undefined>((resolve, reject) =>
      http
        .get(`${server.baseUrl}/`, { headers: { 'if-none-match': home.headers.get('etag') as string } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on('error', reject),
    );
    expect(status).toBe(304);
    const page = await fetch(`${server.baseUrl}/procedury/przeksztalcenie-uzytkowania-wieczystego-bonifikata/`);
    expect(page.status).toBe(200);
    const feed = await fetch(`${server.baseUrl}/bip/feed.atom`);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
  });

  it('shows an approval on the portal and in /bip/feed.atom within seconds, without a restart', async () => {
    const token = await login(server.baseUrl, 'zespol@example.pl', 'demo1234');
    const found = await api<{ docs: { id: number }[] }>(
      server.baseUrl,
      '/api/procedures?where[slug][equals]=zaswiadczenie-o-zameldowaniu&draft=true',
      { token },
    );
    const id = found.body.docs[0]?.id;
    const approved = await api(server.baseUrl, `/api/procedures/${id}/approve`, { token, json: { changeNote: 'Zaświadczenie od ręki.' } });
    expect(approved.status, approved.text).toBe(200);
    const started = Date.now();
    let visible = false;
    while (!visible && Date.now() - started < 30_000) {
      const register = await (await fetch(`${server.baseUrl}/procedury/zaswiadczenie-o-zameldowaniu/rejestr-zmian/`)).text();
      const feed = await (await fetch(`${server.baseUrl}/bip/zmiany.atom`)).text();
      visible = register.includes('Zaświadczenie od ręki.') && feed.includes('Zaświadczenie od ręki.');
      if (!visible) await new Promise((r) => setTimeout(r, 250));
    }
    expect(visible).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
    const runs = await api<{ docs: { trigger: string; outcome: string; live: number; summary: string }[] }>(
      server.baseUrl,
      '/api/publish-runs?sort=-startedAt&limit=5',
      { token },
    );
    expect(runs.body.docs.some((run) => run.trigger === 'decision' && run.outcome === 'success' && run.live >= 10)).toBe(true);
    expect(runs.body.docs.some((run) => run.trigger === 'start')).toBe(true);
    // The decision rendered only the changed pages; the search index follows as its own release shortly after.
    const decision = runs.body.docs.find((run) => run.trigger === 'decision');
    expect(decision?.summary).toMatch(/stron, indeks wyszukiwarki w kolejce$/);
    const searchIndexed = () =>
      (JSON.parse(fs.readFileSync(path.join(dataDir, 'public', 'current', '.manifest.json'), 'utf8')) as { searchIndexed: boolean })
        .searchIndexed;
    while (!searchIndexed() && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 250));
    expect(searchIndexed()).toBe(true);
  });

  it('keeps the data and the secret across a restart, and does not seed twice', async () => {
    const secret = fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8');
    await server.stop();
    server = startServerProcess({ DATA_DIR: dataDir, DATABASE_URI: undefined, PAYLOAD_SECRET: undefined }, await freePort());
    await waitForHealth(server);
    expect(fs.readFileSync(path.join(dataDir, 'payload-secret'), 'utf8')).toBe(secret);
    const token = await login(server.baseUrl, 'admin@example.pl', 'demo1234');
    const users = await api<{ totalDocs: number }>(server.baseUrl, '/api/users?limit=0', { token });
    expect(users.body.totalDocs).toBe(4);
    expect(server.output()).not.toContain('Pusta baza');
  }, 180_000);
});
