import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicUrl } from '../../cms/env';
import { registerPreviewRenderer } from '../../cms/preview/renderer';
import { staffSearch } from '../../cms/search/service';
import { makePdf } from '../../cms/seed/documentFiles';
import { createPreviewRenderer } from '../../publisher/preview';
import { api } from '../support/http';
import { procedureIn } from '../support/procedures';
import { createStaff, type Staff } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { type Id, transition } from '../support/workflow';

const COLUMNS = ['editor', 'otherEditor', 'team', 'callCenter', 'admin', 'anonymous'] as const;
type Who = (typeof COLUMNS)[number];

/** The table in docs/permissions.md: action → who → allowed. */
function readMatrix(): Map<string, Record<Who, boolean>> {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/permissions.md'), 'utf8');
  const rows = new Map<string, Record<Who, boolean>>();
  for (const line of text.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== COLUMNS.length + 1 || !cells.slice(1).every((c) => c === '✓' || c === '✗')) continue;
    const [action, ...marks] = cells as [string, ...string[]];
    rows.set(action, Object.fromEntries(COLUMNS.map((who, i) => [who, marks[i] === '✓'])) as Record<Who, boolean>);
  }
  return rows;
}

type Check = (ctx: { server: TestServer; staff: Staff; token: string | undefined }) => Promise<boolean>;

/** Every cell of docs/permissions.md, tried over HTTP; each check returns whether the action took effect. */
export function permissionSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  const tokenOf = (who: Who): string | undefined =>
    ({
      editor: staff.tokens.editor,
      otherEditor: staff.otherEditor.token,
      team: staff.tokens['procedures-team'],
      callCenter: staff.tokens['call-center'],
      admin: staff.tokens.admin,
      anonymous: undefined,
    })[who];
  const auth = (token: string | undefined) => (token ? { token } : {});
  const titleOf = async (id: Id) => (await server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 })).title;
  const stateOf = async (id: Id) => (await server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 })).workflowState;

  const checks: Record<string, Check> = {
    'read a procedure, internal fields included': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      const response = await api<Record<string, unknown>>(server.baseUrl, `/api/procedures/${id}?draft=true`, auth(token));
      return response.status === 200 && typeof response.body.owner === 'string';
    },
    'create a draft': async ({ token }) => {
      const response = await api(server.baseUrl, '/api/procedures?draft=true', {
        ...auth(token),
        json: {
          title: `Nowa procedura w przygotowaniu ${Math.random().toString(36).slice(2, 8)}`,
          department: staff.departments['Wydział Spraw Obywatelskich'],
          _status: 'draft',
        },
      });
      return response.status === 201;
    },
    'edit the content': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        ...auth(token),
        method: 'PATCH',
        json: { title: 'Tytuł po zmianie' },
      });
      return (await titleOf(id)) === 'Tytuł po zmianie';
    },
    'edit "Inne*" (callCenter.other)': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        ...auth(token),
        method: 'PATCH',
        json: { callCenter: { other: 'Nowa uwaga konsultantów' } },
      });
      const doc = await server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });
      return doc.callCenter?.other === 'Nowa uwaga konsultantów';
    },
    'delete a procedure': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      await api(server.baseUrl, `/api/procedures/${id}`, { ...auth(token), method: 'DELETE' });
      return (await server.payload.findByID({ collection: 'procedures', id, depth: 0, disableErrors: true })) === null;
    },
    'submit a change (wniosek o aktualizację)': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      await transition(server.baseUrl, token, id, 'submit');
      return (await stateOf(id)) === 'submitted';
    },
    approve: async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'submitted');
      await transition(server.baseUrl, token, id, 'approve', { changeNote: 'Aktualizacja opłat.' });
      return (await stateOf(id)) === 'approved';
    },
    'return with a comment': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'submitted');
      await transition(server.baseUrl, token, id, 'return', { comment: 'Popraw termin.' });
      return (await stateOf(id)) === 'returned';
    },
    'withdraw from publication': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      await transition(server.baseUrl, token, id, 'withdraw', { explanation: 'Uchylenie uchwały.' });
      return (await stateOf(id)) === 'withdrawn';
    },
    'file a change request': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const response = await api(server.baseUrl, '/api/change-requests', {
        ...auth(token),
        json: { procedure: id, message: 'Nowy numer telefonu.' },
      });
      return response.status === 201;
    },
    "see the department's change requests": async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const request = await server.payload.create({
        collection: 'change-requests',
        data: { procedure: id, message: 'Sprawdź opłaty.' } as never,
      });
      const response = await api<{ docs?: { id: Id }[] }>(server.baseUrl, '/api/change-requests?limit=0', auth(token));
      return response.status === 200 && (response.body.docs ?? []).some((doc) => doc.id === request.id);
    },
    'read the transition log': async ({ token }) => {
      await procedureIn(server.payload, staff, 'submitted');
      const response = await api<{ docs?: unknown[] }>(server.baseUrl, '/api/workflow-events?limit=1', auth(token));
      return response.status === 200 && (response.body.docs ?? []).length === 1;
    },
    'change or delete an approved version': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const { docs } = await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } } });
      const entry = docs[0] as { id: Id; note: string };
      await api(server.baseUrl, `/api/register-entries/${entry.id}`, {
        ...auth(token),
        method: 'PATCH',
        json: { note: 'Inny opis', content: { title: 'Podmieniona' } },
      });
      await api(server.baseUrl, `/api/register-entries/${entry.id}`, { ...auth(token), method: 'DELETE' });
      const after = await server.payload.findByID({ collection: 'register-entries', id: entry.id, disableErrors: true });
      return after === null || after.note !== entry.note || (after.content as { title: string }).title === 'Podmieniona';
    },
    "copy another procedure of the editor's department": async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      const response = await api<{ doc?: { id: Id } }>(server.baseUrl, `/api/procedures/${id}/duplicate?draft=true`, {
        ...auth(token),
        json: {},
      });
      return response.status < 300 && response.body.doc?.id !== undefined && response.body.doc.id !== id;
    },
    "replace the file of a department's draft": async ({ token }) => replaceFile(token, false),
    'replace or delete a file of an approved version': async ({ token }) => {
      const replaced = await replaceFile(token, true);
      const doc = await fileOf(true);
      await api(server.baseUrl, `/api/documents/${doc.id}`, { ...auth(token), method: 'DELETE' });
      const deleted = (await server.payload.findByID({ collection: 'documents', id: doc.id, disableErrors: true })) === null;
      return replaced || deleted;
    },
    'confirm as still valid (Potwierdź aktualność)': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      await transition(server.baseUrl, token, id, 'verify');
      const { totalDocs } = await server.payload.count({
        collection: 'register-entries',
        where: { and: [{ procedure: { equals: id } }, { kind: { equals: 'verification' } }] },
      });
      return totalDocs === 1;
    },
    'preview a draft as residents will see it': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      const response = await fetch(`${server.baseUrl}/api/procedures/${id}/preview`, {
        headers: token ? { Authorization: `JWT ${token}` } : {},
      });
      return response.status === 200 && (await response.text()).includes('<main');
    },
    'search procedures, drafts and internal fields': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      await server.payload.update({ collection: 'procedures', id, data: { owner: 'Nosorożec Wewnętrzny' }, draft: true });
      for (let tries = 0; tries < 300; tries++) {
        const response = await api<{ results?: { workflowState: string }[] }>(server.baseUrl, '/api/search?q=nosorożec', auth(token));
        if (response.status !== 503) return response.status === 200 && response.body.results?.[0]?.workflowState === 'draft';
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return false;
    },
    'read the quality checklist of a procedure': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'draft');
      const response = await api<{ completeness?: unknown }>(server.baseUrl, `/api/procedures/${id}/quality`, auth(token));
      return response.status === 200 && response.body.completeness !== undefined;
    },
    "see the department's review dates and quality": async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const overdue = { reviewDue: '2024-01-01T12:00:00.000Z' };
      await server.payload.update({ collection: 'procedures', id, data: overdue, draft: true, context: { workflowTransition: 'test' } });
      const response = await api<{ review?: { overdue: { id: Id }[] } }>(server.baseUrl, '/api/quality/summary', auth(token));
      return response.status === 200 && (response.body.review?.overdue ?? []).some((row) => row.id === id);
    },
    'read the search thesaurus': async ({ token }) => {
      const response = await api<{ docs?: unknown[] }>(server.baseUrl, '/api/thesaurus-groups?limit=1', auth(token));
      return response.status === 200 && (response.body.docs ?? []).length === 1;
    },
    'edit the search thesaurus': async ({ token }) => {
      const response = await api(server.baseUrl, '/api/thesaurus-groups', {
        ...auth(token),
        json: { terms: [{ value: `pozwolenie ${Math.random().toString(36).slice(2, 8)}` }, { value: 'zezwolenie' }] },
      });
      return response.status === 201;
    },
    'report an error in a published description': async ({ token }) => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const { slug } = await server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });
      await api(server.baseUrl, '/api/feedback', {
        ...auth(token),
        method: 'POST',
        body: new URLSearchParams({ procedure: String(slug), message: 'Nieaktualny numer telefonu.' }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      const { totalDocs } = await server.payload.count({
        collection: 'change-requests',
        where: { and: [{ procedure: { equals: id } }, { source: { equals: 'resident' } }] },
      });
      return totalDocs === 1;
    },
    'create a user account': async ({ token }) => {
      const email = `nowy-${Math.random().toString(36).slice(2)}@test.example.pl`;
      const response = await api(server.baseUrl, '/api/users', {
        ...auth(token),
        json: { email, password: 'haslo-testowe-1', name: 'Nowy Pracownik', role: 'editor' },
      });
      return response.status === 201;
    },
    'edit a department': async ({ token }) => {
      const id = staff.departments['Wydział Finansowy'] as Id;
      const unit = `Jednostka ${Math.random().toString(36).slice(2)}`;
      await api(server.baseUrl, `/api/departments/${id}`, { ...auth(token), method: 'PATCH', json: { unit } });
      return (await server.payload.findByID({ collection: 'departments', id })).unit === unit;
    },
  };

  /** A file of the editor's department, approved (its bytes fixed) or not. */
  const fileOf = async (approved: boolean) => {
    const doc = await server.payload.create({
      collection: 'documents',
      data: { title: 'Wniosek', department: staff.departments['Wydział Spraw Obywatelskich'] } as never,
      file: { data: Buffer.from(await makePdf('Wniosek', ['Treść.'])), mimetype: 'application/pdf', name: 'wniosek.pdf', size: 1 } as never,
    });
    if (approved)
      await server.payload.update({ collection: 'documents', id: doc.id, data: { approvedAt: new Date().toISOString() } as never });
    return doc;
  };
  /** Whether the user's upload replaced the file's bytes. */
  const replaceFile = async (token: string | undefined, approved: boolean) => {
    const doc = await fileOf(approved);
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(await makePdf('Nowy wniosek', ['Inna treść.']))], { type: 'application/pdf' }), 'nowy.pdf');
    form.append('_payload', JSON.stringify({}));
    await api(server.baseUrl, `/api/documents/${doc.id}`, { ...auth(token), method: 'PATCH', body: form });
    return (await server.payload.findByID({ collection: 'documents', id: doc.id })).sha256 !== doc.sha256;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    // As main.ts does at start: the preview renders with the portal's own views.
    registerPreviewRenderer(createPreviewRenderer(publicUrl()));
  });
  afterAll(async () => {
    staffSearch.stop();
    await server?.close();
  });

  const matrix = readMatrix();

  it('docs/permissions.md and the checks name the same actions', () => {
    expect([...matrix.keys()].sort()).toEqual(Object.keys(checks).sort());
  });

  const cells = [...matrix.entries()].flatMap(([action, row]) => COLUMNS.map((who) => ({ action, who, allowed: row[who] })));
  describe.each(cells)('$action — $who', ({ action, who, allowed }) => {
    it(allowed ? 'is allowed' : 'is refused', async () => {
      const check = checks[action];
      if (!check) throw new Error(`No check for "${action}"`);
      expect(await check({ server, staff, token: tokenOf(who) })).toBe(allowed);
    });
  });
}
