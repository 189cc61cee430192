import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_KEYS, validatePublicProcedure } from '../../schemas';
import { buildProcedure, giveDepartmentSentinelCoordinator, SENTINEL, withInternalSentinels } from '../support/factories';
import { api, fieldErrors } from '../support/http';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { type Id, publishThroughWorkflow } from '../support/workflow';

const INTERNAL_FIELD_NAMES = INTERNAL_KEYS;

/** The API contract, run against each real database. */
export function apiSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let counter = 0;
  const uniqueSlug = (prefix: string) => `${prefix}-${kind}-${++counter}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
  });

  // Drafts: every limit holds on them too (only completeness waits for submission).
  const post = (record: ReturnType<typeof buildProcedure>, extra: Record<string, unknown> = {}) =>
    api(server.baseUrl, '/api/procedures?draft=true', {
      token: staff.tokens['procedures-team'],
      json: { ...toApiBody(record, staff, 'draft'), ...extra },
    });

  it('answers /health with the database kind and that it is reachable', async () => {
    const response = await api(server.baseUrl, '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', database: { kind, reachable: true } });
  });

  describe('POST /api/procedures enforces the template limits with Polish messages', () => {
    it('stores a complete procedure', async () => {
      const response = await post(buildProcedure({ slug: uniqueSlug('kompletna') }));
      expect(response.status, response.text).toBe(201);
    });

    it('refuses to publish directly: publication goes through approval', async () => {
      const response = await api(server.baseUrl, '/api/procedures', {
        token: staff.tokens['procedures-team'],
        json: toApiBody(buildProcedure({ slug: uniqueSlug('bezposrednio') }), staff, 'published'),
      });
      expect(response.status).toBe(403);
      expect(response.text).toContain('Procedurę publikuje się tylko przez zatwierdzenie zmiany');
    });

    const cases = [
      {
        name: 'title of 161 characters (Polish letters count once)',
        patch: { title: `${'Łódź '.repeat(32)}Ł` },
        ok: { title: 'Łódź '.repeat(32) },
        path: 'title',
        message: 'Nazwa procedury może mieć najwyżej 160 znaków (jest 161).',
      },
      {
        name: 'summary of 651 characters',
        patch: { summary: 'ż'.repeat(651) },
        ok: { summary: 'ż'.repeat(650) },
        path: 'summary',
        message: 'Skrócony opis sprawy może mieć najwyżej 650 znaków (jest 651).',
      },
      {
        name: 'step name of 41 characters',
        patch: { steps: [{ name: 'ą'.repeat(41), online: false }] },
        ok: { steps: [{ name: 'ą'.repeat(40), online: false }] },
        path: 'steps.0.name',
        message: 'Etap 1 — Nazwa etapu może mieć najwyżej 40 znaków (jest 41).',
      },
      {
        name: 'step comment of 76 characters',
        patch: { steps: [{ name: 'złóż wniosek', comment: 'ę'.repeat(76), online: true }] },
        ok: { steps: [{ name: 'złóż wniosek', comment: 'ę'.repeat(75), online: true }] },
        path: 'steps.0.comment',
        message: 'Etap 1 — Komentarz do etapu może mieć najwyżej 75 znaków (jest 76).',
      },
      {
        name: 'reversed validity window',
        patch: { validFrom: '2027-06-02', validTo: '2027-06-01' },
        ok: { validFrom: '2027-06-01', validTo: '2027-06-01' },
        path: 'validTo',
        message: 'Obowiązuje do (2027-06-01) nie może być wcześniej niż Obowiązuje od (2027-06-02).',
      },
      {
        name: 'bad NRB account number',
        patch: { fees: [{ type: 'opłata skarbowa', amount: '17 zł', account: '95 1020 3352 0000 1102 0161 6789' }] },
        ok: { fees: [{ type: 'opłata skarbowa', amount: '17 zł', account: '94 1020 3352 0000 1102 0161 6789' }] },
        path: 'fees.0.account',
        message:
          'Opłata 1 — Numer konta bankowego: „95 1020 3352 0000 1102 0161 6789” nie jest poprawnym numerem rachunku (26 cyfr z poprawną sumą kontrolną).',
      },
      {
        name: 'bad slug',
        patch: { slug: 'Zła_Nazwa' },
        ok: {},
        path: 'slug',
        message:
          'Identyfikator adresu może zawierać tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki, np. „wymiana-dowodu-osobistego”.',
      },
    ];

    it.each(cases)('rejects a $name with 400, the field path and the Polish message; accepts the boundary', async (c) => {
      const rejected = await post(buildProcedure({ slug: uniqueSlug('granica'), ...c.patch }));
      expect(rejected.status, rejected.text).toBe(400);
      expect(fieldErrors(rejected.body)).toContainEqual({ path: c.path, message: c.message });
      const accepted = await post(buildProcedure({ slug: uniqueSlug('granica'), ...c.ok }));
      expect(accepted.status, accepted.text).toBe(201);
    });

    it('rejects an impossible calendar date sent as text instead of rolling it over', async () => {
      const response = await post(buildProcedure({ slug: uniqueSlug('data') }), { validFrom: '2027-02-30' });
      expect(response.status, response.text).toBe(400);
      expect(fieldErrors(response.body)).toContainEqual({
        path: 'validFrom',
        message: 'Obowiązuje od: „2027-02-30” nie jest poprawną datą (rrrr-mm-dd).',
      });
    });

    it('rejects a related procedure that does not exist', async () => {
      const response = await post(buildProcedure({ slug: uniqueSlug('powiazana') }), { related: [987654] });
      expect(response.status, response.text).toBe(400);
      // Payload's relationship check or ours, whichever runs first, names the field.
      expect(fieldErrors(response.body).some((e) => e.path.startsWith('related'))).toBe(true);
    });

    it('keeps limits on drafts too, while letting a draft be incomplete', async () => {
      const incomplete = await api(server.baseUrl, '/api/procedures?draft=true', {
        token: staff.tokens.editor,
        json: { title: 'Szkic bez reszty pól', department: staff.departments['Wydział Spraw Obywatelskich'] },
      });
      expect(incomplete.status, incomplete.text).toBe(201);
      const tooLong = await api(server.baseUrl, '/api/procedures?draft=true', {
        token: staff.tokens.editor,
        json: { title: 'x'.repeat(161), department: staff.departments['Wydział Spraw Obywatelskich'] },
      });
      expect(tooLong.status).toBe(400);
      expect(fieldErrors(tooLong.body)).toContainEqual({
        path: 'title',
        message: 'Nazwa procedury może mieć najwyżej 160 znaków (jest 161).',
      });
      // The admin's toast shows this summary: the field by its template name, never its key.
      expect((tooLong.body as { errors: { message: string }[] }).errors[0]?.message).toBe('Popraw lub uzupełnij pole: Nazwa procedury');
    });

    it('names every field of a rejected list item by its template heading in the summary', async () => {
      const rejected = await post(
        buildProcedure({ slug: uniqueSlug('etykiety'), steps: [{ name: 'ą'.repeat(41), comment: 'ę'.repeat(76), online: true }] }),
      );
      expect(rejected.status).toBe(400);
      expect((rejected.body as { errors: { message: string }[] }).errors[0]?.message).toBe(
        'Popraw lub uzupełnij pola: Etap 1 — Nazwa etapu, Etap 1 — Komentarz do etapu',
      );
    });

    it('refuses a second procedure with the same slug', async () => {
      const slug = uniqueSlug('duplikat');
      expect((await post(buildProcedure({ slug }))).status).toBe(201);
      const second = await post(buildProcedure({ slug }));
      expect(second.status).toBe(400);
      expect(fieldErrors(second.body)).toContainEqual({
        path: 'slug',
        message: `Identyfikator „${slug}” jest już zajęty przez inną procedurę.`,
      });
    });
  });

  describe('unauthenticated readers', () => {
    let liveId: Id;
    const hidden: string[] = [];

    beforeAll(async () => {
      await giveDepartmentSentinelCoordinator(server.payload, staff.departments['Wydział Spraw Obywatelskich'] as Id);
      liveId = await publishThroughWorkflow(
        server.baseUrl,
        staff,
        withInternalSentinels(buildProcedure({ slug: uniqueSlug('publiczna'), validFrom: '2020-01-01' })),
      );
      const variants = [
        { slug: uniqueSlug('wewnetrzna'), internal: true },
        { slug: uniqueSlug('przyszla'), validFrom: '2099-01-01', validTo: null },
        { slug: uniqueSlug('wygasla'), validFrom: '2001-01-01', validTo: '2002-01-01' },
      ];
      for (const variant of variants) {
        await publishThroughWorkflow(server.baseUrl, staff, { ...withInternalSentinels(buildProcedure()), ...variant });
        hidden.push(variant.slug);
      }
      const draft = await post(withInternalSentinels(buildProcedure({ slug: uniqueSlug('szkic') })));
      expect(draft.status, draft.text).toBe(201);
      hidden.push((draft.body as { doc: { slug: string } }).doc.slug);
    });

    it('read no procedure, draft or version from the CMS collections', async () => {
      for (const path of [
        '/api/procedures',
        `/api/procedures/${liveId}`,
        '/api/procedures/versions',
        '/api/workflow-events',
        '/api/change-requests',
        '/api/users',
        '/api/documents',
      ]) {
        const response = await api(server.baseUrl, path);
        expect(response.status, path).toBe(403);
        expect(response.text).not.toContain(SENTINEL);
      }
    });

    it('read the live public versions from the change register, without any internal field, at any depth', async () => {
      for (const path of ['/api/register-entries?limit=100', '/api/register-entries?limit=100&depth=3']) {
        const response = await api<{ docs: Record<string, unknown>[] }>(server.baseUrl, path);
        expect(response.status, path).toBe(200);
        expect(response.text).not.toContain(SENTINEL);
        const slugs = response.body.docs.map((d) => d.slug);
        expect(slugs.some((slug) => String(slug).startsWith('publiczna'))).toBe(true);
        for (const doc of response.body.docs) {
          for (const field of ['content', 'validFrom', 'validTo', 'decidedBy', 'submittedBy'])
            expect(doc, `${path} ${field}`).not.toHaveProperty(field);
          const content = doc.publicContent as Record<string, unknown>;
          for (const field of INTERNAL_FIELD_NAMES) expect(content, `${path} publicContent.${field}`).not.toHaveProperty(field);
          // Exactly the public projection of the BIP JSON: valid against the public schema, BIP metadata included.
          expect(validatePublicProcedure(content), `${path} ${String(doc.slug)}`).toEqual([]);
          expect(content).toHaveProperty('bip.version', doc.version);
        }
      }
    });

    it('do not see internal, not yet valid, expired or draft procedures', async () => {
      const response = await api<{ docs: { slug: string }[] }>(server.baseUrl, '/api/register-entries?limit=1000');
      const slugs = response.body.docs.map((d) => d.slug);
      expect(slugs.some((slug) => slug.startsWith('publiczna'))).toBe(true);
      for (const slug of hidden) expect(slugs).not.toContain(slug);
    });

    it('cannot filter on an internal field', async () => {
      for (const query of [
        `where[content.owner][like]=${SENTINEL}`,
        'where[validTo][exists]=true',
        'where[validFrom][less_than]=2030-01-01',
        'where[isLive][equals]=false',
      ]) {
        const response = await api<{ docs?: unknown[] }>(server.baseUrl, `/api/register-entries?${query}`);
        expect(response.text).not.toContain(SENTINEL);
        if (query.startsWith('where[isLive]')) expect(response.body.docs).toEqual([]);
        else expect(response.status, `${query}: ${response.text}`).toBeGreaterThanOrEqual(400);
      }
    });

    it('get no internal value from GraphQL, and cannot filter on one there either', async () => {
      const read = await api(server.baseUrl, '/api/graphql', {
        json: { query: '{ RegisterEntries(limit: 100) { docs { slug title publicContent content validFrom validTo } } }' },
      });
      expect(read.status).toBe(200);
      expect(read.text).not.toContain(SENTINEL);
      const procedures = await api(server.baseUrl, '/api/graphql', { json: { query: '{ Procedures { docs { slug owner } } }' } });
      expect(procedures.text).not.toContain(SENTINEL);
      expect((procedures.body as { errors?: unknown[] }).errors?.length ?? 0).toBeGreaterThan(0);
      const filtered = await api(server.baseUrl, '/api/graphql', {
        json: { query: '{ RegisterEntries(where: { validTo: { exists: true } }) { docs { slug } } }' },
      });
      expect((filtered.body as { errors?: unknown[] }).errors?.length ?? 0).toBeGreaterThan(0);
    });

    it('read no department coordinator', async () => {
      const departments = await api<{ docs: Record<string, unknown>[] }>(server.baseUrl, '/api/departments');
      expect(departments.status).toBe(200);
      for (const department of departments.body.docs) expect(department).not.toHaveProperty('coordinator');
    });

    it('staff do read the internal fields', async () => {
      const response = await api<Record<string, unknown>>(server.baseUrl, `/api/procedures/${liveId}`, {
        token: staff.tokens['call-center'],
      });
      expect(response.status).toBe(200);
      expect(response.body.owner).toBe(`${SENTINEL} Właściciel`);
      expect((response.body.callCenter as { notes: string }).notes).toBe(`${SENTINEL} notes`);
    });
  });
}
