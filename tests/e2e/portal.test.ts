import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import express from 'express';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../cms/seed';
import { servePortal } from '../../cms/server/servePortal';
import { publish } from '../../publisher/index';
import { browserAvailability, launchChromium } from '../support/browser';
import { startTestServer, type TestServer } from '../support/testServer';

const browser = browserAvailability();
const shots = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const PAGES = {
  home: '/',
  procedure: '/procedury/przeksztalcenie-uzytkowania-wieczystego-bonifikata/',
  changeRegister: '/procedury/wymiana-dowodu-osobistego/rejestr-zmian/',
  archivedVersion: '/procedury/wymiana-dowodu-osobistego/wersje/1/',
  department: '/wydzialy/wydzial-spraw-obywatelskich/',
  aToZ: '/a-z/',
  search: '/szukaj/',
  accessibility: '/deklaracja-dostepnosci/',
  notFound: '/procedury/nie-ma-takiej-sprawy/',
};

/** The resident portal built from the demo data, checked in a real Chromium (issue: findable, accessible, printable). */
describe.skipIf(!browser.run)(`the resident portal${browser.run ? '' : ` — skipped: ${browser.reason}`}`, () => {
  let server: TestServer;
  let chromium: Browser;
  let base: string;
  let close: () => void;
  let out: string;

  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-portal-'));
    // The CMS serves the same release too (as `npm start` does): there the "Zgłoś błąd" form reaches it.
    server = await startTestServer('sqlite', { publicDir: path.join(out, 'current') });
    await seedDemoData(server.payload, { log: () => undefined });
    await publish(server.payload, {
      at: new Date(),
      outDir: out,
      filesDir: path.join(server.dataDir, 'uploads', 'approved'),
      siteUrl: 'https://lckm.example.pl',
    });
    const app = express();
    app.use(servePortal(path.join(out, 'current')));
    const listener = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listener.on('listening', resolve));
    base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    close = () => listener.close();
    chromium = await launchChromium();
    fs.mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await chromium?.close();
    close?.();
    await server?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  it.each(Object.entries(PAGES))('%s: no WCAG 2.1 A/AA violation found by axe-core', async (_name, url) => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(`${base}${url}`);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it.each(Object.entries(PAGES))('%s: Polish, one h1, landmarks, a skip link, and no script but search and JSON-LD', async (name, url) => {
    const page = await chromium.newPage();
    await page.goto(`${base}${url}`);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    expect(await page.locator('h1').count()).toBe(1);
    for (const landmark of ['header', 'main', 'footer', 'nav']) expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#tresc');
    const scripts = await page
      .locator('script')
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('type') ?? n.getAttribute('src') ?? 'inline'));
    // The search page's script, and a procedure page's check that its error report can be sent now.
    const allowed = name === 'search' || name === 'procedure' ? ['application/ld+json', 'module'] : ['application/ld+json'];
    for (const script of scripts) expect(allowed, `${url}: ${script}`).toContain(script);
    await page.close();
  });

  it.each(Object.entries(PAGES))('%s: usable at 320 px without horizontal scrolling', async (_name, url) => {
    const page = await chromium.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${base}${url}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it('procedure pages carry schema.org GovernmentService JSON-LD from the public JSON', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.procedure}`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    const publicJson = JSON.parse(
      fs.readFileSync(path.join(out, 'current', 'bip', 'procedury', 'przeksztalcenie-uzytkowania-wieczystego-bonifikata.json'), 'utf8'),
    ) as { title: string; summary: string };
    expect(jsonLd).toMatchObject({ '@type': 'GovernmentService', name: publicJson.title, description: publicJson.summary });
    await page.close();
  });

  it('prints a procedure cleanly: no site header, footer or navigation, link targets written out', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.procedure}`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site', 'footer.site', '.skip', 'nav[aria-label="Okruszki"]']) {
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display),
        selector,
      ).toBe('none');
    }
    expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    await page.pdf({ path: path.join(shots, 'procedure-print.pdf') });
    await page.close();
  });

  it('has the accessibility statement with the template ids, filled from the config', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.accessibility}`);
    for (const id of [
      'a11y-podmiot',
      'a11y-url',
      'a11y-data-publikacja',
      'a11y-data-aktualizacja',
      'a11y-status',
      'a11y-data-sporzadzenie',
      'a11y-kontakt-osoba',
      'a11y-kontakt-email',
      'a11y-kontakt-telefon',
      'a11y-procedura',
      'a11y-architektura',
    ]) {
      expect((await page.locator(`#${id}`).textContent())?.trim().length, id).toBeGreaterThan(0);
    }
    expect(await page.locator('#a11y-podmiot').textContent()).toBe('Urząd Miasta Łodzi');
    await page.close();
  });

  it('keeps a procedure page (HTML + CSS) under 30 KB gzipped', async () => {
    const html = fs.readFileSync(path.join(out, 'current', PAGES.procedure, 'index.html'));
    // Astro inlines small stylesheets; any it links are in _astro/.
    const assets = path.join(out, 'current', '_astro');
    const css = fs.existsSync(assets)
      ? fs
          .readdirSync(assets)
          .filter((name) => name.endsWith('.css'))
          .map((name) => fs.readFileSync(path.join(assets, name)))
      : [];
    const gzipped = gzipSync(Buffer.concat([html, ...css])).length;
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it('finds "bonifikata" by search and by A–Z, with keyboard-visible focus, and writes screenshots', async () => {
    const page = await chromium.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/szukaj/?q=bonifikata`);
    const result = page.locator('#wyniki .results a', { hasText: 'Bonifikata' });
    await result.first().waitFor({ timeout: 15_000 });
    await result.first().focus();
    const outline = await result.first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.screenshot({ path: path.join(shots, 'search-desktop.png') });
    await page.goto(`${base}/a-z/`);
    await page.getByRole('link', { name: /Bonifikata od jednorazowej opłaty/ }).click();
    await page.waitForURL(/przeksztalcenie-uzytkowania-wieczystego-bonifikata/);
    for (const [width, label] of [
      [1280, 'desktop'],
      [375, 'mobile'],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, url] of [
        ['home', PAGES.home],
        ['procedure', PAGES.procedure],
      ]) {
        await page.goto(`${base}${url}`);
        await page.screenshot({ path: path.join(shots, `${name}-${label}.png`), fullPage: true });
        await page.screenshot({ path: path.join(shots, `${name}-${label}-first-screen.png`) });
      }
    }
    expect(fs.readdirSync(shots).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('reaches search, its results and every link of a procedure page by keyboard alone, each with a visible focus', async () => {
    // Served with the CMS up, as `npm start` serves it (with the CMS down the error report adds a note with a phone link).
    const base = server.baseUrl;
    const page = await chromium.newPage({ viewport: { width: 1280, height: 900 } });
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        return {
          tag: el?.tagName.toLowerCase(),
          id: el?.id,
          href: el?.getAttribute('href') ?? null,
          inResults: Boolean(el?.closest('#wyniki')),
          // The focus indicator: the yellow focus colour as background or outline.
          visible: style
            ? [style.backgroundColor, style.outlineColor].includes('rgb(255, 221, 0)') && style.outlineStyle !== 'none'
            : false,
        };
      });
    const tabUntil = async (found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (found(f)) return f;
      }
      throw new Error('not reached by Tab');
    };
    await page.goto(`${base}/`);
    const input = await tabUntil((f) => f.id === 'q');
    expect(input.visible).toBe(true);
    await page.keyboard.type('bonifikata');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/szukaj\/\?q=bonifikata/);
    await page.locator('#wyniki .results a').first().waitFor({ timeout: 15_000 });
    const result = await tabUntil((f) => f.inResults && f.tag === 'a');
    expect(result).toMatchObject({ visible: true, href: '/procedury/przeksztalcenie-uzytkowania-wieczystego-bonifikata/' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/przeksztalcenie-uzytkowania-wieczystego-bonifikata\/$/);

    // Every link and control of the procedure page (the error report's form among them), in order, each showing where the focus is.
    const stops = await page
      .locator('a[href], input, textarea, select, button')
      .evaluateAll((nodes) =>
        nodes
          .filter((n) => (n as HTMLElement).checkVisibility() && (n as HTMLElement).tabIndex >= 0)
          .map((n) => n.getAttribute('href') ?? n.tagName.toLowerCase()),
      );
    expect(stops).toEqual(expect.arrayContaining(['textarea', 'button']));
    const reached: (string | undefined)[] = [];
    for (let i = 0; i < stops.length; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      expect(f.visible, `${f.tag} ${f.href}`).toBe(true);
      reached.push(f.href ?? f.tag);
    }
    expect(reached).toEqual(stops);
    await page.close();
  });

  it('says so when a search finds nothing, and offers the A–Z list', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}/szukaj/?q=${encodeURIComponent('qxzvwq')}`);
    const heading = page.locator('#wyniki h2');
    await heading.waitFor({ timeout: 15_000 });
    expect(await heading.textContent()).toBe('Brak wyników dla „qxzvwq”');
    expect(await page.locator('#wyniki a[href="/a-z/"]').count()).toBe(1);
    await page.close();
  });

  it('filters search results by department', async () => {
    const page = await chromium.newPage();
    const search = async (department: string) => {
      await page.goto(`${base}/szukaj/?q=bonifikata&wydzial=${encodeURIComponent(department)}`);
      const heading = page.locator('#wyniki h2');
      await heading.waitFor({ timeout: 15_000 });
      return heading.textContent();
    };
    expect(await search('Wydział Finansowy')).toMatch(
      /^Znaleziono [1-9]\d* (sprawa|sprawy|spraw) dla „bonifikata” w wydziale „Wydział Finansowy”$/,
    );
    expect(await page.locator('#wyniki .results a', { hasText: 'Bonifikata' }).count()).toBe(1);
    expect(await page.locator('#wydzial').inputValue()).toBe('Wydział Finansowy');
    expect(await search('Wydział Spraw Obywatelskich')).toBe('Brak wyników dla „bonifikata” w wydziale „Wydział Spraw Obywatelskich”');
    await page.close();
  });

  it('answers by the results contract, in rank order, and understands residents’ words, typos and questions', async () => {
    const page = await chromium.newPage();
    const firstResults = async (query: string) => {
      await page.goto(`${base}/szukaj/?q=${encodeURIComponent(query)}`);
      await page.locator('#wyniki h2').waitFor({ timeout: 15_000 });
      // One <li> per result holding its <a href="/procedury/<slug>/">.
      return page
        .locator('ol[data-search-results] > li')
        .evaluateAll((items) => items.map((li) => [...li.querySelectorAll('a[href^="/procedury/"]')].map((a) => a.getAttribute('href'))));
    };
    for (const [query, slug] of [
      ['meldunek', 'zameldowanie-na-pobyt-staly'],
      ['podatek od domu', 'podatek-od-nieruchomosci-osoby-fizyczne'],
      ['jak zapisać dziecko do przedszkola', 'rekrutacja-do-przedszkola'],
      ['zameldownie na pobyt staly', 'zameldowanie-na-pobyt-staly'],
      ['dowod osobisty', 'wymiana-dowodu-osobistego'],
    ]) {
      const items = await firstResults(query as string);
      expect(items.length, query).toBeGreaterThan(0);
      for (const links of items) expect(links, query).toHaveLength(1);
      expect(
        items.slice(0, 3).map(([href]) => href),
        query,
      ).toContain(`/procedury/${slug}/`);
    }
    await page.close();
  });

  it('names the BIP feeds as alternates on every page, and a procedure page its JSON and JSON-LD, all of which answer', async () => {
    const page = await chromium.newPage();
    const feeds = ['/bip/feed.atom', '/bip/feed.json', '/bip/zmiany.atom'];
    for (const url of [...Object.values(PAGES).filter((u) => u !== PAGES.notFound), '/wydzialy/', '/bip/']) {
      await page.goto(`${base}${url}`);
      const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      expect(alternates.slice(0, 3), url).toEqual(feeds);
    }
    await page.goto(`${base}${PAGES.procedure}`);
    const own = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((links) => links.map((l) => [l.getAttribute('type'), l.getAttribute('href')] as const));
    const slug = 'przeksztalcenie-uzytkowania-wieczystego-bonifikata';
    expect(own).toEqual(
      expect.arrayContaining([
        ['application/json', `/bip/procedury/${slug}.json`],
        ['application/ld+json', `/bip/procedury/${slug}.jsonld`],
        ['application/feed+json', '/bip/feed.json'],
      ]),
    );
    for (const [, href] of own) expect((await fetch(`${base}${href}`)).status, href ?? '').toBe(200);
    await page.close();
  });

  it('offers the PDF card by the title, with its size, before the first section', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.procedure}`);
    const card = page.locator('article .opening a[href$="/karta.pdf"]');
    const bytes = fs.statSync(path.join(out, 'current', PAGES.procedure, 'karta.pdf')).size;
    const kB = Math.round(bytes / 1024); // binary kilobytes, as file managers show sizes
    expect(await card.textContent()).toMatch(new RegExp(`^Karta procedury \\(PDF, ${kB} kB\\)$`));
    // In the opening part: after the title, before the first section's heading.
    const order = await page.evaluate(() => {
      const link = document.querySelector('article .opening a[href$="/karta.pdf"]');
      const h1 = document.querySelector('h1');
      const h2 = document.querySelector('article h2');
      return [
        Boolean(h1 && link && h1.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING),
        Boolean(h2 && link && link.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING),
      ];
    });
    expect(order).toEqual([true, true]);
    await page.close();
  });

  it('lists a document’s e-forms as a real list, one link per platform, not run together', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.procedure}`);
    const list = page.locator('ul.eforms').first();
    const items = await list
      .locator(':scope > li')
      .evaluateAll((lis) => lis.map((li) => [li.querySelectorAll('a[href]').length, li.textContent]));
    expect(items).toEqual([
      [1, 'ePUAP'],
      [1, 'gov.pl'],
    ]);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked (each platform on its own line)
    expect(await list.innerText()).toMatch(/^ePUAP\s*\n\s*gov\.pl$/);
    await page.close();
  });

  it('lists the departments at /wydzialy/, each with its page and the number of its procedures', async () => {
    const page = await chromium.newPage();
    const response = await page.goto(`${base}/wydzialy/`);
    expect(response?.status()).toBe(200);
    const links = await page.locator('main a[href^="/wydzialy/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    const departments = fs.readdirSync(path.join(out, 'current', 'wydzialy')).filter((n) => n !== 'index.html');
    expect([...links].sort()).toEqual(departments.map((d) => `/wydzialy/${d}/`).sort());
    for (const link of links) expect((await fetch(`${base}${link}`)).status, link).toBe(200);
    expect(await page.locator('main').textContent()).toMatch(/Wydział Spraw Obywatelskich/);
    await page.close();
  });

  it('documents the public data at /bip/: every format linked, every link answers, files in the JSON by their full URL', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}/bip/`);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') as string));
    for (const wanted of [
      '/bip/feed.atom',
      '/bip/feed.json',
      '/bip/zmiany.atom',
      '/bip/procedury/index.json',
      '/bip/cpsv-ap.jsonld',
      '/bip/openapi.json',
      '/bip/schemas/public-procedure.schema.json',
      '/bip/schemas/feed-item.schema.json',
    ]) {
      expect(hrefs, wanted).toContain(wanted);
    }
    for (const href of new Set(hrefs)) expect((await fetch(`${base}${href}`)).status, href).toBe(200);
    await page.close();
    // The public JSON names each attached file by its full URL on the portal, where it answers.
    const dir = path.join(out, 'current', 'bip', 'procedury');
    const fileUrls = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json') && n !== 'index.json')
      .flatMap((n) => {
        const p = JSON.parse(fs.readFileSync(path.join(dir, n), 'utf8')) as {
          requiredDocuments?: { file?: { url: string }; sampleFile?: { url: string } }[];
          otherDocuments?: { file?: { url: string } }[];
        };
        return [...(p.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]), ...(p.otherDocuments ?? []).map((d) => d.file)];
      })
      .flatMap((file) => (file ? [file.url] : []));
    expect(fileUrls.length).toBeGreaterThan(5);
    for (const url of fileUrls) {
      expect(url).toMatch(/^https:\/\/lckm\.example\.pl\/pliki\//);
      expect((await fetch(`${base}${new URL(url).pathname}`)).status, url).toBe(200);
    }
  });

  it('takes a resident’s report through the plain form, without JavaScript, into the department’s queue', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}${PAGES.procedure}`);
    const heading = page.locator('#zglos-blad');
    expect(await heading.textContent()).toBe('Czy te informacje są aktualne? Zgłoś błąd');
    const message = `Opłata podana w opisie jest nieaktualna (test ${Date.now()}).`;
    await page.getByLabel('Co jest nieaktualne lub błędne?').fill(message);
    await page.getByRole('button', { name: 'Zgłoś błąd' }).click();
    await page.locator('h1', { hasText: 'Dziękujemy za zgłoszenie' }).waitFor({ timeout: 15_000 });
    const back = await page.getByRole('link', { name: 'Wróć do opisu procedury' }).getAttribute('href');
    expect(new URL(back ?? '', server.baseUrl).pathname).toBe(PAGES.procedure);
    const { docs } = await server.payload.find({
      collection: 'change-requests',
      where: { message: { contains: message } },
      overrideAccess: true,
      depth: 0,
    });
    expect(docs.map((d) => (d as { source?: string }).source)).toEqual(['resident']);
    await context.close();
  });

  it('says the report cannot be sent when the CMS does not answer, and does not leave the page', async () => {
    // `base` serves the release alone (a static copy, the CMS down): /health and /api/feedback do not answer.
    const page = await chromium.newPage();
    await page.goto(`${base}${PAGES.procedure}`);
    const down = page.locator('[data-feedback-down]');
    expect(await down.isVisible()).toBe(false);
    await page.getByLabel('Co jest nieaktualne lub błędne?').fill('Nieaktualny numer telefonu.');
    await page.getByRole('button', { name: 'Zgłoś błąd' }).click();
    await down.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await down.textContent()).toMatch(/Nie możemy teraz przyjąć zgłoszenia/);
    expect(new URL(page.url()).pathname).toBe(PAGES.procedure);
    await page.close();
  });

  it('works without JavaScript: search falls back to the A–Z list', async () => {
    const context = await chromium.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/szukaj/?q=bonifikata`);
    await page.getByRole('link', { name: /Bonifikata od jednorazowej opłaty/ }).click();
    await page.waitForURL(/przeksztalcenie-uzytkowania-wieczystego-bonifikata/);
    expect(await page.locator('h1').textContent()).toMatch(/Bonifikata/);
    await context.close();
  });
});
