import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../publisher/buildSite';
import { PublishBusyError, type PublishSummary, publish, refreshSearch } from '../../publisher/index';
import { loadRegister } from '../../publisher/load';
import { acquireLock } from '../../publisher/lock';
import { selectAndProject } from '../../publisher/selectAndProject';
import { buildSiteData } from '../../publisher/siteData';
import { currentReleaseId } from '../../publisher/swap';
import { warsawDay } from '../../schemas/rules/time';
import { buildProcedure, giveDepartmentSentinelCoordinator, SENTINEL, withInternalSentinels } from '../support/factories';
import { createStaff, type Staff } from '../support/staff';
import { startTestServer, type TestServer } from '../support/testServer';
import { type Id, publishThroughWorkflow, transition } from '../support/workflow';

const root = path.resolve(import.meta.dirname, '../..');
const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>\n\n[kliknij](javascript:alert(1)) i **pogrubione**';

function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesBelow(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The text of any release file as a reader gets it (PDF through pdftotext, so compressed streams are searched too). */
function readable(file: string): string {
  if (file.endsWith('.pdf')) return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // The search index (Pagefind) is gzip-compressed.
  if (/\.pf_[a-z]+$/.test(file)) return gunzipSync(fs.readFileSync(file)).toString('utf8');
  return fs.readFileSync(file, 'utf8');
}

describe('publisher', () => {
  let server: TestServer;
  let staff: Staff;
  let out: string;
  let liveId: Id;
  const run = (at: string, full = false): Promise<PublishSummary> =>
    publish(server.payload, {
      at: new Date(at),
      outDir: out,
      filesDir: path.join(server.dataDir, 'uploads', 'approved'),
      siteUrl: 'https://lckm.example.pl',
      full,
    });
  const current = () => path.join(out, 'current');

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    staff = await createStaff(server.payload, server.baseUrl);
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-public-'));
    await giveDepartmentSentinelCoordinator(server.payload, staff.departments['Wydział Spraw Obywatelskich'] as Id);
    liveId = await publishThroughWorkflow(
      server.baseUrl,
      staff,
      withInternalSentinels(
        buildProcedure({ slug: 'karta-lodz', title: 'Karta mieszkańca Łodzi — wydanie', validFrom: '2027-02-01', howTo: HOSTILE }),
      ),
    );
    await publishThroughWorkflow(server.baseUrl, staff, {
      ...withInternalSentinels(buildProcedure({ slug: 'wewnetrzna' })),
      internal: true,
    });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('does not publish a version before its validFrom day (Warsaw midnight, not UTC)', async () => {
    await run('2027-01-31T22:59:00Z'); // 23:59 on 31 January in Warsaw
    expect(fs.existsSync(path.join(current(), 'procedury', 'karta-lodz'))).toBe(false);
    const summary = await run('2027-01-31T23:00:30Z'); // 00:00:30 on 1 February in Warsaw
    expect(summary.live).toBe(1);
    expect(fs.existsSync(path.join(current(), 'procedury', 'karta-lodz', 'index.html'))).toBe(true);
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
    ]) {
      expect(fs.existsSync(path.join(current(), file)), file).toBe(true);
    }
    expect(fs.existsSync(path.join(current(), 'procedury', 'wewnetrzna'))).toBe(false);
  });

  it('lets no internal value into any file of the release', () => {
    for (const file of filesBelow(current())) {
      const text = readable(file);
      expect(text, file).not.toContain(SENTINEL);
      expect(text, file).not.toContain('2099-12-31'); // the internal validTo
      expect(text, file).not.toContain('"internal"');
    }
  });

  it('renders editor Markdown without scripts, handlers or javascript: links', () => {
    const html = fs.readFileSync(path.join(current(), 'procedury', 'karta-lodz', 'index.html'), 'utf8');
    expect(html).toContain('<strong>pogrubione</strong>');
    expect(html).not.toMatch(/<script>alert|onerror|javascript:/i);
    for (const feed of ['bip/feed.atom', 'bip/feed.json', 'bip/zmiany.atom']) {
      expect(fs.readFileSync(path.join(current(), feed), 'utf8')).not.toMatch(/<script|onerror=|javascript:/i);
    }
  });

  it('writes feeds that parse back as Atom and JSON Feed 1.1', () => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const atom = parser.parse(fs.readFileSync(path.join(current(), 'bip', 'feed.atom'), 'utf8')) as {
      feed: { entry: { title: string } | { title: string }[] };
    };
    expect([atom.feed.entry].flat().map((e) => e.title)).toEqual(['Karta mieszkańca Łodzi — wydanie']);
    const changes = parser.parse(fs.readFileSync(path.join(current(), 'bip', 'zmiany.atom'), 'utf8')) as { feed: { entry: unknown } };
    expect([changes.feed.entry].flat().length).toBeGreaterThanOrEqual(1);
    const json = JSON.parse(fs.readFileSync(path.join(current(), 'bip', 'feed.json'), 'utf8')) as {
      version: string;
      items: { id: string; title: string }[];
    };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.title)).toEqual(['Karta mieszkańca Łodzi — wydanie']);
  });

  it('writes a PDF card whose text extracts with Polish letters, titled and in Polish', () => {
    const pdf = path.join(current(), 'procedury', 'karta-lodz', 'karta.pdf');
    expect(readable(pdf)).toContain('Karta mieszkańca Łodzi — wydanie');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Karta mieszkańca Łodzi — wydanie/);
    expect(fs.readFileSync(pdf).toString('latin1')).toContain('/Lang (pl-PL)');
  });

  it('keeps the live release when nothing changed, and --full renders everything again', async () => {
    const before = currentReleaseId(out);
    const again = await run('2027-02-02T10:00:00Z');
    expect(again).toMatchObject({ changed: 0, rendered: 0, reused: 1, releaseId: before });
    expect(currentReleaseId(out)).toBe(before);
    const full = await run('2027-02-02T10:01:00Z', true);
    expect(full).toMatchObject({ rendered: 1, reused: 0 });
  });

  it('refuses a second run while one holds the lock, and recovers a stale lock', async () => {
    const release = acquireLock(out);
    await expect(run('2027-02-03T10:00:00Z')).rejects.toBeInstanceOf(PublishBusyError);
    release();
    fs.writeFileSync(path.join(out, '.publish.lock'), JSON.stringify({ pid: 999_999_999, startedAt: '2027-01-01T00:00:00Z' }));
    await expect(run('2027-02-03T10:01:00Z')).resolves.toMatchObject({ live: 1 });
  });

  it('keeps the previous release live and intact when a run is killed', async () => {
    const before = currentReleaseId(out);
    const page = path.join(current(), 'procedury', 'karta-lodz', 'index.html');
    const bytes = fs.readFileSync(page);
    // Its own process group, so that the kill takes its `astro build` child too, as a crash would.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'main.ts', 'publish', '--out', out, '--at', '2027-02-04T10:00:00Z', '--full'],
      {
        cwd: root,
        env: { ...process.env },
        stdio: 'ignore',
        detached: true,
      },
    );
    // Kill it while it builds the site (the staging folder exists by then).
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !fs.readdirSync(path.join(out, 'releases')).some((n) => n.startsWith('.staging-'))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const exited = new Promise((r) => child.on('exit', r));
    process.kill(-(child.pid as number), 'SIGKILL');
    await exited;
    expect(currentReleaseId(out)).toBe(before);
    expect(fs.readFileSync(page).equals(bytes)).toBe(true);
    // The next run takes over the dead run's lock and cleans its staging folder.
    await run('2027-02-04T10:05:00Z');
    expect(fs.readdirSync(path.join(out, 'releases')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps the last 5 releases', () => {
    expect(fs.readdirSync(path.join(out, 'releases')).filter((n) => !n.startsWith('.')).length).toBeLessThanOrEqual(5);
  });

  it('removes a withdrawn procedure from the portal and BIP, and lists the withdrawal in the change register feed', async () => {
    const response = await transition(server.baseUrl, staff.tokens['procedures-team'], liveId, 'withdraw', {
      explanation: 'Program zakończony.',
    });
    expect(response.status, response.text).toBe(200);
    const summary = await run('2027-02-05T10:00:00Z');
    expect(summary).toMatchObject({ live: 0, removed: 1 });
    expect(fs.existsSync(path.join(current(), 'procedury', 'karta-lodz'))).toBe(false);
    expect(fs.existsSync(path.join(current(), 'bip', 'procedury', 'karta-lodz.json'))).toBe(false);
    expect(fs.readFileSync(path.join(current(), 'bip', 'zmiany.atom'), 'utf8')).toContain('Program zakończony.');
  });

  it('renders only the pages a change touches, into the bytes a full build and `astro build` make, and the search index follows', async () => {
    const at = '2027-02-06T10:00:00Z';
    // As the server runs it: the previous run left a spare linked copy, this one starts from it.
    const options = {
      outDir: out,
      filesDir: path.join(server.dataDir, 'uploads', 'approved'),
      siteUrl: 'https://lckm.example.pl',
      keepWarm: true,
    };
    await publish(server.payload, { ...options, at: new Date('2027-02-06T09:00:00Z'), full: true });
    const beforeDir = fs.realpathSync(current());
    const beforeAz = fs.readFileSync(path.join(beforeDir, 'a-z', 'index.html'), 'utf8');
    expect(fs.existsSync(path.join(out, 'releases', `.spare-${path.basename(beforeDir)}`))).toBe(true);
    await publishThroughWorkflow(server.baseUrl, staff, {
      ...withInternalSentinels(buildProcedure({ slug: 'zasilek-zyrafowy', title: 'Zasiłek żyrafowy' })),
      summary: 'Pomoc dla opiekunów żyraf: Żyrafowość potwierdzona zaświadczeniem.',
    });
    const summary = await publish(server.payload, { ...options, at: new Date(at) });
    expect(summary).toMatchObject({ mode: 'changes', live: 1, changed: 1, rendered: 1, searchPending: true });
    expect(summary.liveMs).toBeLessThanOrEqual(summary.durationMs);
    const afterDir = fs.realpathSync(current());
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
    for (const file of ['404.html', 'pagefind/pagefind.js']) {
      expect(fs.statSync(path.join(afterDir, file)).ino, file).toBe(fs.statSync(path.join(beforeDir, file)).ino);
    }

    // A full build of the same moment writes the same pages, feeds and JSON, byte for byte.
    const fullOut = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-public-full-'));
    try {
      const full = await publish(server.payload, {
        at: new Date(at),
        outDir: fullOut,
        filesDir: path.join(server.dataDir, 'uploads', 'approved'),
        siteUrl: 'https://lckm.example.pl',
        full: true,
      });
      expect(full.mode).toBe('full');
      const fullDir = fs.realpathSync(path.join(fullOut, 'current'));
      const compared = (dir: string) =>
        filesBelow(dir)
          .map((f) => path.relative(dir, f))
          .filter((f) => !f.startsWith('pagefind/') && f !== '.manifest.json')
          .sort();
      expect(compared(afterDir)).toEqual(compared(fullDir));
      for (const file of compared(fullDir).filter((f) => /\.(html|json|atom)$/.test(f))) {
        expect(fs.readFileSync(path.join(afterDir, file), 'utf8'), file).toBe(fs.readFileSync(path.join(fullDir, file), 'utf8'));
      }

      // And `astro build` of the same data (site/ is a plain Astro project) writes the same pages.
      const loaded = await loadRegister(server.payload);
      const { published } = selectAndProject(loaded.entries, new Date(at), warsawDay(new Date(at)));
      const dataFile = path.join(fullOut, 'site-data.json');
      fs.writeFileSync(dataFile, JSON.stringify(buildSiteData(published, 'https://lckm.example.pl', new Date(at).toISOString())));
      const astroDir = path.join(fullOut, 'astro');
      await buildSite(astroDir, dataFile);
      const pages = compared(fullDir).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(5);
      for (const file of pages) {
        expect(fs.readFileSync(path.join(astroDir, file), 'utf8'), file).toBe(fs.readFileSync(path.join(fullDir, file), 'utf8'));
      }
    } finally {
      fs.rmSync(fullOut, { recursive: true, force: true });
    }

    // The search index of the single-change release still describes the one before; refreshSearch catches up.
    const indexText = (dir: string) =>
      filesBelow(path.join(dir, 'pagefind'))
        .filter((f) => f.includes('fragment'))
        .map(readable)
        .join('\n');
    expect(indexText(afterDir)).not.toContain('Żyrafowość');
    const refreshed = await refreshSearch(out);
    expect(refreshed?.pages).toBeGreaterThan(0);
    expect(indexText(fs.realpathSync(current()))).toContain('Żyrafowość');
    expect(await refreshSearch(out)).toBeUndefined();
  });

  it('makes the PDF cards again when what they print changes (the site URL), though no procedure changed', async () => {
    const summary = await publish(server.payload, {
      at: new Date('2027-02-07T10:00:00Z'),
      outDir: out,
      filesDir: path.join(server.dataDir, 'uploads', 'approved'),
      siteUrl: 'https://procedury.lodz.example.pl',
    });
    expect(summary).toMatchObject({ mode: 'full', changed: 0, rendered: 1, reused: 0 });
    expect(readable(path.join(current(), 'procedury', 'zasilek-zyrafowy', 'karta.pdf'))).toContain('procedury.lodz.example.pl');
  });
});
