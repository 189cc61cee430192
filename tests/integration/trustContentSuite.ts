import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../cms/seed/documentFiles';
import { loadRegister } from '../../publisher/load';
import { selectAndProject } from '../../publisher/selectAndProject';
import { approvedFilePath } from '../../schemas/rules/files';
import { warsawDay } from '../../schemas/rules/time';
import { buildProcedure } from '../support/factories';
import { api, fieldErrors } from '../support/http';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, publishThroughWorkflow, transition } from '../support/workflow';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Issue 9, what may be published and by whom (items 2–6 and 9), over real HTTP: approved files are
 * fixed, internal versions never reach the archive, four eyes, department boundaries, no path
 * around the workflow, no control characters.
 */
export function trustContentSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let n = 0;
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];
  const events = async (id: Id) =>
    (await server.payload.find({ collection: 'workflow-events', where: { procedure: { equals: id } }, limit: 0 })).docs;
  const doc = (id: Id) => server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });

  const upload = async (token: string, name: string, bytes: Uint8Array, target = '/api/documents', method = 'POST') => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(bytes)], { type: 'application/pdf' }), name);
    form.append('_payload', JSON.stringify({ title: `Dokument ${name}` }));
    return api<{ doc: { id: Id; filename: string; sha256: string; department: Id | { id: Id } } }>(server.baseUrl, target, {
      token,
      body: form,
      method,
    });
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('2. an approved version is fixed, its files included', () => {
    it('files an editor upload under the editor department and keeps the SHA-256 of its bytes', async () => {
      const bytes = await makePdf('Wniosek', ['Treść wniosku.']);
      const uploaded = await upload(staff.tokens.editor, `wniosek-${kind}.pdf`, bytes);
      expect(uploaded.status, uploaded.text).toBe(201);
      expect(uploaded.body.doc.sha256).toBe(sha256(bytes));
      const department = uploaded.body.doc.department;
      expect(String(typeof department === 'object' ? department.id : department)).toBe(
        String(staff.departments['Wydział Spraw Obywatelskich']),
      );
    });

    it("refuses an editor's change to another department's file", async () => {
      const other = await upload(staff.otherEditor.token, `inny-${kind}.pdf`, await makePdf('Inny', ['x']));
      expect(other.status, other.text).toBe(201);
      const replaced = await upload(
        staff.tokens.editor,
        `podmiana-${kind}.pdf`,
        await makePdf('Podmiana', ['y']),
        `/api/documents/${other.body.doc.id}`,
        'PATCH',
      );
      expect(replaced.status).toBe(403);
    });

    it('serves the approved bytes: after approval nobody can replace or delete the file, and tampering stops the next approval', async () => {
      const bytes = await makePdf('Karta usług', ['Wersja zatwierdzona.']);
      const uploaded = await upload(staff.tokens.editor, `karta-${kind}.pdf`, bytes);
      const fileName = uploaded.body.doc.filename;
      const record = buildProcedure({
        slug: slug('plik'),
        requiredDocuments: [{ group: 'submit', name: 'Karta', file: fileName, formats: ['paper-original'] }],
      });
      const id = await publishThroughWorkflow(server.baseUrl, staff, record, 'Pierwsza publikacja.', { [fileName]: uploaded.body.doc.id });

      const entry = (await server.payload.find({ collection: 'register-entries', where: { procedure: { equals: id } } })).docs[0];
      expect(entry?.files).toEqual([{ fileName, sha256: sha256(bytes), size: bytes.length, mediaType: 'application/pdf' }]);
      const kept = approvedFilePath(path.join(server.dataDir, 'uploads', 'approved'), sha256(bytes));
      expect(sha256(fs.readFileSync(kept))).toBe(sha256(bytes));

      for (const token of [staff.tokens.editor, team()]) {
        const replaced = await upload(
          token,
          'nowa.pdf',
          await makePdf('Podmieniona', ['z']),
          `/api/documents/${uploaded.body.doc.id}`,
          'PATCH',
        );
        expect(replaced.status, replaced.text).toBe(409);
        expect(replaced.text).toContain('należy do zatwierdzonej wersji procedury');
      }
      const deleted = await api(server.baseUrl, `/api/documents/${uploaded.body.doc.id}`, { method: 'DELETE', token: team() });
      expect(deleted.status).toBe(409);

      // Bytes changed on the disk behind the CMS's back: what the publisher reads is still the approved copy.
      fs.writeFileSync(path.join(server.dataDir, 'uploads', 'documents', fileName), await makePdf('Podrobiona', ['!']));
      const { entries } = await loadRegister(server.payload);
      expect(entries.find((e) => e.procedureId === String(id))?.files?.[0]?.sha256).toBe(sha256(bytes));
      // …and a new approval naming the tampered file is refused.
      await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        method: 'PATCH',
        token: staff.tokens.editor,
        json: { summary: 'Nowy opis.' },
      });
      expect((await transition(server.baseUrl, staff.tokens.editor, id, 'submit')).status).toBe(200);
      const approved = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.' });
      expect(approved.status, JSON.stringify(approved.body)).toBe(409);
      expect(JSON.stringify(approved.body)).toContain('nie zgadza się z zapisanym skrótem SHA-256');
    });

    it("lets the department replace its draft's file, but not while the change waits for a decision", async () => {
      const uploaded = await upload(staff.tokens.editor, `szkic-${kind}.pdf`, await makePdf('Szkic', ['1']));
      const replaced = await upload(
        staff.tokens.editor,
        `szkic2-${kind}.pdf`,
        await makePdf('Szkic', ['2']),
        `/api/documents/${uploaded.body.doc.id}`,
        'PATCH',
      );
      expect(replaced.status, replaced.text).toBe(200);
      const record = buildProcedure({
        slug: slug('szkic'),
        requiredDocuments: [{ group: 'submit', name: 'Szkic', file: replaced.body.doc.filename }],
      });
      const created = await createDraft(
        server.baseUrl,
        staff.tokens.editor,
        toApiBody(record, staff, 'draft', { [replaced.body.doc.filename]: uploaded.body.doc.id }),
      );
      expect((await transition(server.baseUrl, staff.tokens.editor, created.body.doc.id, 'submit')).status).toBe(200);
      const during = await upload(
        staff.tokens.editor,
        `szkic3-${kind}.pdf`,
        await makePdf('Szkic', ['3']),
        `/api/documents/${uploaded.body.doc.id}`,
        'PATCH',
      );
      expect(during.status).toBe(409);
      expect(during.text).toContain('czeka na decyzję');
    });
  });

  describe('3. an archived version is public only if it was public while live', () => {
    it('never archives an internal version, nor one replaced before its window opened', async () => {
      const internalId = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('archiwum'), internal: true }));
      await api(server.baseUrl, `/api/procedures/${internalId}?draft=true`, {
        method: 'PATCH',
        token: staff.tokens.editor,
        json: { internal: false, summary: 'Wersja publiczna.' },
      });
      await transition(server.baseUrl, staff.tokens.editor, internalId, 'submit');
      expect((await transition(server.baseUrl, team(), internalId, 'approve', { changeNote: 'Publikacja.' })).status).toBe(200);

      const futureId = await publishThroughWorkflow(
        server.baseUrl,
        staff,
        buildProcedure({ slug: slug('przyszla'), validFrom: '2099-01-01', validTo: null }),
      );
      await api(server.baseUrl, `/api/procedures/${futureId}?draft=true`, {
        method: 'PATCH',
        token: staff.tokens.editor,
        json: { validFrom: null },
      });
      await transition(server.baseUrl, staff.tokens.editor, futureId, 'submit');
      expect((await transition(server.baseUrl, team(), futureId, 'approve', { changeNote: 'Od zaraz.' })).status).toBe(200);

      const now = new Date();
      const { published } = selectAndProject((await loadRegister(server.payload)).entries, now, warsawDay(now));
      const bySlug = new Map(published.map((p) => [p.procedure.slug, p]));
      const internalSlug = String((await doc(internalId)).slug);
      const futureSlug = String((await doc(futureId)).slug);
      expect(bySlug.get(internalSlug)?.procedure.bip.version, JSON.stringify([...bySlug.keys()])).toBe(2);
      expect(bySlug.get(internalSlug)?.archive.map((v) => v.bip.version)).toEqual([]);
      expect(bySlug.get(futureSlug)?.archive.map((v) => v.bip.version)).toEqual([]);
    });
  });

  describe('4. four eyes: nobody approves a change they wrote', () => {
    it('refuses approval by a team member who edited the submitted change; another member approves', async () => {
      const created = await createDraft(
        server.baseUrl,
        staff.tokens.editor,
        toApiBody(buildProcedure({ slug: slug('oczy') }), staff, 'draft'),
      );
      const id = created.body.doc.id;
      await transition(server.baseUrl, staff.tokens.editor, id, 'submit');
      const edited = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        method: 'PATCH',
        token: team(),
        json: { summary: 'Poprawione przez zespół.' },
      });
      expect(edited.status, edited.text).toBe(200);
      const own = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.' });
      expect(own.status).toBe(403);
      expect(JSON.stringify(own.body)).toContain('Zasada czterech oczu');
      expect((await transition(server.baseUrl, staff.secondTeam.token, id, 'approve', { changeNote: 'Zmiana.' })).status).toBe(200);
    });

    it('refuses the first submitter after someone else returned and resubmitted the unchanged change', async () => {
      const created = await createDraft(
        server.baseUrl,
        team(),
        toApiBody(buildProcedure({ slug: slug('ponowny'), department: 'Wydział Finansowy' }), staff, 'draft'),
      );
      const id = created.body.doc.id;
      expect((await transition(server.baseUrl, team(), id, 'submit')).status).toBe(200);
      expect((await transition(server.baseUrl, staff.secondTeam.token, id, 'return', { comment: 'Sprawdź.' })).status).toBe(200);
      expect((await transition(server.baseUrl, staff.secondTeam.token, id, 'submit')).status).toBe(200);
      expect((await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.' })).status).toBe(403);
      expect((await transition(server.baseUrl, staff.secondTeam.token, id, 'approve', { changeNote: 'Zmiana.' })).status).toBe(403);
      expect((await doc(id)).workflowState).toBe('submitted');
    });
  });

  describe('5. an editor works in their own department only', () => {
    it('fills in the editor department on create and refuses another one', async () => {
      const { department: _omitted, ...body } = toApiBody(buildProcedure({ slug: slug('bez-komorki') }), staff, 'draft');
      const created = await createDraft(server.baseUrl, staff.tokens.editor, body);
      expect(created.status, created.text).toBe(201);
      expect(String((await doc(created.body.doc.id)).department)).toBe(String(staff.departments['Wydział Spraw Obywatelskich']));
      const other = await createDraft(
        server.baseUrl,
        staff.tokens.editor,
        toApiBody(buildProcedure({ slug: slug('obca'), department: 'Wydział Finansowy' }), staff, 'draft'),
      );
      expect(other.status).toBe(403);
    });

    it("refuses an editor's copy of another department's procedure", async () => {
      const foreign = await createDraft(
        server.baseUrl,
        staff.otherEditor.token,
        toApiBody(buildProcedure({ slug: slug('cudza'), department: 'Wydział Finansowy' }), staff, 'draft'),
      );
      expect(foreign.status, foreign.text).toBe(201);
      const copied = await api(server.baseUrl, `/api/procedures/${foreign.body.doc.id}/duplicate?draft=true`, {
        token: staff.tokens.editor,
        json: {},
      });
      expect(copied.status, copied.text).toBe(403);
    });
  });

  describe('6. no state change outside the named transitions', () => {
    it("refuses Payload's publish, unpublish and revert (REST and GraphQL) and version restore, recording nothing", async () => {
      const id = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('obejscie') }));
      const before = await events(id);
      const unpublish = await api(server.baseUrl, `/api/procedures/${id}`, { method: 'PATCH', token: team(), json: { _status: 'draft' } });
      expect(unpublish.status).toBe(403);
      expect(unpublish.text).toContain('tylko przez czynności obiegu');
      const publish = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        method: 'PATCH',
        token: team(),
        json: { _status: 'published' },
      });
      expect(publish.status).toBe(403);
      const graphql = await api<{ errors?: { message: string }[] }>(server.baseUrl, '/api/graphql', {
        token: team(),
        json: { query: `mutation { updateProcedure(id: ${id}, data: { _status: draft }, draft: false) { id } }` },
      });
      expect(graphql.body.errors?.[0]?.message).toContain('tylko przez czynności obiegu');
      const versions = await api<{ docs: { id: Id }[] }>(server.baseUrl, `/api/procedures/versions?where[parent][equals]=${id}`, {
        token: team(),
      });
      const restore = await api(server.baseUrl, `/api/procedures/versions/${versions.body.docs[0]?.id}`, {
        method: 'POST',
        token: team(),
        json: {},
      });
      expect(restore.status).toBe(403);
      expect((await doc(id)).workflowState).toBe('approved');
      expect((await events(id)).length).toBe(before.length);
    });

    it('refuses to delete a procedure with a workflow history (409) and deletes a fresh draft', async () => {
      const id = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('usun') }));
      const refused = await api(server.baseUrl, `/api/procedures/${id}`, { method: 'DELETE', token: team() });
      expect(refused.status).toBe(409);
      expect(refused.text).toContain('Wycofaj ją z publikacji');
      const draft = await createDraft(server.baseUrl, team(), toApiBody(buildProcedure({ slug: slug('nowy') }), staff, 'draft'));
      expect((await api(server.baseUrl, `/api/procedures/${draft.body.doc.id}`, { method: 'DELETE', token: team() })).status).toBe(200);
    });
  });

  describe('9. characters nobody types are refused', () => {
    it.each([
      ['a control character in the title', { title: 'Zameldowanie\u0001' }, 'title', 'U+0001'],
      ['a vertical tab in the summary', { summary: 'Opis\u000b' }, 'summary', 'U+000B'],
      ['a NUL in a step', { steps: [{ name: 'krok\u0000', online: false }] }, 'steps.0.name', 'U+0000'],
      ['a lone surrogate in Markdown', { howTo: 'tekst \ud800' }, 'howTo', 'U+D800'],
    ])('%s, with a Polish message at the field', async (_name, patch, fieldPath, codePoint) => {
      const response = await createDraft(server.baseUrl, team(), {
        ...toApiBody(buildProcedure({ slug: slug('znaki') }), staff, 'draft'),
        ...patch,
      });
      expect(response.status).toBe(400);
      const errors = fieldErrors(response.body);
      expect(errors[0]?.path).toBe(fieldPath);
      expect(errors[0]?.message).toContain(`niedozwolony znak ${codePoint}`);
    });

    it('keeps tabs and newlines in Markdown', async () => {
      const response = await createDraft(server.baseUrl, team(), {
        ...toApiBody(buildProcedure({ slug: slug('markdown') }), staff, 'draft'),
        howTo: 'a\n\tb\r\nc',
      });
      expect(response.status, response.text).toBe(201);
    });

    it('refuses a control character in a change note, which the change-register feed carries', async () => {
      const created = await createDraft(
        server.baseUrl,
        staff.tokens.editor,
        toApiBody(buildProcedure({ slug: slug('notka') }), staff, 'draft'),
      );
      await transition(server.baseUrl, staff.tokens.editor, created.body.doc.id, 'submit');
      const approved = await transition(server.baseUrl, team(), created.body.doc.id, 'approve', { changeNote: 'Zmiana\u000bopisu' });
      expect(approved.status).toBe(400);
      expect(JSON.stringify(approved.body)).toContain('U+000B');
    });

    it('refuses control characters in other collections too (a change request), naming the field', async () => {
      const id = await publishThroughWorkflow(server.baseUrl, staff, buildProcedure({ slug: slug('wniosek') }));
      const filed = await api(server.baseUrl, '/api/change-requests', {
        token: staff.tokens['call-center'],
        json: { procedure: id, message: 'Zmiana\u0007' },
      });
      expect(filed.status).toBe(400);
      expect(fieldErrors(filed.body)[0]?.message).toContain('Co trzeba zaktualizować zawiera niedozwolony znak U+0007');
    });

    it('gives a title of 160 emoji a slug all the same', async () => {
      const { slug: _none, ...body } = toApiBody(buildProcedure({ title: '😀'.repeat(160) }), staff, 'draft');
      const created = await createDraft(server.baseUrl, team(), body);
      expect(created.status, created.text).toBe(201);
      expect(String((await doc(created.body.doc.id)).slug)).toMatch(/^procedura-[0-9a-z]+$/);
    });
  });
}
