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
};

/** The resident portal built from the demo data, checked in a real Chromium (issue: findable, accessible, printable). */
describe.skipIf(!browser.run)(`the resident portal${browser.run ? '' : ` — skipped: ${browser.reason}`}`, () => {
  let server: TestServer;
  let chromium: Browser;
  let base: string;
  let close: () => void;
  let out: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    await seedDemoData(server.payload, { log: () => undefined });
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-portal-'));
    await publish(server.payload, {
      at: new Date(),
      outDir: out,
      uploadsDir: path.join(server.dataDir, 'uploads', 'documents'),
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
    const allowed = name === 'search' ? ['application/ld+json', '/pagefind/pagefind-ui.js', 'inline'] : ['application/ld+json'];
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
    const result = page.locator('.pagefind-ui__result-link', { hasText: 'Bonifikata' });
    await result.first().waitFor({ timeout: 15_000 });
    await result.first().focus();
    const outline = await result.first().evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
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
      }
    }
    expect(fs.readdirSync(shots).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
