import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublishBusyError, type PublishOptions, type PublishSummary, publish, refreshSearch } from '../../publisher/index';
import { loadRegister } from '../../publisher/load';
import { acquireLock } from '../../publisher/lock';
import { renderingSourcesHash } from '../../publisher/manifest';
import { planPages } from '../../publisher/pages';
import { renderPages } from '../../publisher/renderPages';
import { selectAndProject } from '../../publisher/selectAndProject';
import { buildSiteData } from '../../publisher/siteData';
import { currentReleaseId } from '../../publisher/swap';
import { fileOf, routes } from '../../schemas/rules/routes';
import { warsawDay } from '../../schemas/rules/time';
import { buildSite } from '../support/buildSite';
import { buildProcedure, giveDepartmentSentinelCoordinator, SENTINEL, withInternalSentinels } from '../support/factories';
import { describeResults, validateCpsv } from '../support/shacl';
import { createStaff, type Staff } from '../support/staff';
import { startTestServer, type TestServer } from '../support/testServer';
import { publishThroughWorkflow, transition } from '../support/workflow';

const root = path.resolve(import.meta.dirname, '../..');
const SITE_URL = 'https://lckm.example.pl';
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>\n\n[kliknij](javascript:alert(1)) i **pogrubione**';
const LIVE_TITLE = 'Karta mieszkańca Łodzi — wydanie';
const INTERNAL_TITLE = 'Procedura tylko do użytku wewnętrznego';

function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Every file of a release relative to it, sorted; the search index and the manifest left out (they differ by design). */
const comparedFiles = (dir: string) =>
  filesBelow(dir)
    .map((f) => path.relative(dir, f))
    .filter((f) => !f.startsWith('pagefind/') && f !== '.manifest.json')
    .sort();

/** The text of any release file as a reader gets it (PDF through pdftotext, so compressed streams are searched too). */
function readable(file: string): string {
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // The search index (Pagefind) is gzip-compressed.
  if (/\.pf_[a-z]+$/.test(file)) return gunzipSync(fs.readFileSync(file)).toString('utf8');
  return fs.readFileSync(file, 'utf8');
}

const releaseIds = (out: string) =>
  fs
    .readdirSync(path.join(out, 'releases'))
    .filter((n) => !n.startsWith('.'))
    .sort();

/**
 * Every test publishes into an output folder of its own, and asserts about the procedures it
 * made or the fixtures below (never a count another test could change), so each runs alone too.
 * Fixtures: `karta-lodz`, live from 1 February 2027 (Warsaw), with hostile Markdown and internal
 * values; `wewnetrzna`, an approved internal procedure that must never appear.
 */
describe('publisher', () => {
  let server: TestServer;
  let staff: Staff;
  const outs: string[] = [];
  const freshOut = () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-public-'));
    outs.push(out);
    return out;
  };
  const optionsFor = (out: string, at: string, extra: Partial<PublishOptions> = {}): PublishOptions => ({
    at: new Date(at),
    outDir: out,
    filesDir: path.join(server.dataDir, 'uploads', 'approved'),
    siteUrl: SITE_URL,
    ...extra,
  });
  const run = (out: string, at: string, extra: Partial<PublishOptions> = {}): Promise<PublishSummary> =>
    publish(server.payload, optionsFor(out, at, extra));
  const current = (out: string) => path.join(out, 'current');

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    staff = await createStaff(server.payload, server.baseUrl);
    await giveDepartmentSentinelCoordinator(server.payload, staff.departments['Wydział Spraw Obywatelskich'] as number);
    await publishThroughWorkflow(
      server.baseUrl,
      staff,
      withInternalSentinels(buildProcedure({ slug: 'karta-lodz', title: LIVE_TITLE, validFrom: '2027-02-01', howTo: HOSTILE })),
    );
    await publishThroughWorkflow(server.baseUrl, staff, {
      ...withInternalSentinels(buildProcedure({ slug: 'wewnetrzna', title: INTERNAL_TITLE })),
      internal: true,
    });
  });
  afterAll(async () => {
    await server?.close();
    for (const out of outs) fs.rmSync(out, { recursive: true, force: true });
  });

  it('does not publish a version before its validFrom day (Warsaw midnight, not UTC)', async () => {
    const out = freshOut();
    const before = await run(out, '2027-01-31T22:59:00Z'); // 23:59 on 31 January in Warsaw
    expect(fs.existsSync(path.join(current(out), 'procedury', 'karta-lodz'))).toBe(false);
    const summary = await run(out, '2027-01-31T23:00:30Z'); // 00:00:30 on 1 February in Warsaw
    expect(summary.live).toBe(before.live + 1);
    expect(fs.existsSync(path.join(current(out), 'procedury', 'karta-lodz', 'index.html'))).toBe(true);
  });

  describe('a release', () => {
    let release: string;
    beforeAll(async () => {
      const out = freshOut();
      await run(out, '2027-02-02T10:00:00Z');
      release = fs.realpathSync(current(out));
    });

    it('lays the release out at the stable URLs', () => {
      for (const file of [
        'index.html',
        'a-z/index.html',
        'szukaj/index.html',
        'deklaracja-dostepnosci/index.html',
        'procedury/karta-lodz/index.html',
        'procedury/karta-lodz/rejestr-zmian/index.html',
        'procedury/karta-lodz/karta.pdf',
        'wydzialy/wydzial-spraw-obywatelskich/index.html',
        'bip/feed.atom',
        'bip/feed.json',
        'bip/zmiany.atom',
        'bip/procedury/index.json',
        'bip/procedury/karta-lodz.json',
        'pagefind/pagefind-ui.js',
        '.manifest.json',
      ]) {
        expect(fs.existsSync(path.join(release, file)), file).toBe(true);
      }
      expect(fs.existsSync(path.join(release, 'procedury', 'wewnetrzna'))).toBe(false);
      expect(fs.existsSync(path.join(release, 'manifest.json'))).toBe(false);
    });

    it('lets no internal value into any file of the release', () => {
      for (const file of filesBelow(release).filter((f) => path.basename(f) !== '.manifest.json')) {
        const text = readable(file);
        expect(text, file).not.toContain(SENTINEL);
        expect(text, file).not.toContain('2099-12-31'); // the internal validTo
        expect(text, file).not.toContain('"internal"');
        expect(text, file).not.toContain(INTERNAL_TITLE);
      }
    });

    it('renders editor Markdown without scripts, handlers or javascript: links', () => {
      const html = fs.readFileSync(path.join(release, 'procedury', 'karta-lodz', 'index.html'), 'utf8');
      expect(html).toContain('<strong>pogrubione</strong>');
      expect(html).not.toMatch(/<script>alert|onerror|javascript:/i);
      for (const feed of ['bip/feed.atom', 'bip/feed.json', 'bip/zmiany.atom']) {
        expect(fs.readFileSync(path.join(release, feed), 'utf8')).not.toMatch(/<script|onerror=|javascript:/i);
      }
    });

    it('writes feeds that parse back as Atom and JSON Feed 1.1', () => {
      const parser = new XMLParser({ ignoreAttributes: false });
      const atom = parser.parse(fs.readFileSync(path.join(release, 'bip', 'feed.atom'), 'utf8')) as {
        feed: { entry: { title: string; id: string } | { title: string; id: string }[] };
      };
      const entries = [atom.feed.entry].flat();
      expect(entries).toContainEqual(expect.objectContaining({ title: LIVE_TITLE, id: `${SITE_URL}/procedury/karta-lodz/` }));
      expect(entries.map((e) => e.title)).not.toContain(INTERNAL_TITLE);
      const changes = parser.parse(fs.readFileSync(path.join(release, 'bip', 'zmiany.atom'), 'utf8')) as { feed: { entry: unknown } };
      expect([changes.feed.entry].flat().length).toBeGreaterThanOrEqual(1);
      const json = JSON.parse(fs.readFileSync(path.join(release, 'bip', 'feed.json'), 'utf8')) as {
        version: string;
        items: { id: string; title: string; _bip: { json: string } }[];
      };
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.items).toContainEqual(
        expect.objectContaining({
          title: LIVE_TITLE,
          _bip: expect.objectContaining({ json: `${SITE_URL}/bip/procedury/karta-lodz.json` }),
        }),
      );
      expect(json.items.map((i) => i.title)).not.toContain(INTERNAL_TITLE);
    });

    const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(release, file), 'utf8')) as Record<string, unknown>;
    const procedureJsonFiles = () =>
      fs
        .readdirSync(path.join(release, 'bip', 'procedury'))
        .filter((n) => n.endsWith('.json') && n !== 'index.json')
        .map((n) => `bip/procedury/${n}`);

    it('describes its public read API in OpenAPI 3.1 (valid against the OpenAPI schema), and its files answer to that description', async () => {
      const openApi = readJson('bip/openapi.json') as { paths: Record<string, unknown>; components: { schemas: Record<string, object> } };
      const validator = new Validator();
      // Its schemas of the public JSON are the release's own published files (by their address).
      for (const name of fs.readdirSync(path.join(release, 'bip', 'schemas'))) {
        const schema = readJson(`bip/schemas/${name}`);
        await validator.addSpecRef(schema, schema.$id as string);
      }
      const result = await validator.validate(openApi);
      expect(result.valid, JSON.stringify(result.errors)).toBe(true);
      expect(validator.version).toBe('3.1');
      // Every file path it names is in the release (the API's own paths are the CMS's).
      const staticPaths = Object.keys(openApi.paths).filter((p) => !p.startsWith('/api/') && p !== '/health');
      for (const route of staticPaths) {
        const file = route.replace('{slug}', 'karta-lodz').replace('{name}', 'public-procedure.schema.json').replace(/^\//, '');
        expect(fs.existsSync(path.join(release, file)), route).toBe(true);
      }
      // Its schemas (JSON Schema 2020-12, the public ones by their published address) accept what the release publishes.
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats(ajv);
      for (const name of fs.readdirSync(path.join(release, 'bip', 'schemas'))) ajv.addSchema(readJson(`bip/schemas/${name}`));
      ajv.addSchema({ $id: 'urn:lckm:openapi', components: openApi.components });
      const check = (component: string, file: string) => {
        const validate = ajv.getSchema(`urn:lckm:openapi#/components/schemas/${component}`);
        expect(validate?.(readJson(file)), `${file}: ${JSON.stringify(validate?.errors)}`).toBe(true);
      };
      check('JsonFeed', 'bip/feed.json');
      check('ProcedureIndex', 'bip/procedury/index.json');
      for (const file of procedureJsonFiles()) check('PublicProcedure', file);
    });

    it('names its published schema in each procedure JSON and the index, which validate against them, with files by their full URL', () => {
      // As a consumer would: strict, but `required` may name a property another branch defines.
      const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
      addFormats(ajv);
      const schema = readJson('bip/schemas/public-procedure.schema.json');
      expect(schema.$id).toBe(`${SITE_URL}/bip/schemas/public-procedure.schema.json`);
      const validate = ajv.compile(schema);
      const files = procedureJsonFiles();
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const document = readJson(file);
        expect(document.$schema, file).toBe(schema.$id);
        expect(validate(document), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
        for (const [, url] of JSON.stringify(document).matchAll(/"url":"([^"]+)"/g)) {
          expect(url, file).toMatch(/^https?:\/\//);
          if (url?.startsWith(`${SITE_URL}/pliki/`)) expect(fs.existsSync(path.join(release, new URL(url).pathname)), url).toBe(true);
        }
      }
      expect((readJson('bip/feed.json')._bip as { itemSchema: string }).itemSchema).toBe(`${SITE_URL}/bip/schemas/feed-item.schema.json`);
      const index = readJson('bip/procedury/index.json');
      const indexSchema = readJson('bip/schemas/procedure-index.schema.json');
      expect(index.$schema).toBe(indexSchema.$id);
      const validateIndex = ajv.compile(indexSchema);
      expect(validateIndex(index), JSON.stringify(validateIndex.errors)).toBe(true);
      expect((index.procedures as { url: string }[]).map((p) => p.url).sort()).toEqual(files.map((f) => `${SITE_URL}/${f}`).sort());
    });

    it('lists every public page in sitemap.xml, which robots.txt names', () => {
      const parser = new XMLParser();
      const sitemap = parser.parse(fs.readFileSync(path.join(release, 'sitemap.xml'), 'utf8')) as { urlset: { url: { loc: string }[] } };
      const locs = [sitemap.urlset.url].flat().map((u) => u.loc);
      const pages = filesBelow(release)
        .map((f) => path.relative(release, f))
        .filter((f) => f.endsWith('index.html'))
        .map((f) => `${SITE_URL}/${f.replace(/index\.html$/, '')}`);
      expect([...locs].sort()).toEqual([...pages].sort());
      const robots = fs.readFileSync(path.join(release, 'robots.txt'), 'utf8');
      expect(robots).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
      expect(robots).toMatch(/^Disallow: \/pagefind\/$/m);
    });

    it('gives each person their own Atom <author>', () => {
      const parser = new XMLParser({ isArray: (name) => name === 'entry' || name === 'author' });
      const atom = parser.parse(fs.readFileSync(path.join(release, 'bip', 'feed.atom'), 'utf8')) as {
        feed: { entry: { id: string; author: { name: string }[] }[] };
      };
      const entry = atom.feed.entry.find((e) => e.id === `${SITE_URL}/procedury/karta-lodz/`);
      const persons = (readJson('bip/procedury/karta-lodz.json').responsiblePersons as string[]) ?? [];
      expect(persons.length).toBeGreaterThan(1);
      for (const person of persons) expect(entry?.author.map((a) => a.name)).toContain(person);
      for (const author of entry?.author ?? []) expect(author.name).not.toMatch(/,|;/);
    });

    it('publishes the CPSV-AP catalogue and each procedure’s JSON-LD with zero SHACL violations', async () => {
      const documents = ['bip/cpsv-ap.jsonld', ...procedureJsonFiles().map((f) => f.replace(/\.json$/, '.jsonld'))];
      for (const file of documents) {
        const report = await validateCpsv(readJson(file));
        expect(report.conforms, `${file}\n${describeResults(report)}`).toBe(true);
      }
    });

    it('writes a PDF card whose text extracts with Polish letters, titled and in Polish', () => {
      const pdf = path.join(release, 'procedury', 'karta-lodz', 'karta.pdf');
      expect(readable(pdf)).toContain(LIVE_TITLE);
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Karta mieszkańca Łodzi — wydanie/);
      expect(fs.readFileSync(pdf).toString('latin1')).toContain('/Lang (pl-PL)');
    });
  });

  it('keeps the live release when nothing changed, and --full renders everything again', async () => {
    const out = freshOut();
    const first = await run(out, '2027-02-02T09:00:00Z');
    const again = await run(out, '2027-02-02T10:00:00Z');
    expect(again).toMatchObject({ mode: 'unchanged', changed: 0, rendered: 0, reused: first.live, pages: 0, releaseId: first.releaseId });
    expect(currentReleaseId(out)).toBe(first.releaseId);
    const full = await run(out, '2027-02-02T10:01:00Z', { full: true });
    expect(full).toMatchObject({ mode: 'full', rendered: first.live, reused: 0, searchPending: false });
    expect(currentReleaseId(out)).toBe(full.releaseId);
  });

  it('refuses a second run while one holds the lock, and recovers a stale lock', async () => {
    const out = freshOut();
    const release = acquireLock(out);
    await expect(run(out, '2027-02-03T10:00:00Z')).rejects.toBeInstanceOf(PublishBusyError);
    release();
    fs.writeFileSync(path.join(out, '.publish.lock'), JSON.stringify({ pid: 999_999_999, startedAt: '2027-01-01T00:00:00Z' }));
    const summary = await run(out, '2027-02-03T10:01:00Z');
    expect(currentReleaseId(out)).toBe(summary.releaseId);
    expect(fs.existsSync(path.join(out, '.publish.lock'))).toBe(false);
  });

  it('keeps the previous release live and intact when a run is killed', async () => {
    const out = freshOut();
    const before = (await run(out, '2027-02-04T09:00:00Z')).releaseId;
    const page = path.join(current(out), 'procedury', 'karta-lodz', 'index.html');
    const bytes = fs.readFileSync(page);
    // Its own process group, so that the kill takes any child of it too (the views' compiler), as a crash would.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'main.ts', 'publish', '--out', out, '--at', '2027-02-04T10:00:00Z', '--full'],
      { cwd: root, env: { ...process.env }, stdio: 'ignore', detached: true },
    );
    const exited = new Promise((r) => child.on('exit', r));
    // Kill it while it builds the release (the staging folder exists by then).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !fs.readdirSync(path.join(out, 'releases')).some((n) => n.startsWith('.staging-'))) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(fs.readdirSync(path.join(out, 'releases')).some((n) => n.startsWith('.staging-'))).toBe(true);
    process.kill(-(child.pid as number), 'SIGKILL');
    await exited;
    expect(currentReleaseId(out)).toBe(before);
    expect(fs.readFileSync(page).equals(bytes)).toBe(true);
    // The next run takes over the dead run's lock and cleans its staging folder.
    await run(out, '2027-02-04T10:05:00Z');
    expect(fs.readdirSync(path.join(out, 'releases')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps exactly the 5 newest releases, the current one among them', async () => {
    const out = freshOut();
    const made: string[] = [];
    for (let hour = 10; hour < 16; hour++) made.push((await run(out, `2027-02-04T${hour}:00:00Z`, { full: true })).releaseId);
    expect(new Set(made).size).toBe(6);
    expect(releaseIds(out)).toEqual(made.slice(-5));
    expect(currentReleaseId(out)).toBe(made.at(-1));
  });

  it('removes a withdrawn procedure from the portal and BIP, and lists the withdrawal in the change register feed', async () => {
    const id = await publishThroughWorkflow(
      server.baseUrl,
      staff,
      withInternalSentinels(buildProcedure({ slug: 'program-wycofany', title: 'Program wycofywany z oferty' })),
    );
    const out = freshOut();
    const before = await run(out, '2027-02-05T09:00:00Z');
    expect(fs.existsSync(path.join(current(out), 'procedury', 'program-wycofany', 'karta.pdf'))).toBe(true);
    const response = await transition(server.baseUrl, staff.tokens['procedures-team'], id, 'withdraw', {
      explanation: 'Program zakończony.',
    });
    expect(response.status, response.text).toBe(200);
    const summary = await run(out, '2027-02-05T10:00:00Z');
    expect(summary).toMatchObject({ live: before.live - 1, removed: 1 });
    expect(fs.existsSync(path.join(current(out), 'procedury', 'program-wycofany'))).toBe(false);
    expect(fs.existsSync(path.join(current(out), 'bip', 'procedury', 'program-wycofany.json'))).toBe(false);
    expect(fs.readFileSync(path.join(current(out), 'bip', 'zmiany.atom'), 'utf8')).toContain('Program zakończony.');
  });

  it('renders only the pages a change touches, into the bytes a full build and `astro build` make; its search finds the change at once, and the main index follows', async () => {
    const out = freshOut();
    const at = '2027-02-06T10:00:00Z';
    // As the server runs it: the previous run left a spare linked copy, this one starts from it.
    const before = await run(out, '2027-02-06T09:00:00Z', { full: true, keepWarm: true });
    const beforeDir = fs.realpathSync(current(out));
    const beforeAz = fs.readFileSync(path.join(beforeDir, 'a-z', 'index.html'), 'utf8');
    expect(fs.existsSync(path.join(out, 'releases', `.spare-${path.basename(beforeDir)}`))).toBe(true);
    await publishThroughWorkflow(server.baseUrl, staff, {
      ...withInternalSentinels(buildProcedure({ slug: 'zasilek-zyrafowy', title: 'Zasiłek żyrafowy' })),
      summary: 'Pomoc dla opiekunów żyraf: Żyrafowość potwierdzona zaświadczeniem.',
    });
    const summary = await run(out, at, { keepWarm: true });
    expect(summary).toMatchObject({ mode: 'changes', live: before.live + 1, changed: 1, rendered: 1, searchPending: true });
    expect(summary.liveMs).toBeLessThanOrEqual(summary.durationMs);
    const afterDir = fs.realpathSync(current(out));
    expect(afterDir).not.toBe(beforeDir);
    expect(fs.existsSync(path.join(out, 'releases', `.spare-${path.basename(beforeDir)}`))).toBe(false);
    expect(fs.existsSync(path.join(out, 'releases', `.spare-${path.basename(afterDir)}`))).toBe(true);
    // The previous release is untouched: its files were replaced in the new one, not written through the links.
    expect(fs.readFileSync(path.join(beforeDir, 'a-z', 'index.html'), 'utf8')).toBe(beforeAz);
    expect(beforeAz).not.toContain('zasilek-zyrafowy');
    const page = fs.readFileSync(path.join(afterDir, 'procedury', 'zasilek-zyrafowy', 'index.html'), 'utf8');
    expect(page).toContain('Żyrafowość potwierdzona');
    expect(fs.readFileSync(path.join(afterDir, 'a-z', 'index.html'), 'utf8')).toContain('/procedury/zasilek-zyrafowy/');
    // What the change does not touch is the previous release's file itself (a hard link), not a copy.
    for (const file of ['404.html', 'pagefind/pagefind.js', 'procedury/karta-lodz/karta.pdf']) {
      expect(fs.statSync(path.join(afterDir, file)).ino, file).toBe(fs.statSync(path.join(beforeDir, file)).ino);
    }

    // A full build of the same moment writes the same pages, feeds and JSON, byte for byte.
    const fullOut = freshOut();
    const full = await run(fullOut, at, { full: true });
    expect(full.mode).toBe('full');
    const fullDir = fs.realpathSync(current(fullOut));
    expect(comparedFiles(afterDir)).toEqual(comparedFiles(fullDir));
    for (const file of comparedFiles(fullDir).filter((f) => /\.(html|json|atom)$/.test(f))) {
      expect(fs.readFileSync(path.join(afterDir, file), 'utf8'), file).toBe(fs.readFileSync(path.join(fullDir, file), 'utf8'));
    }

    // And `astro build` of the same data (site/ is a plain Astro project) writes the same pages.
    const loaded = await loadRegister(server.payload);
    const { published } = selectAndProject(loaded.entries, new Date(at), warsawDay(new Date(at)));
    const dataFile = path.join(fullOut, 'site-data.json');
    // The release's data includes the size of each PDF card (the procedure pages show it by the link).
    const cardBytes = Object.fromEntries(
      published.map(({ procedure: p }) => [p.slug, fs.statSync(path.join(fullDir, fileOf(routes.card(p.slug)))).size]),
    );
    fs.writeFileSync(dataFile, JSON.stringify(buildSiteData(published, SITE_URL, new Date(at).toISOString(), { cardBytes })));
    const astroDir = path.join(fullOut, 'astro');
    await buildSite(astroDir, dataFile);
    const pages = comparedFiles(fullDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      expect(fs.readFileSync(path.join(astroDir, file), 'utf8'), file).toBe(fs.readFileSync(path.join(fullDir, file), 'utf8'));
    }

    // The single-change release finds the new procedure at once through its delta (`/pagefind/zmiany/`),
    // while its main index still describes the release before; refreshSearch folds the delta in.
    const fragmentsText = (dir: string) => filesBelow(path.join(dir, 'fragment')).map(readable).join('\n');
    const deltaDir = (release: string) => path.join(release, 'pagefind', 'zmiany');
    const mainText = (release: string) => fragmentsText(path.join(release, 'pagefind'));
    expect(fragmentsText(deltaDir(afterDir))).toContain('Żyrafowość');
    expect(mainText(afterDir)).not.toContain('Żyrafowość');
    const refreshed = await refreshSearch(out);
    expect(refreshed?.pages).toBeGreaterThan(0);
    const refreshedDir = fs.realpathSync(current(out));
    expect(mainText(refreshedDir)).toContain('Żyrafowość');
    expect(fs.existsSync(deltaDir(refreshedDir))).toBe(false);
    expect(await refreshSearch(out)).toBeUndefined();
  });

  it('renders the same bytes in the worker pool as in this process', async () => {
    const at = new Date('2027-02-06T12:00:00Z');
    const { published } = selectAndProject((await loadRegister(server.payload)).entries, at, warsawDay(at));
    const specs = planPages(buildSiteData(published, SITE_URL, at.toISOString()));
    const cards = published.map(({ procedure }) => ({ file: fileOf(routes.card(procedure.slug)), procedure }));
    const options = { sourcesHash: renderingSourcesHash(), siteUrl: SITE_URL, cards };
    const [inPool, here] = [path.join(freshOut(), 'pool'), path.join(freshOut(), 'here')];
    expect(await renderPages(specs, { ...options, into: inPool, inProcessLimit: 0 })).toMatchObject({ inProcess: false });
    expect(await renderPages(specs, { ...options, into: here, inProcessLimit: Number.POSITIVE_INFINITY })).toMatchObject({
      inProcess: true,
    });
    const files = comparedFiles(here);
    expect(files.length).toBe(specs.length + cards.length);
    expect(comparedFiles(inPool)).toEqual(files);
    for (const file of files) {
      expect(fs.readFileSync(path.join(inPool, file)).equals(fs.readFileSync(path.join(here, file))), file).toBe(true);
    }
  });

  it('makes the PDF cards again when what they print changes (the site URL), though no procedure changed', async () => {
    const out = freshOut();
    const first = await run(out, '2027-02-07T09:00:00Z');
    const summary = await run(out, '2027-02-07T10:00:00Z', { siteUrl: 'https://procedury.lodz.example.pl' });
    expect(summary).toMatchObject({ mode: 'full', changed: 0, rendered: first.live, reused: 0 });
    expect(readable(path.join(current(out), 'procedury', 'karta-lodz', 'karta.pdf'))).toContain('procedury.lodz.example.pl');
  });
});
