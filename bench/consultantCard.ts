/**
 * `npx tsx bench/consultantCard.ts [--n 10000] [--samples 40] [--pages 30]`: how fast "Karta
 * konsultanta" opens among N procedures (target: ≤ 1 s), on the real server (`main.ts start`,
 * production build, SQLite) with the demo data, as the demo consultant:
 *   - server render over HTTP, body read to the end: the very first card after start (cold: the
 *     route's code loads), then one card per procedure (first opening of each), then one card
 *     again and again (warm), each as p50/p95;
 *   - Chromium to the `load` event, from a card's address typed in (p50/p95; the first one
 *     separately: the browser's cache of the admin's scripts is empty then);
 *   - two baselines in the same run, as ratios: the same card among the 13 demo procedures alone
 *     (measured before the N are inserted: what the size of the base costs) and Payload's default
 *     edit view of the same procedures among N (what a consultant opened before the card).
 * The N procedures (every demo procedure's content in turn, with call-center data, one approved
 * live version each with its public content) go straight into the SQLite tables after the server
 * has started — its start-up publish ran on the demo data alone, and PUBLISH_CRON is set to once a
 * year, so no publish run of N procedures competes with the measurement. Prints a table, then one
 * JSON line with every figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type InStatement } from '@libsql/client';
import { ensureAdminBuild } from '../cms/server/adminBuild';
import { projectProcedure } from '../schemas/rules/project';
import type { RegisterEntry } from '../schemas/rules/register';
import type { ProcedureRecord } from '../schemas/types.generated';
import { launchChromium } from '../tests/support/browser';
import { login } from '../tests/support/http';
import { freePort, startServerProcess, waitForHealth } from '../tests/support/serverProcess';
import { syntheticProcedures } from './synthetic';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { n: { type: 'string' }, samples: { type: 'string' }, pages: { type: 'string' } } });
const N = Number(values.n ?? 10_000);
const SAMPLES = Number(values.samples ?? 40);
const PAGES = Number(values.pages ?? 30);
/** Ids above the demo data's. */
const FIRST_ID = 100_000;
const TARGET_MS = 1000;
const CHUNK = 250;

/** The register entry an approval would have written for the record, with its public projection. */
function approval(record: ProcedureRecord, id: number, at: string): { entry: RegisterEntry; publicContent: unknown } {
  const entry: RegisterEntry = {
    procedureId: String(id),
    slug: record.slug,
    title: record.title,
    kind: 'approval',
    version: 1,
    note: 'Pierwsza publikacja.',
    decidedAt: at,
    decidedByName: 'Nowak Anna',
    validFrom: null,
    validTo: null,
    content: record,
    files: [],
  };
  const publicContent = projectProcedure(entry, [entry], { day: at.slice(0, 10), liveTitles: new Map(), fileUrl: () => '' });
  return { entry, publicContent };
}

/** One procedure's statements: the published row, its call-center arrays and its live register entry. */
function procedureStatements(record: ProcedureRecord, id: number, at: string, department: number | null): InStatement[] {
  const { contacts = [], notes = null, faq = [], other = null } = record.callCenter ?? {};
  const { entry, publicContent } = approval(record, id, at);
  return [
    {
      sql: `INSERT INTO procedures (id, slug, title, summary, department_id, call_center_notes, call_center_other, _status, workflow_state, current_version, updated_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'published', 'approved', 1, ?, ?)`,
      args: [id, record.slug, record.title, record.summary, department, notes, other, at, at],
    },
    ...contacts.map((c, order) => ({
      sql: 'INSERT INTO procedures_call_center_contacts (_order, _parent_id, id, name, phone) VALUES (?, ?, ?, ?, ?)',
      args: [order + 1, id, `c${id}-${order}`, c.name, c.phone],
    })),
    ...faq.map((f, order) => ({
      sql: 'INSERT INTO procedures_call_center_faq (_order, _parent_id, id, question, answer) VALUES (?, ?, ?, ?, ?)',
      args: [order + 1, id, `f${id}-${order}`, f.question, f.answer],
    })),
    {
      sql: `INSERT INTO register_entries (procedure_id, slug, title, kind, version, note, decided_by_name, decided_at, is_live, content, public_content, files)
            VALUES (?, ?, ?, 'approval', 1, ?, ?, ?, 1, ?, ?, '[]')`,
      args: [id, record.slug, record.title, entry.note, entry.decidedByName, at, JSON.stringify(record), JSON.stringify(publicContent)],
    },
  ];
}

function chunkStatements(records: ProcedureRecord[], start: number, departments: number[]): InStatement[] {
  return records.flatMap((record, i) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, start + i)).toISOString();
    return procedureStatements(record, FIRST_ID + start + i, at, departments[(start + i) % departments.length] ?? null);
  });
}

/** Every procedure's latest saved version, as Payload keeps it beside the published row (what the card reads). */
const VERSION_STATEMENTS = [
  `INSERT INTO _procedures_v (parent_id, version_slug, version_title, version_summary, version_department_id, version_call_center_notes,
     version_call_center_other, version__status, version_workflow_state, version_current_version, version_updated_at, version_created_at, latest, created_at, updated_at)
   SELECT id, slug, title, summary, department_id, call_center_notes, call_center_other, _status, workflow_state, current_version, updated_at, created_at, 1, updated_at, updated_at
   FROM procedures WHERE id >= ${FIRST_ID}`,
  `INSERT INTO _procedures_v_version_call_center_contacts (_order, _parent_id, name, phone, _uuid)
   SELECT c._order, v.id, c.name, c.phone, c.id FROM procedures_call_center_contacts c JOIN _procedures_v v ON v.parent_id = c._parent_id WHERE c._parent_id >= ${FIRST_ID}`,
  `INSERT INTO _procedures_v_version_call_center_faq (_order, _parent_id, question, answer, _uuid)
   SELECT f._order, v.id, f.question, f.answer, f.id FROM procedures_call_center_faq f JOIN _procedures_v v ON v.parent_id = f._parent_id WHERE f._parent_id >= ${FIRST_ID}`,
];

async function seed(databaseFile: string, n: number): Promise<{ slugs: string[]; ids: number[]; ms: number }> {
  const started = performance.now();
  const db = createClient({ url: `file:${databaseFile}` });
  try {
    // The running server writes too (the recent list after each card, its scheduled jobs): wait for its locks.
    await db.execute('PRAGMA busy_timeout = 60000');
    const departments = (await db.execute('SELECT id FROM departments ORDER BY id')).rows.map((row) => Number(row.id));
    const records = syntheticProcedures(n);
    for (let start = 0; start < records.length; start += CHUNK) {
      await db.batch(chunkStatements(records.slice(start, start + CHUNK), start, departments), 'write');
    }
    await db.batch(VERSION_STATEMENTS, 'write');
    return { slugs: records.map((r) => r.slug), ids: records.map((_, i) => FIRST_ID + i), ms: performance.now() - started };
  } finally {
    db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function summary(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? Number.NaN) };
}

/** One admin page over HTTP, the whole streamed body read; fails loudly when it is not the page expected. */
async function timePage(baseUrl: string, cookie: string, route: string, expected: string[], isRetry = false): Promise<number> {
  const started = performance.now();
  let response: Response;
  let html: string;
  try {
    // As a browser navigates to a typed-in address: Payload takes the session cookie only with it.
    response = await fetch(`${baseUrl}${route}`, { headers: { cookie, 'sec-fetch-site': 'none' } });
    html = await response.text();
  } catch (error) {
    // A kept-alive connection the server closed as idle (during the insert) just as it was reused: once more, on a new one.
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (isRetry || code !== 'UND_ERR_SOCKET') throw error;
    return timePage(baseUrl, cookie, route, expected, true);
  }
  const ms = performance.now() - started;
  const missing = expected.filter((text) => !html.includes(text));
  if (response.status !== 200 || missing.length > 0) {
    throw new Error(`${route}: HTTP ${response.status}, ${html.length} B, brak: ${missing.join(', ')}.`);
  }
  return ms;
}

/** The card of a synthetic procedure: every one has call-center contacts, so a `tel:` link proves the card is whole. */
const timeCard = (baseUrl: string, cookie: string, slug: string, hasPhones = true) =>
  timePage(baseUrl, cookie, `/admin/karta/${slug}`, hasPhones ? ['consultant-card', 'href="tel:'] : ['consultant-card']);

/** `SAMPLES` items spread over the whole list, so no opening is helped by its neighbour's pages in SQLite's cache. */
function spread<T>(items: T[]): T[] {
  const step = Math.max(1, Math.floor(items.length / SAMPLES));
  return Array.from({ length: SAMPLES }, (_, i) => items[((i + 1) * step) % items.length] as T);
}

async function httpTimings(baseUrl: string, cookie: string, slugs: string[]) {
  const first: number[] = [];
  for (const slug of spread(slugs)) first.push(await timeCard(baseUrl, cookie, slug));
  const warm: number[] = [];
  const again = slugs[Math.floor(slugs.length / 2)] as string;
  for (let i = 0; i < SAMPLES; i++) warm.push(await timeCard(baseUrl, cookie, again));
  return { first: summary(first), warm: summary(warm) };
}

/**
 * Baseline 1: the card among the demo procedures only, before the N go in. The very first card
 * after start is timed apart (cold: the route's code loads); then the demo procedures in turn.
 */
async function demoBaseline(baseUrl: string, cookie: string, token: string) {
  const listed = await fetch(`${baseUrl}/api/procedures?draft=true&limit=100&depth=0&select[slug]=true`, {
    headers: { authorization: `JWT ${token}` },
  });
  const { docs } = (await listed.json()) as { docs: { slug: string }[] };
  const slugs = docs.map((doc) => doc.slug);
  if (slugs.length === 0) throw new Error(`Brak procedur demonstracyjnych (HTTP ${listed.status}).`);
  const cold = await timeCard(baseUrl, cookie, slugs[0] as string, false);
  const first: number[] = [];
  for (const slug of spread(slugs)) first.push(await timeCard(baseUrl, cookie, slug, false));
  const warm: number[] = [];
  for (let i = 0; i < SAMPLES; i++) warm.push(await timeCard(baseUrl, cookie, slugs[0] as string, false));
  return { procedures: slugs.length, cold: Math.round(cold), first: summary(first), warm: summary(warm) };
}

/** Baseline 2: Payload's default edit view (the form in tabs) of the same procedures among N. */
async function editViewTimings(baseUrl: string, cookie: string, ids: number[]) {
  const first: number[] = [];
  for (const id of spread(ids)) first.push(await timePage(baseUrl, cookie, `/admin/collections/procedures/${id}`, ['collection-edit']));
  return { first: summary(first) };
}

/**
 * Chromium from the address typed in to the `load` event (Navigation Timing's loadEventEnd), and to
 * the first paint of content: the card is server-rendered, so it can be read from then on, while
 * Payload's scripts still load.
 */
async function browserTimings(baseUrl: string, token: string, slugs: string[]) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'pl-PL' });
    await context.addCookies([{ name: 'payload-token', value: token, url: baseUrl }]);
    const page = await context.newPage();
    const loads: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i <= PAGES; i++) {
      const slug = slugs[(i * 7919) % slugs.length] as string;
      await page.goto(`${baseUrl}/admin/karta/${slug}`, { waitUntil: 'load' });
      await page.locator('.consultant-contacts a[href^="tel:"]').first().waitFor();
      const timing = await page.evaluate(() => ({
        load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      }));
      loads.push(timing.load);
      paints.push(timing.paint);
    }
    const [first = Number.NaN, ...rest] = loads;
    return { first: Math.round(first), next: summary(rest), firstContentfulPaint: summary(paints.slice(1)) };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  ensureAdminBuild(root, (message) => console.log(message));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-bench-card-'));
  const server = startServerProcess(
    { DATA_DIR: dataDir, DATABASE_URI: undefined, PAYLOAD_SECRET: undefined, PUBLISH_CRON: '0 3 1 1 *' },
    await freePort(),
  );
  try {
    await waitForHealth(server, 300_000);
    const token = await login(server.baseUrl, 'konsultant@example.pl', 'demo1234');
    const cookie = `payload-token=${token}`;
    const demo = await demoBaseline(server.baseUrl, cookie, token);
    const seeded = await seed(path.join(dataDir, 'cms.db'), N);
    const http = await httpTimings(server.baseUrl, cookie, seeded.slugs);
    const editView = await editViewTimings(server.baseUrl, cookie, seeded.ids);
    const chromium = await browserTimings(server.baseUrl, token, seeded.slugs);
    const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
    const ratios = {
      cardAtNToCardAtDemo: ratio(http.first.p50, demo.first.p50),
      cardToEditView: ratio(http.first.p50, editView.first.p50),
    };
    const ok = http.first.p95 <= TARGET_MS && http.warm.p95 <= TARGET_MS && chromium.next.p95 <= TARGET_MS;
    console.log(
      `\nKarta konsultanta — ${N} procedur (wstawione w ${(seeded.ms / 1000).toFixed(1)} s), próbek: ${SAMPLES} HTTP, ${PAGES} Chromium`,
    );
    console.table({
      'HTTP, pierwsza karta po starcie (zimny)': { p50: demo.cold, p95: demo.cold },
      [`HTTP, karta wśród ${demo.procedures} procedur demo (bazowa)`]: demo.first,
      [`HTTP, ta sama karta ponownie wśród ${demo.procedures} (bazowa)`]: demo.warm,
      [`HTTP, pierwsze otwarcie karty wśród ${N}`]: http.first,
      [`HTTP, ta sama karta ponownie wśród ${N} (ciepły)`]: http.warm,
      [`HTTP, domyślny widok edycji Payload wśród ${N} (bazowa)`]: editView.first,
      'Chromium do zdarzenia load, pierwsza strona': { p50: chromium.first, p95: chromium.first },
      'Chromium do zdarzenia load, kolejne karty': chromium.next,
      'Chromium do pierwszego wyświetlenia treści, kolejne karty': chromium.firstContentfulPaint,
    });
    console.log(
      `Mediana karty wśród ${N} / wśród ${demo.procedures}: ×${ratios.cardAtNToCardAtDemo}; karta / domyślny widok edycji Payload: ×${ratios.cardToEditView}`,
    );
    // Two shared cores: what else ran at the same time is part of the figures.
    const loadAverage = os.loadavg().map((l) => Number(l.toFixed(2)));
    console.log(`Średnie obciążenie maszyny (1/5/15 min): ${loadAverage.join(' / ')} na ${os.cpus().length} rdzeniach`);
    console.log(`Cel ≤ ${TARGET_MS} ms (p95): ${ok ? 'spełniony' : 'NIESPEŁNIONY'}`);
    console.log(
      JSON.stringify({
        bench: 'consultantCard',
        n: N,
        seedMs: Math.round(seeded.ms),
        demo,
        http,
        editView,
        chromium,
        ratios,
        targetMs: TARGET_MS,
        ok,
        loadAverage,
      }),
    );
    if (!ok) process.exitCode = 1;
  } catch (error) {
    // What the server said last is usually why (it stopped, or refused the card).
    console.error(`Serwer (ostatnie wiersze):\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
