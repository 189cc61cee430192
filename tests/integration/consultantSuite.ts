import { createLocalReq, type Payload, type TypedUser } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownOpenRequests, recentProcedures } from '../../cms/components/consultant/dashboardData';
import { loadCard } from '../../cms/components/consultant/loadCard';
import { recordVisit } from '../../cms/components/consultant/recordVisit';
import { listSearchParams } from '../../cms/components/consultant/searchClient';
import { staffSearch } from '../../cms/search/service';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id, publishThroughWorkflow } from '../support/workflow';

/** Markup a consultant might paste: kept exactly as typed (the views escape it). */
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & „nr” pok. 12';

async function userOf(payload: Payload, id: Id): Promise<TypedUser> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true });
  return { ...user, collection: 'users' } as TypedUser;
}

/**
 * "Karta konsultanta" (issue 11 item 6) against a real database: what the card and the
 * consultant's dashboard read — through Payload with the consultant's own access — and the query
 * the dashboard's search falls back to when the staff search cannot answer.
 */
export function consultantSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let consultant: TypedUser;
  let team: TypedUser;
  let liveId: Id;
  let draftId: Id;
  const liveSlug = `karta-zameldowanie-${kind}`;
  const draftSlug = `karta-szkic-${kind}`;
  const callCenter = {
    contacts: [{ name: 'Nowicka Barbara', phone: '42 638 41 00' }],
    notes: 'Duplikaty: pok. 151. <script>alert(3)</script>',
    faq: [{ question: 'Czy można przez internet?', answer: 'Tak, przez **gov.pl**.' }],
    other: 'Uzupełnia Oddział Call Center.',
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    consultant = await userOf(server.payload, staff.ids['call-center']);
    team = await userOf(server.payload, staff.ids['procedures-team']);
    liveId = await publishThroughWorkflow(
      server.baseUrl,
      staff,
      buildProcedure({ slug: liveSlug, title: 'Zameldowanie na pobyt stały', keywords: ['meldunek w mieszkaniu'], callCenter }),
    );
    const draft = await createDraft(
      server.baseUrl,
      staff.tokens.editor,
      toApiBody(buildProcedure({ slug: draftSlug, title: 'Karta seniora (szkic)', keywords: ['senior'] }), staff, 'draft'),
    );
    draftId = draft.body.doc.id;
  });
  afterAll(async () => {
    staffSearch.stop();
    await server?.close();
  });

  const cardAs = (user: TypedUser, ref: { slug: string } | { id: number }) =>
    createLocalReq({ user }, server.payload).then((req) => loadCard(req, ref));

  describe('the card', () => {
    it('shows the call-center information of the latest save and the public part of the live version', async () => {
      const card = await cardAs(consultant, { slug: liveSlug });
      expect(card?.procedure.id).toBe(liveId);
      expect(card?.procedure.callCenter?.contacts?.map(({ name, phone }) => ({ name, phone }))).toEqual(callCenter.contacts);
      expect(card?.procedure.callCenter?.notes).toBe(callCenter.notes);
      expect(card?.departmentName).toBe('Wydział Spraw Obywatelskich');
      expect(card?.shown).toMatchObject({ version: 1, isLive: true });
      expect(card?.shown?.content?.title).toBe('Zameldowanie na pobyt stały');
      // The public part is the approved public projection: no internal key in it.
      expect(card?.shown?.content).not.toHaveProperty('callCenter');
      expect(card?.upcoming).toBeNull();
    });

    it('opens a procedure never approved by its slug, saying it has no public version', async () => {
      const card = await cardAs(consultant, { slug: draftSlug });
      expect(card?.procedure.id).toBe(draftId);
      expect(card?.shown).toBeNull();
    });

    it('is nothing for a slug that does not exist', async () => {
      expect(await cardAs(consultant, { slug: 'nie-ma-takiej' })).toBeNull();
    });

    it('is refused by Payload’s access to nobody signed in (the views send them to the login page first)', async () => {
      const anonymous = await createLocalReq({}, server.payload);
      await expect(loadCard(anonymous, { slug: liveSlug })).rejects.toThrow('Nie możesz wykonać tej akcji.');
    });
  });

  describe('change requests from the card', () => {
    let requestId: Id;

    it('stores a message with markup exactly as typed, filed by the consultant for the procedure’s department', async () => {
      const filed = await api<{ doc: { id: Id; message: string; requestedByName: string; source: string } }>(
        server.baseUrl,
        '/api/change-requests',
        { token: staff.tokens['call-center'], json: { procedure: liveId, message: HOSTILE } },
      );
      expect(filed.status).toBe(201);
      requestId = filed.body.doc.id;
      expect(filed.body.doc).toMatchObject({ message: HOSTILE, requestedByName: 'Test call-center', source: 'call-center' });
    });

    it('lists it on the card and among the consultant’s own open requests, not among another person’s', async () => {
      const card = await cardAs(consultant, { id: liveId });
      expect(card?.openRequests.map((r) => r.message)).toContain(HOSTILE);
      const mine = await ownOpenRequests(server.payload, consultant);
      expect(mine).toEqual([expect.objectContaining({ id: requestId, message: HOSTILE, procedureSlug: liveSlug })]);
      expect(await ownOpenRequests(server.payload, team)).toEqual([]);
    });

    it('refuses a request from nobody signed in', async () => {
      const refused = await api(server.baseUrl, '/api/change-requests', { json: { procedure: liveId, message: 'anonimowo' } });
      expect([401, 403]).toContain(refused.status);
    });
  });

  describe('recently opened', () => {
    it('keeps each person’s own list, newest first, by current titles', async () => {
      await recordVisit(server.payload, consultant, draftSlug, new Date('2026-11-29T10:00:00Z'));
      await recordVisit(server.payload, consultant, liveSlug, new Date('2026-11-29T10:05:00Z'));
      await recordVisit(server.payload, consultant, draftSlug, new Date('2026-11-29T10:10:00Z'));
      const recent = await recentProcedures(server.payload, consultant);
      expect(recent.map((r) => [r.slug, r.title, r.openedAt])).toEqual([
        [draftSlug, 'Karta seniora (szkic)', '2026-11-29T10:10:00.000Z'],
        [liveSlug, 'Zameldowanie na pobyt stały', '2026-11-29T10:05:00.000Z'],
      ]);
      expect(await recentProcedures(server.payload, team)).toEqual([]);
    });

    it('is readable by nobody signed out', async () => {
      const anonymous = await api(server.baseUrl, '/api/payload-preferences?limit=100');
      expect(anonymous.text).not.toContain(liveSlug);
    });
  });

  describe('the search box’s stand-in (the admin’s list search)', () => {
    const listSearch = (q: string, token?: string) =>
      api<{ docs: { slug: string; department?: { name?: string } | null; workflowState?: string }[] }>(
        server.baseUrl,
        `/api/procedures?${listSearchParams(q)}`,
        token ? { token } : {},
      );

    it('finds by a keyword, with the department’s name, for the consultant', async () => {
      const found = await listSearch('meldunek', staff.tokens['call-center']);
      expect(found.status).toBe(200);
      expect(found.body.docs).toEqual([
        expect.objectContaining({ slug: liveSlug, department: expect.objectContaining({ name: 'Wydział Spraw Obywatelskich' }) }),
      ]);
    });

    it('finds a procedure that has only drafts, by a part of its title', async () => {
      const found = await listSearch('senior', staff.tokens['call-center']);
      expect(found.body.docs.map((d) => d.slug)).toEqual([draftSlug]);
    });

    it('gives nobody signed out a draft or internal text', async () => {
      const found = await listSearch('senior');
      expect(found.text).not.toContain(draftSlug);
      const byNotes = await listSearch('Duplikaty');
      expect(byNotes.text).not.toContain(callCenter.notes);
    });
  });
}
