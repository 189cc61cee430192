import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal } from '../../cms/server/servePortal';
import { publish } from '../../publisher/index';
import { browserAvailability, launchChromium } from '../support/browser';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { createStaff, type Staff } from '../support/staff';
import { startTestServer, type TestServer } from '../support/testServer';
import { publishThroughWorkflow, transition } from '../support/workflow';

const browser = browserAvailability();

/** Markup and script that try to break out of every context a page writes text into. */
const P = {
  script: '</script><script>window.__xss=1</script>',
  img: '<img src=x onerror=window.__xss=1>',
  attr: '"><svg onload=window.__xss=1>',
  js: "');window.__xss=1;//",
  comment: '<!--<script>',
  lines: 'a\u2028b\u2029c',
};
const short = (text: string, max: number) => text.slice(0, max);

function hostileRecord(slug: string, department: string) {
  const all = Object.values(P).join(' ');
  return buildProcedure({
    slug,
    department,
    title: short(`${P.script} ${P.attr}`, 160),
    summary: short(`${all} ${P.comment}`, 650),
    steps: [
      { name: short(P.img, 40), comment: short(P.script, 75), online: true, eAuth: ['trusted-profile'] },
      { name: short(P.attr, 40), online: false },
    ],
    onlineActions: [P.script, P.img],
    usefulInfo: [P.attr, P.js],
    howTo: `${all}\n\n[link](javascript:window.__xss=1) <a href="javascript:window.__xss=1">a</a> <iframe src="javascript:window.__xss=1"></iframe>`,
    additionalInfo: `<script>window.__xss=1</script>${P.img}`,
    deadline: { value: 2, unit: 'months', description: P.script },
    place: `${P.img} tel. +48 42 638 44 44`,
    appointments: P.attr,
    fees: [{ type: short(P.script, 200), amount: short(P.img, 100), remarks: P.attr, onlinePayment: ['none'] }],
    submissionChannels: P.script,
    submissionDeadline: P.img,
    requiredDocuments: [
      { group: 'submit', name: P.script, eForms: [{ platform: short(P.attr, 100), url: 'https://epuap.gov.pl/?q=%22%3E%3Cscript%3E' }] },
    ],
    otherDocuments: [{ name: P.img }],
    legalBasis: [P.script, P.js],
    // The ELI identifier names an entry of this legal basis (the factory's names the example's act).
    legalBasisEli: [{ entry: P.script, eli: 'DU/2023/40' }],
    appeal: P.attr,
    reuseConditions: P.comment,
    responsiblePersons: [short(`${P.img} Nowak`, 120)],
    unit: short(P.attr, 200),
  });
}

/** Issue 9, item 1: every page type built from hostile content in every text field; nothing runs. */
describe.skipIf(!browser.run)(`hostile content on the portal${browser.run ? '' : ` — skipped: ${browser.reason}`}`, () => {
  let server: TestServer;
  let staff: Staff;
  let chromium: Browser;
  let base: string;
  let close: () => void;
  let out: string;
  const slug = 'wroga-tresc';

  beforeAll(async () => {
    server = await startTestServer('sqlite');
    staff = await createStaff(server.payload, server.baseUrl);
    // The editor's own department gets a hostile name too (administrators name departments).
    const department = `Wydział ${P.script}`;
    const id0 = staff.departments['Wydział Spraw Obywatelskich'] as number;
    await api(server.baseUrl, `/api/departments/${id0}`, { method: 'PATCH', token: staff.tokens.admin, json: { name: department } });
    staff.departments[department] = id0;
    const id = await publishThroughWorkflow(server.baseUrl, staff, hostileRecord(slug, department), `Zmiana ${P.script}`);
    // A second version, so that the first is an archived page too.
    await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
      method: 'PATCH',
      token: staff.tokens['procedures-team'],
      json: { summary: `${P.img} v2` },
    });
    await transition(server.baseUrl, staff.tokens['procedures-team'], id, 'submit');
    await transition(server.baseUrl, staff.secondTeam.token, id, 'approve', { changeNote: `Druga ${P.attr}` });

    out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-hostile-'));
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
  });
  afterAll(async () => {
    await chromium?.close();
    close?.();
    await server?.close();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  const pages = () => {
    const departmentDir = fs.readdirSync(path.join(out, 'current', 'wydzialy'))[0];
    return [
      '/',
      `/procedury/${slug}/`,
      `/procedury/${slug}/rejestr-zmian/`,
      `/procedury/${slug}/wersje/1/`,
      `/wydzialy/${departmentDir}/`,
      '/a-z/',
      `/szukaj/?q=${encodeURIComponent(P.script)}`,
      '/szukaj/?q=zameldowanie',
      '/deklaracja-dostepnosci/',
      '/nie-ma-takiej-strony/',
    ];
  };

  it('runs no script, opens no dialog and violates no Content-Security-Policy on any page type', async () => {
    for (const url of pages()) {
      const page = await chromium.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        (window as unknown as { __violations: string[] }).__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const response = await page.goto(`${base}${url}`);
      expect(response?.status(), url).toBeLessThan(500);
      await page.waitForTimeout(url.startsWith('/szukaj') ? 1500 : 100);
      const probe = await page.evaluate(() => ({
        xss: (window as unknown as { __xss?: number }).__xss,
        violations: (window as unknown as { __violations: string[] }).__violations,
      }));
      expect({ url, dialogs, ...probe }).toEqual({ url, dialogs: [], xss: undefined, violations: [] });
      await page.close();
    }
  });

  it('keeps the hostile title as data in the JSON-LD, and the feeds well-formed XML', async () => {
    const page = await chromium.newPage();
    await page.goto(`${base}/procedury/${slug}/`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { name: string };
    expect(jsonLd.name).toBe(short(`${P.script} ${P.attr}`, 160));
    // The JSON-LD data block and the error report's own script, which carries no content of the page.
    const scripts = await page.locator('script').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('type'), n.textContent ?? '']));
    expect(scripts.map(([type]) => type)).toEqual(['application/ld+json', 'module']);
    expect(scripts[1]?.[1]).not.toContain('__xss');
    await page.close();
    for (const feed of ['feed.atom', 'zmiany.atom']) {
      const xml = fs.readFileSync(path.join(out, 'current', 'bip', feed), 'utf8');
      expect(XMLValidator.validate(xml), feed).toBe(true);
      expect(JSON.stringify(new XMLParser().parse(xml))).toContain('window.__xss=1');
    }
  });
});
