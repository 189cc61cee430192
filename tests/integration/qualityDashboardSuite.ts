import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StaffUser } from '../../cms/access/roles';
import { qualityDashboardData } from '../../cms/components/quality/dashboardData';
import type { QualitySummary } from '../../cms/quality/summary';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { createStaff, type Staff, toApiBody } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { createDraft, type Id } from '../support/workflow';

/**
 * The quality dashboard's own data (cms/components/quality/dashboardData.ts), read with the Local
 * API against a real database: the procedures behind each missing SDGR point agree with the
 * summary endpoint's counts, the amended acts' open requests are listed, and each role sees its
 * own scope (the team everything, an editor their department, the call center nothing).
 */
export function qualityDashboardSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  const ids: Record<string, Id> = {};
  const user = async (role: 'procedures-team' | 'editor' | 'call-center'): Promise<StaffUser> =>
    (await server.payload.findByID({ collection: 'users', id: staff.ids[role], depth: 0 })) as unknown as StaffUser;
  const draft = async (name: string, token: string, overrides: Record<string, unknown>) => {
    const created = await createDraft(
      server.baseUrl,
      token,
      toApiBody(buildProcedure({ slug: `${name}-${kind}`, ...overrides }), staff, 'draft'),
    );
    expect(created.status, created.text).toBe(201);
    ids[name] = created.body.doc.id;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    await draft('kompletna', staff.tokens.editor, { title: 'Kompletna procedura' });
    // (c) and (d) missing: an online step without its sign-in, a document without its form.
    await draft('bez-logowania', staff.tokens.editor, {
      title: 'Procedura bez sposobu logowania',
      steps: [{ name: 'złóż wniosek', online: true }],
      requiredDocuments: [{ group: 'submit', name: 'Wniosek' }],
    });
    // (e) missing, in the other department.
    await draft('bez-odwolania', staff.tokens['procedures-team'], {
      title: 'Procedura <b>bez</b> trybu odwoławczego',
      department: 'Wydział Finansowy',
      appeal: undefined,
    });
    for (const [name, status] of [
      ['bez-logowania', 'open'],
      ['kompletna', 'closed'],
    ] as const) {
      const request = await server.payload.create({
        collection: 'change-requests',
        data: { procedure: ids[name], message: `Akt cytowany w podstawie prawnej został zmieniony (${name}).` } as never,
        overrideAccess: true,
        context: { changeRequestSource: 'legal-watch', changeKey: `test-${name}` },
      });
      if (status === 'closed') {
        await server.payload.update({ collection: 'change-requests', id: request.id, data: { status: 'closed' }, overrideAccess: true });
      }
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists for the team the procedures behind each point, as many as the summary endpoint counts', async () => {
    const data = await qualityDashboardData(server.payload, await user('procedures-team'), new Date());
    const summary = (await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: staff.tokens['procedures-team'] })).body;
    expect(data?.summary.department).toBeNull();
    for (const point of data?.missing ?? []) {
      expect(point.procedures.length, point.id).toBe(summary.completeness.missingByPoint[point.id]);
    }
    const titles = (id: string) => data?.missing.find((p) => p.id === id)?.procedures.map((p) => p.title);
    expect(titles('authentication')).toEqual(['Procedura bez sposobu logowania']);
    expect(titles('evidence')).toEqual(['Procedura bez sposobu logowania']);
    expect(titles('redress')).toEqual(['Procedura <b>bez</b> trybu odwoławczego']);
    expect(titles('fees')).toEqual([]);
  });

  it('lists the open requests of the legal-basis watch with their procedures, not the closed ones', async () => {
    const data = await qualityDashboardData(server.payload, await user('procedures-team'), new Date());
    expect(data?.legalChanges).toEqual([
      expect.objectContaining({
        procedure: { id: Number(ids['bez-logowania']), title: 'Procedura bez sposobu logowania' },
        message: 'Akt cytowany w podstawie prawnej został zmieniony (bez-logowania).',
      }),
    ]);
  });

  it('gives an editor their own department only, and the call center no dashboard', async () => {
    const data = await qualityDashboardData(server.payload, await user('editor'), new Date());
    expect(data?.summary.department?.name).toBe('Wydział Spraw Obywatelskich');
    expect(data?.missing.flatMap((p) => p.procedures.map((x) => x.title))).not.toContain('Procedura <b>bez</b> trybu odwoławczego');
    expect(data?.summary.completeness.procedures).toBe(2);
    expect(await qualityDashboardData(server.payload, await user('call-center'), new Date())).toBeUndefined();
  });
}
