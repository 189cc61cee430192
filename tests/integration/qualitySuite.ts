import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualityChecklist } from '../../cms/quality/checklist';
import type { QualitySummary } from '../../cms/quality/summary';
import { addMonths } from '../../schemas/quality/reviewDates';
import { onDecision } from '../../schemas/rules/events';
import { projectProcedure } from '../../schemas/rules/project';
import { type StoredRegisterEntry, toRegisterEntry } from '../../schemas/rules/register';
import { dayToStored, warsawDay } from '../../schemas/rules/time';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { procedureIn } from '../support/procedures';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, transition } from '../support/workflow';

type ErrorBody = { errors: { message: string; data?: { missingPoints?: { id: string; fields: string[] }[] } }[] };

/**
 * Issue 14 over real HTTP: SDGR completeness at approval (refusal, justification, the event), review
 * dates and "Potwierdź aktualność", the checklist of one procedure and the dashboards' summary.
 */
export function qualitySuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let n = 0;
  const slug = (prefix: string) => `${prefix}-${kind}-${++n}`;
  const team = () => staff.tokens['procedures-team'];
  const doc = (id: Id) => server.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0 });
  const events = async (id: Id) =>
    (await server.payload.find({ collection: 'workflow-events', where: { procedure: { equals: id } }, sort: 'at', limit: 0 })).docs;
  const today = () => warsawDay(new Date());
  /** A record missing SDGR (c) and (d): an online step without its sign-in, a document without its form. */
  const incomplete = () =>
    buildProcedure({
      slug: slug('niekompletna'),
      steps: [{ name: 'złóż wniosek', online: true }],
      requiredDocuments: [{ group: 'submit', name: 'Wniosek' }],
    });
  const submitted = async (record = incomplete()) => {
    const id = (await createDraft(server.baseUrl, staff.tokens.editor, toApiBody(record, staff, 'draft'))).body.doc.id;
    expect((await transition(server.baseUrl, staff.tokens.editor, id, 'submit')).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('completeness at approval (SDGR)', () => {
    it('refuses an approval while points are missing, naming each point in Polish, and changes nothing', async () => {
      const id = await submitted();
      const response = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.' });
      expect(response.status).toBe(409);
      const body = response.body as unknown as ErrorBody;
      expect(body.errors[0]?.message).toContain('(c) Uwierzytelnienie, identyfikacja i podpis');
      expect(body.errors[0]?.message).toContain('(d) Rodzaj i forma wymaganych dokumentów');
      expect(body.errors[0]?.data?.missingPoints?.map((p) => p.id)).toEqual(['authentication', 'evidence']);
      expect(body.errors[0]?.data?.missingPoints?.[0]?.fields).toEqual(['steps.0.eAuth']);
      expect((await doc(id)).workflowState).toBe('submitted');
      expect((await events(id)).map((e) => e.transition)).toEqual(['submit']);
    });

    it('approves with the team justification, which goes into the event with the missing points', async () => {
      const id = await submitted();
      const justification = 'Wydział uzupełni formy dokumentów po zmianie formularza; opis jest pilnie potrzebny mieszkańcom.';
      const response = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.', justification });
      expect(response.status, response.text).toBe(200);
      const approval = (await events(id)).at(-1);
      expect(approval).toMatchObject({ transition: 'approve', justification, missingPoints: ['authentication', 'evidence'] });
    });

    it('approves a complete description without a justification, and records none', async () => {
      const id = await submitted(buildProcedure({ slug: slug('kompletna') }));
      expect((await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.' })).status).toBe(200);
      expect((await events(id)).at(-1)).toMatchObject({ transition: 'approve', missingPoints: [] });
      expect((await events(id)).at(-1)?.justification ?? null).toBeNull();
    });

    it.each([
      ['a justification that is not text', { justification: 42 }, 400, /Pole „justification” musi być tekstem/],
      ['a justification as a list', { justification: ['a'] }, 400, /musi być tekstem/],
      ['a control character', { justification: 'uzasadnienie\u0007' }, 400, /znak/],
      ['over 2000 characters', { justification: 'ż'.repeat(2001) }, 400, /najwyżej 2000 znaków/],
      ['a blank justification', { justification: '   ' }, 409, /Brakuje/],
    ])('refuses %s', async (_, body, status, message) => {
      const id = await submitted();
      const response = await transition(server.baseUrl, team(), id, 'approve', { changeNote: 'Zmiana.', ...body });
      expect(response.status, response.text).toBe(status);
      expect(response.text).toMatch(message);
      expect((await doc(id)).workflowState).toBe('submitted');
    });
  });

  describe('review dates', () => {
    it('sets the review date 12 months after approval, or the department months, and keeps it from editors', async () => {
      const id = await procedureIn(server.payload, staff, 'approved');
      expect((await doc(id)).reviewDue).toBe(dayToStored(addMonths(today(), 12)));
      expect((await doc(id)).lastVerifiedAt).toBeTruthy();
      await server.payload.update({
        collection: 'departments',
        id: staff.departments['Wydział Finansowy'] as Id,
        data: { reviewMonths: 6 },
      });
      const other = await procedureIn(server.payload, staff, 'approved', { department: 'other' });
      expect((await doc(other)).reviewDue).toBe(dayToStored(addMonths(today(), 6)));
      const edited = await api(server.baseUrl, `/api/procedures/${id}?draft=true`, {
        token: staff.tokens.editor,
        method: 'PATCH',
        json: { reviewDue: '2099-01-01T12:00:00.000Z', lastVerifiedAt: '2099-01-01T12:00:00.000Z', summary: 'Nowy opis.' },
      });
      expect(edited.status, edited.text).toBe(200);
      expect((await doc(id)).reviewDue).toBe(dayToStored(addMonths(today(), 12)));
    });

    it.each([0, 61, 1.5, 'sześć', -3])('refuses %s months between reviews with a Polish 400', async (months) => {
      const id = staff.departments['Wydział Spraw Obywatelskich'] as Id;
      const response = await api(server.baseUrl, `/api/departments/${id}`, {
        token: staff.tokens.admin,
        method: 'PATCH',
        json: { reviewMonths: months },
      });
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/miesięcy|liczb/);
    });
  });

  describe('"Potwierdź aktualność" (POST /api/procedures/:id/verify)', () => {
    it('confirms the version in force: register entry, event, the review date moved on, a decision for the portal', async () => {
      const id = await procedureIn(server.payload, staff, 'approved');
      await server.payload.update({
        collection: 'procedures',
        id,
        data: { reviewDue: dayToStored('2020-01-01') },
        draft: true,
        context: { workflowTransition: 'test' },
      });
      const decisions: string[] = [];
      const unsubscribe = onDecision((event) => decisions.push(event.transition));
      const response = await transition(server.baseUrl, team(), id, 'verify', { comment: 'Sprawdzono z wydziałem.' });
      unsubscribe();
      expect(response.status, response.text).toBe(200);
      const next = addMonths(today(), 12);
      expect(response.body.message).toBe(`Potwierdzono aktualność opisu. Następny przegląd: ${next.split('-').reverse().join('.')}.`);
      expect(decisions).toEqual(['verify']);
      expect(await doc(id)).toMatchObject({ workflowState: 'approved', reviewDue: dayToStored(next) });
      expect((await events(id)).at(-1)).toMatchObject({
        transition: 'verify',
        from: 'approved',
        to: 'approved',
        comment: 'Sprawdzono z wydziałem.',
      });
      const { docs } = await server.payload.find({
        collection: 'register-entries',
        where: { procedure: { equals: id } },
        sort: 'decidedAt',
      });
      expect(docs.map((e) => [e.kind, e.version])).toEqual([
        ['approval', 1],
        ['verification', 1],
      ]);
      const history = docs.map((e) => toRegisterEntry(e as unknown as StoredRegisterEntry));
      const live = history[0];
      if (!live) throw new Error('no approval');
      const projection = projectProcedure(live, history, { day: today(), liveTitles: new Map(), fileUrl: () => '' });
      expect(projection.bip.lastVerifiedAt).toBe(today());
      const verdicts = await api<{ transitions: { name: string; allowed: boolean }[] }>(
        server.baseUrl,
        `/api/procedures/${id}/transitions`,
        { token: team() },
      );
      expect(verdicts.body.transitions.find((t) => t.name === 'verify')).toMatchObject({ allowed: true, label: 'Potwierdź aktualność' });
    });

    it('confirms while a new draft is in progress, leaving the draft a draft, and needs no second person', async () => {
      const id = await procedureIn(server.payload, staff, 'approved', { department: 'other' });
      await api(server.baseUrl, `/api/procedures/${id}?draft=true`, { token: team(), method: 'PATCH', json: { summary: 'Szkic zmiany.' } });
      expect((await doc(id)).workflowState).toBe('draft');
      const response = await transition(server.baseUrl, team(), id, 'verify');
      expect(response.status, response.text).toBe(200);
      expect(await doc(id)).toMatchObject({ workflowState: 'draft', summary: 'Szkic zmiany.' });
    });

    it('is the procedures team’s alone, and only for a version in force', async () => {
      const id = await procedureIn(server.payload, staff, 'approved');
      for (const token of [staff.tokens.editor, staff.tokens['call-center'], staff.tokens.admin]) {
        const response = await transition(server.baseUrl, token, id, 'verify');
        expect(response.status).toBe(403);
        expect(response.text).toContain('Aktualność opisu potwierdza tylko Oddział');
      }
      expect((await transition(server.baseUrl, undefined, id, 'verify')).status).toBe(401);
      for (const state of ['draft', 'submitted', 'withdrawn'] as const) {
        const other = await procedureIn(server.payload, staff, state);
        const response = await transition(server.baseUrl, team(), other, 'verify');
        expect(response.status, state).toBe(409);
        expect(response.text).toMatch(/nie ma dziś obowiązującej|Nie można wykonać/);
      }
      const future = await procedureIn(server.payload, staff, 'approved', { record: { validFrom: '2099-01-01', validTo: null } });
      expect((await transition(server.baseUrl, team(), future, 'verify')).status).toBe(409);
      expect((await transition(server.baseUrl, team(), id, 'verify', { comment: 'x\u0000' })).status).toBe(400);
      expect((await transition(server.baseUrl, team(), id, 'verify', { comment: ['a'] })).status).toBe(400);
      expect((await transition(server.baseUrl, team(), 99999999, 'verify')).status).toBe(409);
    });
  });

  describe('GET /api/procedures/:id/quality', () => {
    it('gives staff the checklist: SDGR points with their fields, readability, review, links, legal changes', async () => {
      const id = await submitted();
      for (const token of [staff.tokens.editor, staff.otherEditor.token, team(), staff.tokens['call-center'], staff.tokens.admin]) {
        expect((await api(server.baseUrl, `/api/procedures/${id}/quality`, { token })).status).toBe(200);
      }
      const response = await api<QualityChecklist>(server.baseUrl, `/api/procedures/${id}/quality`, { token: staff.tokens.editor });
      expect(Object.keys(response.body).sort()).toEqual([
        'brokenLinks',
        'completeness',
        'legalChanges',
        'procedure',
        'readability',
        'review',
      ]);
      expect(response.body.completeness).toMatchObject({ complete: false, missing: ['authentication', 'evidence'] });
      expect(response.body.completeness.points).toHaveLength(7);
      expect(response.body.readability.summary).toMatchObject({ fogPl: expect.any(Number), meaning: expect.stringContaining('Tekst') });
      expect(response.body.readability.howTo.pisarek).toMatchObject({ nonlinear: expect.any(Number), linear: expect.any(Number) });
      expect(response.body.review).toMatchObject({ reviewDue: null, status: null });
      const approved = await procedureIn(server.payload, staff, 'approved');
      const review = await api<QualityChecklist>(server.baseUrl, `/api/procedures/${approved}/quality`, { token: team() });
      expect(review.body.review).toMatchObject({ reviewDue: addMonths(today(), 12), status: 'ok', label: 'Opis aktualny' });
    });

    it.each([
      ['anonymous', undefined, '1', 401],
      ['a missing procedure', 'editor', '987654', 404],
      ['a word for an id', 'editor', 'abc', 404],
      ['a huge id', 'editor', '99999999999999999999', 404],
      ['a negative id', 'editor', '-5', 404],
      ['an id beyond the database', 'editor', '999999999999999', 404],
    ])('answers %s with a Polish error', async (_, who, id, status) => {
      const response = await api(server.baseUrl, `/api/procedures/${id}/quality`, who ? { token: staff.tokens.editor } : {});
      expect(response.status).toBe(status);
      expect(response.text).toMatch(/Zaloguj się|Nie ma takiej procedury|Nie znaleziono/);
    });
  });

  describe('GET /api/quality/summary', () => {
    it('counts missing points and lists overdue and due reviews; editors see their own department only', async () => {
      const overdue = await procedureIn(server.payload, staff, 'approved');
      const due = await procedureIn(server.payload, staff, 'approved', { department: 'other' });
      const set = (id: Id, day: string) =>
        server.payload.update({
          collection: 'procedures',
          id,
          data: { reviewDue: dayToStored(day) },
          draft: true,
          context: { workflowTransition: 'test' },
        });
      await set(overdue, '2024-01-01');
      await set(due, warsawDay(new Date(Date.now() + 10 * 86_400_000)));
      const all = await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: team() });
      expect(all.status, all.text).toBe(200);
      expect(all.body.department).toBeNull();
      expect(all.body.completeness.missingByPoint.authentication).toBeGreaterThanOrEqual(1);
      expect(all.body.review.overdue.map((r) => r.id)).toContain(overdue);
      expect(all.body.review.dueSoon.map((r) => r.id)).toContain(due);
      expect(all.body.review.overdue.find((r) => r.id === overdue)?.label).toMatch(/^Przegląd zaległy od \d+ dni$/);
      const admin = await api(server.baseUrl, '/api/quality/summary', { token: staff.tokens.admin });
      expect(admin.status).toBe(200);
      const own = await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: staff.tokens.editor });
      expect(own.body.department?.name).toBe('Wydział Spraw Obywatelskich');
      expect(own.body.review.overdue.map((r) => r.id)).toContain(overdue);
      expect(own.body.review.dueSoon.map((r) => r.id)).not.toContain(due);
      const other = await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: staff.otherEditor.token });
      expect(other.body.review.overdue.map((r) => r.id)).not.toContain(overdue);
    });

    it('is closed to call-center staff (403) and anonymous callers (401), in Polish', async () => {
      const callCenter = await api(server.baseUrl, '/api/quality/summary', { token: staff.tokens['call-center'] });
      expect(callCenter.status).toBe(403);
      expect(callCenter.text).toContain('Zestawienie jakości opisów widzą');
      expect((await api(server.baseUrl, '/api/quality/summary')).status).toBe(401);
      expect((await api(server.baseUrl, '/api/quality/summary?x[]=1', { token: team() })).status).toBe(200);
      expect((await api(server.baseUrl, '/api/quality/summary', { token: team(), method: 'POST', json: {} })).status).toBe(404);
    });
  });
}
