import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowState } from '../../cms/workflow/states';
import { warsawDay } from '../../schemas/rules/time';
import { buildProcedure } from '../support/factories';
import { api, fieldErrors } from '../support/http';
import { procedureIn } from '../support/procedures';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, publishThroughWorkflow, transition } from '../support/workflow';

interface Mail {
  to: string | string[];
  subject: string;
  text: string;
}

/** The editorial workflow over HTTP: transitions, four eyes, immutability, log, mail, concurrency. */
export function workflowSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let n = 0;
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];
  const doc = async (id: Id) => server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });
  const events = async (id: Id) =>
    (await server.payload.find({ collection: 'workflow-events', where: { procedure: { equals: id } }, sort: 'at', limit: 0 })).docs;
  const mails = (): Mail[] => {
    const dir = path.join(server.dataDir, 'outbox');
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Mail);
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('transitions by state', () => {
    const table: { name: string; body: Record<string, string>; allowedFrom: WorkflowState[] }[] = [
      { name: 'submit', body: {}, allowedFrom: ['draft', 'returned', 'withdrawn'] },
      { name: 'approve', body: { changeNote: 'Zmiana.' }, allowedFrom: ['submitted'] },
      { name: 'return', body: { comment: 'Popraw.' }, allowedFrom: ['submitted'] },
      { name: 'withdraw', body: { explanation: 'Uchylono.' }, allowedFrom: ['approved'] },
    ];
    const states: WorkflowState[] = ['draft', 'submitted', 'returned', 'approved', 'withdrawn'];
    const cases = table.flatMap((t) => states.map((state) => ({ ...t, state, allowed: t.allowedFrom.includes(state) })));

    it.each(cases)('$name from $state: allowed = $allowed (409 and no change otherwise)', async ({ name, body, state, allowed }) => {
      const id = await procedureIn(server.payload, staff, state);
      const before = await events(id);
      // The team member who did not submit: four eyes never decide these cases.
      const token = name === 'submit' ? staff.tokens.editor : team();
      const response = await transition(server.baseUrl, token, id, name, body);
      if (allowed) {
        expect(response.status, response.text).toBe(200);
      } else {
        expect(response.status, response.text).toBe(409);
        expect(response.text).toMatch(/Nie można wykonać czynności|nie ma opublikowanej wersji/);
        expect((await doc(id)).workflowState).toBe(state);
        expect(await events(id)).toHaveLength(before.length);
      }
    });

    it('withdraws a procedure that is being edited after approval, since a version is published', async () => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const edited = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { summary: 'Nowy opis w przygotowaniu.' },
      });
      expect(edited.status, edited.text).toBe(200);
      expect((await doc(id)).workflowState).toBe('draft');
      expect((await transition(server.baseUrl, team(), id, 'withdraw', { explanation: 'Procedura wygasła.' })).status).toBe(200);
    });

    it('needs a change note to approve, a comment to return and an explanation to withdraw', async () => {
      const submitted = await procedureIn(server.payload, staff, 'submitted');
      for (const name of ['approve', 'return']) {
        const response = await transition(server.baseUrl, team(), submitted, name, {});
        expect(response.status).toBe(400);
        expect(response.text).toMatch(name === 'approve' ? /opis zmiany/ : /komentarz/);
      }
      const approved = await procedureIn(server.payload, staff, 'approved');
      const response = await transition(server.baseUrl, team(), approved, 'withdraw', { explanation: '  ' });
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/uzasadnienie wycofania/);
    });

    it('refuses to submit an incomplete draft, naming every missing field, and changes nothing', async () => {
      const created = await createDraft(server.baseUrl, staff.tokens.editor, {
        title: 'Niekompletny szkic',
        department: staff.departments['Wydział Spraw Obywatelskich'],
      });
      const id = created.body.doc.id;
      const response = await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      expect(response.status).toBe(400);
      const paths = fieldErrors(response.body).map((e) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['summary', 'steps', 'howTo', 'owner', 'legalBasis']));
      expect((await doc(id)).workflowState).toBe('draft');
      expect(await events(id)).toHaveLength(0);
    });

    it('refuses a coordinator who is not the department coordinator', async () => {
      const record = buildProcedure({ slug: slug('koordynator'), coordinator: 'Ktoś Inny' });
      const created = await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(record, staff, 'draft'));
      const response = await transition(server.baseUrl, staff.tokens.editor, created.body.doc.id, 'submit');
      expect(response.status).toBe(400);
      expect(fieldErrors(response.body)[0]).toMatchObject({ path: 'coordinator' });
      expect(fieldErrors(response.body)[0]?.message).toContain('tylko jeden koordynator');
    });
  });

  describe('four eyes', () => {
    it('refuses approval by the person who submitted, even in the procedures team; another member may approve', async () => {
      const created = await createDraft(server.baseUrl, team(), toApiBody(buildProcedure({ slug: slug('cztery-oczy') }), staff, 'draft'));
      const id = created.body.doc.id;
      expect((await transition(server.baseUrl, team(), id, 'submit')).status).toBe(200);
      const self = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Sam zatwierdzam.' });
      expect(self.status).toBe(403);
      expect(self.text).toContain('Zasada czterech oczu');
      expect((await doc(id)).workflowState).toBe('submitted');
      const other = await transition(server.baseUrl, staff.secondTeam.token, id, 'approve', { changeNote: 'Zatwierdzam.' });
      expect(other.status, other.text).toBe(200);
      expect(other.body).toMatchObject({ state: 'approved', version: 1 });
    });
  });

  describe('approved versions', () => {
    let id: Id;
    beforeAll(async () => {
      id = await publishThroughWorkflow(
        server.baseUrl,
        staff,
        buildProcedure({ slug: slug('wersje'), summary: 'Treść wersji pierwszej.' }),
        'Wersja 1.',
      );
    });

    it('are numbered, keep the full content, who submitted, who approved and when (server time)', async () => {
      const { docs } = await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } } });
      expect(docs).toHaveLength(1);
      const [entry] = docs;
      if (!entry) throw new Error('no register entry');
      expect(entry).toMatchObject({
        kind: 'approval',
        version: 1,
        note: 'Wersja 1.',
        decidedByName: 'Test procedures-team',
        submittedByName: 'Test editor',
      });
      expect((entry.content as { summary: string }).summary).toBe('Treść wersji pierwszej.');
      expect(Math.abs(Date.parse(String(entry.decidedAt)) - Date.now())).toBeLessThan(60_000);
    });

    it('stay as they were when the procedure is edited again: the edit starts a new draft', async () => {
      const edited = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { summary: 'Treść wersji drugiej.' },
      });
      expect(edited.status, edited.text).toBe(200);
      expect((await doc(id)).workflowState).toBe('draft');
      const { docs } = await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } } });
      expect((docs[0] as unknown as { content: { summary: string } }).content.summary).toBe('Treść wersji pierwszej.');
      expect(await transition(server.baseUrl, staff.tokens.editor, id, 'submit')).toMatchObject({ status: 200 });
      const second = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Wersja 2.' });
      expect(second.body).toMatchObject({ version: 2 });
      const all = await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } }, sort: 'version' });
      expect(all.docs.map((d) => [d.version, (d.content as { summary: string }).summary])).toEqual([
        [1, 'Treść wersji pierwszej.'],
        [2, 'Treść wersji drugiej.'],
      ]);
    });

    it('cannot be changed or deleted through REST or GraphQL, by anyone', async () => {
      const { docs } = await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } } });
      const entry = docs[0] as { id: Id; note: string };
      for (const token of [team(), staff.tokens.admin, staff.tokens.editor]) {
        expect(
          (await api(server.baseUrl, `/api/register-entries/${entry.id}`, { token, method: 'PATCH', json: { note: 'x' } })).status,
        ).toBe(403);
        expect((await api(server.baseUrl, `/api/register-entries/${entry.id}`, { token, method: 'DELETE' })).status).toBe(403);
        const mutation = await api(server.baseUrl, '/api/graphql', {
          token,
          json: { query: `mutation { updateRegisterEntry(id: ${JSON.stringify(entry.id)}, data: { note: "x" }) { id } }` },
        });
        expect((mutation.body as { errors?: unknown[] }).errors?.length ?? 0).toBeGreaterThan(0);
      }
      const after = await server.payload.findByID({ collection: 'register-entries', id: entry.id });
      expect(after.note).toBe(entry.note);
    });

    it('a newer approved version with a future validFrom does not replace the live one early', async () => {
      const future = await publishThroughWorkflow(
        server.baseUrl,
        staff,
        buildProcedure({ slug: slug('przyszla'), validFrom: null }),
        'Wersja 1.',
      );
      const edit = await api(server.baseUrl, `/api/procedures/${future}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { validFrom: '2099-01-01', validTo: null },
      });
      expect(edit.status, edit.text).toBe(200);
      expect((await transition(server.baseUrl, staff.tokens.editor, future, 'submit')).status).toBe(200);
      expect((await transition(server.baseUrl, team(), future, 'approve', { changeNote: 'Od 2099.' })).status).toBe(200);
      const { docs } = await server.payload.find({
        collection: 'register-entries',
        where: { procedure: { equals: future } },
        sort: 'version',
      });
      expect(docs.map((d) => [d.version, d.isLive])).toEqual([
        [1, true],
        [2, false],
      ]);
    });
  });

  describe('transition log', () => {
    it('records every transition with who, when, from, to and the comment, in order', async () => {
      const created = await createDraft(
        server.baseUrl,
        staff.tokens.editor,
        toApiBody(buildProcedure({ slug: slug('dziennik') }), staff, 'draft'),
      );
      const id = created.body.doc.id;
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      await transition(server.baseUrl, team(), id, 'return', { comment: 'Brakuje numeru konta.' });
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Poprawiono opłaty.' });
      await transition(server.baseUrl, team(), id, 'withdraw', { explanation: 'Zadanie przejęła inna jednostka.' });
      const log = await api<{ docs: Record<string, unknown>[] }>(
        server.baseUrl,
        `/api/workflow-events?where[procedure][equals]=${id}&sort=at&limit=0`,
        { token: staff.tokens['call-center'] },
      );
      expect(log.body.docs.map((e) => [e.transition, e.from, e.to, e.byName, e.comment ?? null])).toEqual([
        ['submit', 'draft', 'submitted', 'Test editor', null],
        ['return', 'submitted', 'returned', 'Test procedures-team', 'Brakuje numeru konta.'],
        ['submit', 'returned', 'submitted', 'Test editor', null],
        ['approve', 'submitted', 'approved', 'Test procedures-team', 'Poprawiono opłaty.'],
        ['withdraw', 'approved', 'withdrawn', 'Test procedures-team', 'Zadanie przejęła inna jednostka.'],
      ]);
      const times = log.body.docs.map((e) => Date.parse(String(e.at)));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      const first = log.body.docs[0] as { id: Id };
      expect((await api(server.baseUrl, `/api/workflow-events/${first.id}`, { token: team(), method: 'DELETE' })).status).toBe(403);
      expect(
        (await api(server.baseUrl, `/api/workflow-events/${first.id}`, { token: team(), method: 'PATCH', json: { comment: 'x' } })).status,
      ).toBe(403);
      const withdrawal = await server.payload.find({
        collection: 'register-entries',
        where: { and: [{ procedure: { equals: id } }, { kind: { equals: 'withdrawal' } }] },
      });
      expect(withdrawal.docs[0]).toMatchObject({ note: 'Zadanie przejęła inna jednostka.', version: 1 });
    });
  });

  describe('template rules and notifications', () => {
    it('dates the information on the day of the update request when no date is given', async () => {
      const record = buildProcedure({ slug: slug('data-wytworzenia') });
      delete (record as Partial<typeof record>).informationCreatedAt;
      const created = await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(record, staff, 'draft'));
      const id = created.body.doc.id;
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      const stored = (await doc(id)).informationCreatedAt as string;
      expect(warsawDay(new Date(stored))).toBe(warsawDay(new Date()));
    });

    it('mails the team on submit and the submitting editor on return (with the comment) and on approval', async () => {
      const record = buildProcedure({ slug: slug('powiadomienia'), title: 'Procedura do powiadomień' });
      const created = await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(record, staff, 'draft'));
      const id = created.body.doc.id;
      const before = mails().length;
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      await transition(server.baseUrl, team(), id, 'return', { comment: 'Dopisz termin składania.' });
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Dodano termin.' });
      const sent = mails().slice(before);
      expect(sent.map((m) => m.subject)).toEqual([
        'Wniosek o aktualizację: Procedura do powiadomień',
        'Do poprawy: Procedura do powiadomień',
        'Wniosek o aktualizację: Procedura do powiadomień',
        'Zatwierdzono: Procedura do powiadomień (wersja 1)',
      ]);
      expect([sent[0]?.to].flat()).toEqual(expect.arrayContaining(['procedures-team@test.example.pl', 'zespol2@test.example.pl']));
      expect([sent[1]?.to].flat()).toEqual(['editor@test.example.pl']);
      expect(sent[1]?.text).toContain('Dopisz termin składania.');
      expect([sent[3]?.to].flat()).toEqual(['editor@test.example.pl']);
      expect(sent[3]?.text).toContain('Dodano termin.');
    });
  });

  describe('change requests', () => {
    it('reach the department editors as a task and are closed by the submission that answers them', async () => {
      const id = await procedureIn(server.payload, staff, 'approved');
      const filed = await api<{ doc: { id: Id; status: string } }>(server.baseUrl, '/api/change-requests', {
        token: staff.tokens['call-center'],
        json: { procedure: id, message: 'Mieszkańcy zgłaszają nowy numer telefonu.' },
      });
      expect(filed.status, filed.text).toBe(201);
      expect(filed.body.doc.status).toBe('open');
      const open = await api<{ docs: { id: Id }[] }>(server.baseUrl, '/api/change-requests?where[status][equals]=open&limit=0', {
        token: staff.tokens.editor,
      });
      expect(open.body.docs.map((d) => d.id)).toContain(filed.body.doc.id);
      const otherDepartment = await api<{ docs: { id: Id }[] }>(server.baseUrl, '/api/change-requests?limit=0', {
        token: staff.otherEditor.token,
      });
      expect(otherDepartment.body.docs.map((d) => d.id)).not.toContain(filed.body.doc.id);

      await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { place: 'ul. Piotrkowska 104, tel. +48 42 638 44 45' },
      });
      expect((await transition(server.baseUrl, staff.tokens.editor, id, 'submit')).status).toBe(200);
      const closed = await server.payload.findByID({ collection: 'change-requests', id: filed.body.doc.id, depth: 1 });
      expect(closed.status).toBe('closed');
      expect((closed.closedBy as { transition: string }).transition).toBe('submit');
    });
  });

  describe('concurrent edits', () => {
    it('refuse a save based on an outdated revision with 409, keeping the first save', async () => {
      const id = await procedureIn(server.payload, staff, 'draft');
      const opened = await api<{ revision: number }>(server.baseUrl, `/api/procedures/${id}?draft=true`, { token: staff.tokens.editor });
      const revision = opened.body.revision;
      const first = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { title: 'Pierwszy zapis', revision },
      });
      expect(first.status, first.text).toBe(200);
      const second = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: team(),
        method: 'PATCH',
        json: { title: 'Drugi zapis', revision },
      });
      expect(second.status).toBe(409);
      expect(second.text).toContain('Odśwież stronę');
      expect((await doc(id)).title).toBe('Pierwszy zapis');
    });

    it('refuse edits by the department while a change waits for a decision', async () => {
      const id = await procedureIn(server.payload, staff, 'submitted');
      const response = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { title: 'Zmiana w trakcie oceny' },
      });
      expect(response.status).toBe(409);
      expect((await doc(id)).title).not.toBe('Zmiana w trakcie oceny');
    });
  });
}
