import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { adminUrl, publicUrl } from '../../cms/env';
import { registerPreviewRenderer } from '../../cms/preview/renderer';
import { makePdf } from '../../cms/seed/documentFiles';
import { publish } from '../../publisher/index';
import { createPreviewRenderer } from '../../publisher/preview';
import { fileOf, routes } from '../../schemas/rules/routes';
import { buildProcedure, giveDepartmentSentinelCoordinator, SENTINEL, withInternalSentinels } from '../support/factories';
import { api } from '../support/http';
import { readWithPdfJs } from '../support/pdfJs';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, publishThroughWorkflow, transition } from '../support/workflow';

type Node = ReturnType<typeof parseDocument>;
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;

const BANNER = 'Podgląd wersji roboczej — nie jest opublikowana';
const HOSTILE_TITLE = 'Zgłoszenie <script>alert(1)</script> i </script><img src=x onerror=alert(2)>';

const elements = (root: Node | Element, name: string): Element[] => DomUtils.findAll((e) => e.name === name, [root]);
const mainOf = (html: string): Element => {
  const main = DomUtils.findOne((e) => e.name === 'main', parseDocument(html).children);
  if (!main) throw new Error('no <main>');
  return main;
};
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The preview's `<main>` brought back to the published page's: the link targets the preview makes
 * work from the admin (absolute portal addresses, the draft's card and files, a new tab) are
 * read as the portal's routes, and what differs by design is blanked in both: the "Ostatnia
 * zmiana" fact (date and number of the version) and the size of the card (its number and date).
 */
function normalised(main: Element, card: { preview: string; route: string }, files: { preview: string; portal: string }): string {
  for (const a of elements(main, 'a')) {
    const href = a.attribs.href ?? '';
    if (a.attribs.target === '_blank' && a.attribs.rel === 'noopener') {
      delete a.attribs.target;
      delete a.attribs.rel;
    }
    if (href === card.preview) a.attribs.href = card.route;
    // The card's size: each card carries its own version number and date (its presence is checked apart).
    if (a.attribs.href === card.route) a.children = [];
    else if (href.startsWith(files.preview)) a.attribs.href = `${files.portal}${href.slice(files.preview.length)}`;
    else if (href.startsWith(`${publicUrl()}/`)) a.attribs.href = href.slice(publicUrl().length);
  }
  for (const dt of elements(main, 'dt')) {
    const dd = DomUtils.nextElementSibling(dt);
    if (DomUtils.textContent(dt) === 'Ostatnia zmiana' && dd) dd.children = [];
  }
  return DomUtils.getOuterHTML(main, { encodeEntities: 'utf8' });
}

/** "Podgląd" over HTTP: the draft rendered with the publisher's views, page and card, for staff only. */
export function previewSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let published: Id;
  let n = 0;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-preview-public-'));
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];
  const preview = (id: Id | string, token?: string, suffix = '') =>
    fetch(`${server.baseUrl}/api/procedures/${id}/preview${suffix}`, token ? { headers: { authorization: `JWT ${token}` } } : {});
  const saveDraft = async (id: Id, data: Record<string, unknown>) => {
    const saved = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, { method: 'PATCH', token: team(), json: data });
    expect(saved.status, saved.text).toBe(200);
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    registerPreviewRenderer(createPreviewRenderer(publicUrl()));
    const form = new FormData();
    const pdf = await makePdf('Wniosek o kartę', ['Imię i nazwisko']);
    form.append('file', new Blob([Buffer.from(pdf)], { type: 'application/pdf' }), `wniosek-${kind}.pdf`);
    form.append('_payload', JSON.stringify({ title: 'Wniosek o kartę' }));
    const uploaded = await api<{ doc: { id: Id } }>(server.baseUrl, '/api/documents', {
      token: staff.tokens.editor,
      body: form,
      method: 'POST',
    });
    expect(uploaded.status, uploaded.text).toBe(201);
    const related = buildProcedure({ slug: slug('powiazana'), title: 'Procedura powiązana na żywo', validFrom: '2020-01-01' });
    const relatedId = await publishThroughWorkflow(server.baseUrl, staff, related);
    // The coordinator is internal, and must be the department's: the sentinel goes there too.
    await giveDepartmentSentinelCoordinator(server.payload, staff.departments['Wydział Spraw Obywatelskich'] as number);
    const record = withInternalSentinels(
      buildProcedure({
        slug: slug('podglad'),
        title: 'Karta mieszkańca — podgląd',
        validFrom: '2020-01-01',
        related: [related.slug],
        requiredDocuments: [{ group: 'submit', name: 'Wniosek o kartę', formats: ['paper-original'], file: `wniosek-${kind}.pdf` }],
      }),
    );
    const body = { ...toApiBody(record, staff, 'draft', { [`wniosek-${kind}.pdf`]: uploaded.body.doc.id }), related: [relatedId] };
    published = (await createDraft(server.baseUrl, staff.tokens.editor, body)).body.doc.id;
    expect((await transition(server.baseUrl, staff.tokens.editor, published, 'submit')).status).toBe(200);
    expect((await transition(server.baseUrl, team(), published, 'approve', { changeNote: 'Pierwsza publikacja.' })).status).toBe(200);
    await publish(server.payload, {
      at: new Date(),
      outDir: out,
      filesDir: path.join(server.dataDir, 'uploads', 'approved'),
      siteUrl: publicUrl(),
    });
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  const publishedPage = async (id: Id) => {
    const doc = await server.payload.findByID({ collection: 'procedures', id, depth: 0 });
    return fs.readFileSync(path.join(out, 'current', fileOf(routes.procedure(doc.slug as string))), 'utf8');
  };

  /** The scripts of the portal's own procedure page (its views' fixed code), by their text. */
  const portalScripts = async () =>
    new Set(elements(parseDocument(await publishedPage(published)), 'script').map((e) => DomUtils.textContent(e)));

  it('shows the same main content as the page the publisher wrote after approval', async () => {
    const response = await preview(published, team());
    expect(response.status).toBe(200);
    const html = await response.text();
    const doc = await server.payload.findByID({ collection: 'procedures', id: published, depth: 0 });
    const fileName = `wniosek-${kind}.pdf`;
    const previewMain = normalised(
      mainOf(html),
      { preview: `/api/procedures/${published}/preview.pdf`, route: routes.card(doc.slug as string) },
      { preview: `${adminUrl()}/api/documents/file/`, portal: '/pliki/' },
    );
    const route = routes.card(doc.slug as string);
    const publishedMain = normalised(mainOf(await publishedPage(published)), { preview: '\0', route }, { preview: '\0', portal: '' });
    expect(previewMain).toBe(publishedMain);
    // What the normalisation must not hide: the attachment and the related procedure are there.
    expect(previewMain).toContain(`href="/pliki/${fileName}"`);
    expect(previewMain).toContain('Procedura powiązana na żywo');
    // The card's link, with its size, as on the portal.
    const cardLink = elements(mainOf(html), 'a').find((a) => a.attribs.href === `/api/procedures/${published}/preview.pdf`);
    expect(cardLink && DomUtils.textContent(cardLink)).toMatch(/^Karta procedury \(PDF, \d+(,\d)? [kM]?B\)$/);
  });

  it('puts the banner above the page, outside its main content', async () => {
    const document = parseDocument(await (await preview(published, team())).text());
    const banner = DomUtils.findOne((e) => e.attribs.class === 'lckm-preview', document.children);
    expect(banner && DomUtils.textContent(banner)).toContain(BANNER);
    expect(banner?.parent && (banner.parent as Element).name).toBe('body');
    expect(DomUtils.textContent(elements(document, 'title')[0] as Element)).toMatch(/^Podgląd: Karta mieszkańca — podgląd/);
    expect(DomUtils.findOne((e) => e.attribs.class === 'lckm-preview__incomplete', document.children)).toBeNull();
  });

  it('shows a saved draft change, which the published page does not', async () => {
    await saveDraft(published, { summary: 'Zmieniony skrócony opis w wersji roboczej.' });
    const lead = (html: string) =>
      DomUtils.textContent(DomUtils.findOne((e) => e.attribs.class === 'lead', mainOf(html).children) as Element);
    expect(lead(await (await preview(published, team())).text())).toBe('Zmieniony skrócony opis w wersji roboczej.');
    expect(lead(await publishedPage(published))).not.toContain('Zmieniony');
  });

  it('links related procedures only when they are live, as the portal does', async () => {
    const draftOnly = await createDraft(
      server.baseUrl,
      staff.tokens.editor,
      toApiBody(buildProcedure({ slug: slug('szkic'), title: 'Procedura jeszcze nieopublikowana' }), staff, 'draft'),
    );
    const current = await server.payload.findByID({ collection: 'procedures', id: published, draft: true, depth: 0 });
    await saveDraft(published, { related: [...(current.related as Id[]), draftOnly.body.doc.id] });
    const text = DomUtils.textContent(mainOf(await (await preview(published, team())).text()));
    expect(text).toContain('Procedura powiązana na żywo');
    expect(text).not.toContain('Procedura jeszcze nieopublikowana');
  });

  it('says in the banner that an internal procedure will not be published', async () => {
    const created = await createDraft(server.baseUrl, staff.tokens.editor, {
      ...toApiBody(buildProcedure({ slug: slug('wewnetrzna') }), staff, 'draft'),
      internal: true,
    });
    const document = parseDocument(await (await preview(created.body.doc.id, team())).text());
    const banner = DomUtils.findOne((e) => e.attribs.class === 'lckm-preview', document.children);
    expect(banner && DomUtils.textContent(banner)).toContain('po zatwierdzeniu nie zostanie opublikowana');
  });

  it('carries no internal value in the page or in the PDF card', async () => {
    const html = await (await preview(published, team())).text();
    expect(html).not.toContain(SENTINEL);
    const card = await preview(published, team(), '.pdf');
    const text = (await readWithPdfJs(new Uint8Array(await card.arrayBuffer()))).pages
      .flatMap((p) => p.marked.map((m) => m.text))
      .join(' ');
    expect(text).toContain('Karta mieszkańca');
    expect(text).not.toContain(SENTINEL);
  });

  it('renders the PDF card of the draft inline, named after its slug', async () => {
    const response = await preview(published, team(), '.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="podglad-[a-z]+-\d+-podglad\.pdf"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const pdf = await readWithPdfJs(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.info.Title).toBe('Karta mieszkańca — podgląd');
  });

  it('answers the team and the editors of its department, and refuses everyone else in Polish', async () => {
    const refused = async (response: Response, status: number, message: RegExp) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as { errors: { message: string }[] };
      expect(body.errors[0]?.message).toMatch(message);
    };
    for (const suffix of ['', '.pdf']) {
      await refused(await preview(published, undefined, suffix), 401, /^Zaloguj się, aby zobaczyć podgląd procedury\.$/);
      await refused(await preview(published, 'not-a-token', suffix), 401, /^Zaloguj się/);
      // Staff who may read the record but do not write its drafts: another department's editor, the call center, the administrator.
      for (const token of [staff.otherEditor.token, staff.tokens['call-center'], staff.tokens.admin]) {
        await refused(await preview(published, token, suffix), 403, /^Podgląd wersji roboczej jest dostępny dla Oddziału ds\. Procedur/);
      }
      for (const token of [team(), staff.tokens.editor]) expect((await preview(published, token, suffix)).status).toBe(200);
    }
  });

  it('escapes a hostile title in the page, the JSON-LD and the card', async () => {
    const created = await createDraft(
      server.baseUrl,
      staff.tokens.editor,
      toApiBody(buildProcedure({ slug: slug('wrogi'), title: HOSTILE_TITLE }), staff, 'draft'),
    );
    expect(created.status, created.text).toBe(201);
    const html = await (await preview(created.body.doc.id, team())).text();
    const document = parseDocument(html);
    expect(DomUtils.textContent(elements(document, 'h1')[0] as Element)).toBe(HOSTILE_TITLE);
    const scripts = elements(document, 'script');
    const jsonLd = scripts.filter((s) => s.attribs.type === 'application/ld+json');
    expect(jsonLd).toHaveLength(1);
    expect(JSON.parse(DomUtils.textContent(jsonLd[0] as Element)).name).toBe(HOSTILE_TITLE);
    // Any other script is the portal's own, the very one its published page carries (and the sandbox keeps it from running).
    const ownScripts = await portalScripts();
    for (const script of scripts.filter((s) => s.attribs.type !== 'application/ld+json')) {
      expect(ownScripts.has(DomUtils.textContent(script))).toBe(true);
    }
    expect(html).not.toMatch(/<script>alert|<img\b/i);
    expect(elements(document, 'img')).toEqual([]);
    const card = await readWithPdfJs(new Uint8Array(await (await preview(created.body.doc.id, team(), '.pdf')).arrayBuffer()));
    expect(card.info.Title).toBe(HOSTILE_TITLE);
  });

  it('renders hostile Markdown as text or safe markup: no script, handler, frame or javascript: link', async () => {
    const hostile = [
      'Złóż wniosek.<script>alert(3)</script>',
      '<img src=x onerror="alert(4)"> <iframe src="https://example.com/"></iframe>',
      '[Kliknij](javascript:alert(5)) i <a href="javascript:alert(6)" onclick="alert(7)">tu</a>',
      '<svg onload=alert(8)></svg> <object data="x.swf"></object> <form action="https://example.com/"><button>Wyślij</button></form>',
    ].join('\n\n');
    const created = await createDraft(
      server.baseUrl,
      staff.tokens.editor,
      toApiBody(buildProcedure({ slug: slug('wrogi-md'), howTo: hostile, additionalInfo: hostile }), staff, 'draft'),
    );
    expect(created.status, created.text).toBe(201);
    const main = mainOf(await (await preview(created.body.doc.id, team())).text());
    expect(DomUtils.textContent(main)).toContain('Złóż wniosek.');
    const ownScripts = await portalScripts();
    const all = DomUtils.findAll((e) => e.name !== 'script' || !ownScripts.has(DomUtils.textContent(e)), [main]);
    expect(all.filter((e) => ['script', 'iframe', 'img', 'svg', 'object', 'embed'].includes(e.name)).map((e) => e.name)).toEqual([]);
    expect(all.flatMap((e) => Object.keys(e.attribs).filter((name) => name.startsWith('on')))).toEqual([]);
    expect(elements(main, 'a').filter((a) => /^\s*javascript:/i.test(a.attribs.href ?? ''))).toEqual([]);
    // The portal's own "Zgłoś błąd" form is the only form, and it posts to the API, never elsewhere.
    for (const form of elements(main, 'form')) expect(form.attribs.action ?? '').not.toContain('example.com');
  });

  it.each(['abc', '0', '-1', '1e3', '1.5', '99999999', "1'--", '%3Cscript%3E', '1%00', '..%2Fusers'])(
    'refuses the id %s without an error page',
    async (id) => {
      const response = await preview(id, team());
      expect([400, 404]).toContain(response.status);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    },
  );

  it('sends noindex, no-store and a policy that hashes every inline script and style', async () => {
    const response = await preview(published, team());
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const policy = response.headers.get('content-security-policy') ?? '';
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(' ')[0], d]));
    expect(directives.get('frame-ancestors')).toMatch(/^frame-ancestors 'self'/);
    // No script and no form, even in a tab of its own; its own origin kept for the staff-only links to the draft's files.
    expect(directives.get('sandbox')).toBe('sandbox allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(directives.get('form-action')).toBe("form-action 'none'");
    const document = parseDocument(await response.text());
    const inline = elements(document, 'script').filter((s) => !s.attribs.src && s.attribs.type !== 'application/ld+json');
    for (const script of inline) expect(directives.get('script-src')).toContain(hashOf(DomUtils.textContent(script)));
    const styles = elements(document, 'style');
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(directives.get('style-src')).toContain(hashOf(DomUtils.textContent(style)));
    expect(elements(document, 'meta').some((m) => m.attribs.name === 'robots' && m.attribs.content === 'noindex')).toBe(true);
  });

  it('previews an incomplete draft: what is missing is absent, and named where the page cannot do without it', async () => {
    const created = await createDraft(server.baseUrl, staff.tokens.editor, {
      howTo: 'Tylko **sposób** załatwienia.',
      department: staff.departments['Wydział Spraw Obywatelskich'],
    });
    expect(created.status, created.text).toBe(201);
    const response = await preview(created.body.doc.id, staff.tokens.editor);
    expect(response.status).toBe(200);
    const main = mainOf(await response.text());
    expect(DomUtils.textContent(elements(main, 'h1')[0] as Element)).toBe('(nie uzupełniono)');
    const headings = elements(main, 'h2').map((h) => DomUtils.textContent(h));
    expect(headings).toContain('Sposób załatwienia sprawy');
    expect(headings).not.toContain('Tryb odwoławczy');
    expect(headings).not.toContain('Miejsce załatwienia');
    // The banner says, in Polish, that the draft is incomplete and what it lacks.
    const document = parseDocument(await (await preview(created.body.doc.id, staff.tokens.editor)).text());
    const notice = DomUtils.findOne((e) => e.attribs.class === 'lckm-preview__incomplete', document.children);
    if (!notice) throw new Error('no notice of an incomplete draft');
    expect(notice.parent && DomUtils.getAttributeValue(notice.parent as Element, 'class')).toBe('lckm-preview');
    expect(DomUtils.textContent(notice)).toContain('Wersja robocza jest niekompletna');
    const items = elements(notice, 'li').map((li) => DomUtils.textContent(li));
    expect(items).toContain('Pole „Nazwa procedury” jest wymagane.');
    expect(items).toContain('Pole „Skrócony opis sprawy” jest wymagane.');
    expect(items).not.toContainEqual(expect.stringContaining('Sposób załatwienia sprawy'));
    // The first five and a count of the rest (this draft lacks more than six things).
    expect(items).toHaveLength(6);
    expect(items[5]).toMatch(/^…i \d+ (inna sprawa|inne sprawy|innych spraw) \(zobacz formularz\)\.$/);
    const card = await preview(created.body.doc.id, staff.tokens.editor, '.pdf');
    expect(card.status).toBe(200);
    const text = (await readWithPdfJs(new Uint8Array(await card.arrayBuffer()))).pages
      .flatMap((p) => p.marked.map((m) => m.text))
      .join(' ');
    expect(text).toContain('(nie uzupełniono)');
  });
}
