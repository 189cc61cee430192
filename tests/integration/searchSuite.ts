import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffSearch } from '../../cms/search/service';
import { loadThesaurus } from '../../cms/search/thesaurus';
import { loadDefaultThesaurus } from '../../schemas/search/thesaurusFile';
import { runCli } from '../support/cli';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, publishThroughWorkflow, transition } from '../support/workflow';

interface Result {
  slug: string;
  title: string;
  department: string;
  workflowState: string;
  score: number;
  snippet: string;
}
type Results = { results: Result[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Issue 12 over real HTTP: the staff search (`GET /api/search`) — who may use it, what it finds
 * (internal fields, drafts), that a save is searchable at once, hostile input — the thesaurus kept
 * in the admin and applied at once, and the admin's own list search and procedure picker.
 */
export function searchSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let n = 0;
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];
  const search = (q: string, token: string | undefined = staff.tokens['call-center'], extra = '') =>
    api<Results>(server.baseUrl, `/api/search?q=${encodeURIComponent(q)}${extra}`, token ? { token } : {});
  /** Polls until the predicate holds (the index is rebuilt in the background); returns how long it took. */
  const until = async (check: () => Promise<boolean>, timeoutMs = 60_000): Promise<number> => {
    const started = performance.now();
    while (!(await check())) {
      if (performance.now() - started > timeoutMs) throw new Error('timed out');
      await sleep(100);
    }
    return performance.now() - started;
  };
  const slugsFor = async (q: string) => (await search(q)).body.results.map((r) => r.slug);

  let registration: Id;
  let draftId: Id;
  const registrationSlug = `zameldowanie-${kind}`;
  const draftSlug = `szkic-wewnetrzny-${kind}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    registration = await publishThroughWorkflow(
      server.baseUrl,
      staff,
      buildProcedure({ slug: registrationSlug, title: 'Zameldowanie na pobyt stały', keywords: ['meldunek w mieszkaniu'] }),
    );
    const draft = buildProcedure({
      slug: draftSlug,
      title: 'Wydanie karty mieszkańca seniora',
    });
    draft.callCenter = { ...draft.callCenter, notes: 'Konsultant sprawdza numer w rejestrze żyrafowym przed połączeniem.' };
    draftId = (await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(draft, staff, 'draft'))).body.doc.id;
  });
  afterAll(async () => {
    staffSearch.stop();
    await server?.close();
  });

  describe('the default thesaurus', () => {
    it('is in the database from its first start, readable by staff and by nobody else', async () => {
      const groups = await api<{ totalDocs: number }>(server.baseUrl, '/api/thesaurus-groups?limit=1', { token: staff.tokens.editor });
      expect(groups.status).toBe(200);
      expect(groups.body.totalDocs).toBe(loadDefaultThesaurus().groups.length);
      expect((await api(server.baseUrl, '/api/thesaurus-groups?limit=1')).status).toBe(403);
      expect((await loadThesaurus(server.payload)).groups).toEqual(loadDefaultThesaurus().groups);
    });

    it.runIf(kind === 'sqlite')('is in a database that only the importer has touched', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-import-only-'));
      try {
        fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(buildProcedure({ slug: 'tylko-import' })));
        const env = { DATA_DIR: dir, DATABASE_URI: `file:${path.join(dir, 'cms.db')}`, PAYLOAD_SECRET: 'import-only' };
        const filled = `wczytano domyślny (${loadDefaultThesaurus().groups.length} grup)`;
        const first = await runCli('migrations/import.ts', [path.join(dir, 'a.json')], env);
        expect(first.code, first.stderr).toBe(0);
        expect(first.stdout + first.stderr).toContain(filled);
        // The second run finds the thesaurus there and leaves it as it is.
        const second = await runCli('migrations/import.ts', [path.join(dir, 'a.json')], env);
        expect(second.code, second.stderr).toBe(0);
        expect(second.stdout + second.stderr).not.toContain(filled);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('GET /api/search', () => {
    it('answers 401 to anonymous callers, in Polish, with nothing of the index', async () => {
      const response = await api(server.baseUrl, '/api/search?q=meldunek');
      expect(response.status).toBe(401);
      expect(response.text).toContain('Zaloguj się');
      expect(response.text).not.toContain(registrationSlug);
    });

    it('answers 503 in Polish while the index is first built, then every member of staff in rank order', async () => {
      const first = await search('meldunek');
      if (first.status === 503) {
        expect(first.text).toContain('Wyszukiwarka jest jeszcze przygotowywana');
        await until(async () => (await search('meldunek')).status === 200);
      }
      for (const token of [staff.tokens.editor, staff.otherEditor.token, team(), staff.tokens['call-center'], staff.tokens.admin]) {
        const response = await search('meldunek', token);
        expect(response.status, response.text).toBe(200);
        expect(Object.keys(response.body)).toEqual(['results']);
        expect(response.body.results[0]?.slug).toBe(registrationSlug);
        const scores = response.body.results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }
      const top = (await search('meldunek')).body.results[0];
      expect(Object.keys(top ?? {}).sort()).toEqual(['department', 'score', 'slug', 'snippet', 'title', 'workflowState']);
      expect(top).toMatchObject({
        title: 'Zameldowanie na pobyt stały',
        department: 'Wydział Spraw Obywatelskich',
        workflowState: 'approved',
      });
    });

    it('finds drafts, marked as such, by what only their internal call-center notes say', async () => {
      const response = await search('rejestr żyrafowy');
      expect(response.body.results[0]).toMatchObject({ slug: draftSlug, workflowState: 'draft' });
      expect(response.body.results[0]?.snippet).toContain('żyrafow');
    });

    it('finds a saved change within a second, follows a new slug, and forgets a deleted procedure', async () => {
      const saved = await api(server.baseUrl, `/api/procedures/${draftId}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { summary: 'Karta uprawnia do zniżek w hipopotamarium miejskim.', slug: `${draftSlug}-nowy` },
      });
      expect(saved.status, saved.text).toBe(200);
      const took = await until(async () => (await slugsFor('hipopotamarium'))[0] === `${draftSlug}-nowy`, 1000);
      expect(took).toBeLessThan(1000);
      expect(await slugsFor('żyrafowy')).not.toContain(draftSlug);
      const created = await createDraft(
        server.baseUrl,
        team(),
        toApiBody(buildProcedure({ slug: slug('do-usuniecia'), title: 'Zezwolenie na tresurę wielbłądów' }), staff, 'draft'),
      );
      const id = created.body.doc.id;
      await until(async () => (await slugsFor('wielbłądów')).length > 0, 1000);
      expect((await api(server.baseUrl, `/api/procedures/${id}`, { token: team(), method: 'DELETE' })).status).toBe(200);
      expect(await slugsFor('wielbłądów')).toEqual([]);
    });

    it('follows the workflow state through a transition', async () => {
      const submitted = await transition(server.baseUrl, staff.tokens.editor, draftId, 'submit');
      expect(submitted.status, submitted.text).toBe(200);
      const state = async () => (await search('hipopotamarium')).body.results.find((r) => r.slug === `${draftSlug}-nowy`)?.workflowState;
      await until(async () => (await state()) === 'submitted', 1000);
    });

    it.each([
      ['no query', ''],
      ['a blank query', '?q=%20%20'],
      ['a query over 200 characters', `?q=${'a'.repeat(201)}`],
      ['a control character', '?q=melde%01nek'],
      ['a NUL', '?q=%00'],
      ['a query given twice', '?q=a&q=b'],
      ['a query as a list', '?q[]=meldunek'],
      ['a query as an object', '?q[a]=meldunek'],
      ['a limit of 0', '?q=meldunek&limit=0'],
      ['a limit of 101', '?q=meldunek&limit=101'],
      ['a negative limit', '?q=meldunek&limit=-1'],
      ['a fractional limit', '?q=meldunek&limit=1.5'],
      ['a limit in words', '?q=meldunek&limit=dziesięć'],
      ['a limit as a list', '?q=meldunek&limit[]=5'],
    ])('refuses %s with a Polish 400', async (_, query) => {
      const response = await api<{ errors: { message: string }[] }>(server.baseUrl, `/api/search${query}`, { token: staff.tokens.editor });
      expect(response.status, response.text).toBe(400);
      expect(response.body.errors[0]?.message).toMatch(/[ąęółśżźćń]|Parametr|Podaj|Tekst/);
    });

    it('keeps to the limit and takes a 200-character query with Polish letters', async () => {
      expect((await search('karta', staff.tokens.editor, '&limit=1')).body.results).toHaveLength(1);
      expect((await search('ż'.repeat(200))).status).toBe(200);
      expect((await search('jak się')).body.results).toEqual([]);
    });
  });

  describe('the thesaurus in the admin', () => {
    it('lets the procedures team add a group that the staff search applies at once', async () => {
      const created = await api(server.baseUrl, '/api/thesaurus-groups', {
        token: team(),
        json: {
          terms: [{ value: 'kwit meldunkowy' }, { value: 'karta mieszkańca seniora' }],
          domain: 'sprawy obywatelskie',
          note: 'Test.',
        },
      });
      expect(created.status, created.text).toBe(201);
      await until(async () => (await slugsFor('kwit meldunkowy'))[0] === `${draftSlug}-nowy`);
      expect((await loadThesaurus(server.payload)).groups.at(-1)).toEqual({
        terms: ['kwit meldunkowy', 'karta mieszkańca seniora'],
        domain: 'sprawy obywatelskie',
        note: 'Test.',
      });
    });

    it('refuses a group of one member, a member of skipped words, and an unknown domain, naming the field in Polish', async () => {
      const post = (json: unknown) => api(server.baseUrl, '/api/thesaurus-groups', { token: team(), json });
      const one = await post({ terms: [{ value: 'meldunek' }] });
      expect(one.status).toBe(400);
      expect(one.text).toContain('co najmniej 2 człony');
      const stop = await post({ terms: [{ value: 'jak się' }, { value: 'meldunek' }] });
      expect(stop.status).toBe(400);
      expect(stop.text).toContain('Człon 1: „jak się” składa się tylko ze słów pomijanych');
      expect(stop.text).toContain('terms.0.value');
      expect((await post({ terms: [{ value: 'a' }, { value: 'b' }], domain: 'kosmos' })).status).toBe(400);
      expect((await post({ terms: [{ value: 'x\u0001y' }, { value: 'b' }] })).status).toBe(400);
      expect((await post({ terms: 'meldunek' })).status).toBe(400);
    });

    it('is kept by the procedures team only', async () => {
      const json = { terms: [{ value: 'abonament' }, { value: 'karta parkingowa' }] };
      for (const token of [staff.tokens.editor, staff.tokens['call-center'], staff.tokens.admin]) {
        expect((await api(server.baseUrl, '/api/thesaurus-groups', { token, json })).status).toBe(403);
      }
      expect((await api(server.baseUrl, '/api/thesaurus-groups', { json })).status).toBe(403);
    });
  });

  describe("the admin's own searches", () => {
    it('orders the procedures list search by the staff search, with the list paging intact', async () => {
      const where = ['title', 'slug', 'summary'].map((f, i) => `where[or][${i}][${f}][like]=meldunek`).join('&');
      const list = await api<{ docs: { slug: string }[]; totalDocs: number; page: number }>(
        server.baseUrl,
        `/api/procedures?${where}&draft=true&depth=0&limit=1`,
        { token: staff.tokens.editor },
      );
      expect(list.status, list.text).toBe(200);
      expect(list.body.docs.map((d) => d.slug)).toEqual([registrationSlug]);
      expect(list.body.totalDocs).toBeGreaterThanOrEqual(1);
    });

    it('finds "dowód" in the change-request picker, as the admin asks for it (a form body with the method override)', async () => {
      await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('dowod'), title: 'Wymiana dowodu osobistego' }));
      const body = new URLSearchParams({
        depth: '0',
        draft: 'true',
        limit: '10',
        page: '1',
        'select[title]': 'true',
        sort: 'id',
        'where[and][0][id][not_in][0]': String(registration),
        'where[and][1][title][like]': 'dowód',
      });
      const picked = await api<{ docs: { id: Id; title: string }[] }>(server.baseUrl, '/api/procedures', {
        token: staff.tokens['call-center'],
        method: 'POST',
        body: body.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
      });
      expect(picked.status, picked.text).toBe(200);
      expect(picked.body.docs[0]?.title).toBe('Wymiana dowodu osobistego');
      expect(picked.body.docs.map((d) => d.id)).not.toContain(registration);
    });

    it('leaves other queries as they are', async () => {
      const exact = await api<{ docs: { slug: string }[] }>(
        server.baseUrl,
        `/api/procedures?where[slug][equals]=${registrationSlug}&draft=true`,
        { token: staff.tokens.editor },
      );
      expect(exact.body.docs.map((d) => d.slug)).toEqual([registrationSlug]);
      const nothing = await api<{ docs: unknown[]; totalDocs: number }>(
        server.baseUrl,
        '/api/procedures?where[title][like]=qqqxyzzy&draft=true',
        {
          token: staff.tokens.editor,
        },
      );
      expect(nothing.status).toBe(200);
      expect(nothing.body.totalDocs).toBe(0);
      const anonymous = await api(server.baseUrl, '/api/procedures?where[title][like]=meldunek');
      expect(anonymous.status).toBe(403);
    });
  });
}
