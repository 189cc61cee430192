import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordRun } from '../../cms/jobs/jobRuns';
import { type QualityJobs, startQualityJobs } from '../../cms/jobs/schedule';
import type { QualityChecklist } from '../../cms/quality/checklist';
import type { QualitySummary } from '../../cms/quality/summary';
import { dayToStored, warsawDay } from '../../schemas/rules/time';
import { buildProcedure } from '../support/factories';
import { api } from '../support/http';
import { createStaff, type Staff } from '../support/staff';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';
import { type Id, publishThroughWorkflow } from '../support/workflow';

const tomorrow = () => warsawDay(new Date(Date.now() + 86_400_000));

/** A local stand-in for the Internet: pages that work and one that does not, and the Sejm's ELI API in its documented shape. */
function answer(url: string): { status: number; body: string } {
  if (url === '/strona') return { status: 200, body: '<p>działa</p>' };
  if (url === '/formularz-usuniety') return { status: 404, body: 'Not Found' };
  const eli = /^\/eli\/acts\/(DU|MP)\/(\d{4})\/(\d+)(\/references)?$/.exec(url);
  if (!eli) return { status: 404, body: '{}' };
  const id = `${eli[1]}/${eli[2]}/${eli[3]}`;
  if (id === 'DU/2099/9') return { status: 503, body: 'Service Unavailable' };
  const amendment = {
    act: { ELI: 'DU/2099/5', title: 'Ustawa o zmianie ustawy – Prawo o ruchu drogowym', promulgation: tomorrow() },
    date: '2099-06-01',
  };
  const references = id === 'DU/2024/1251' ? { 'Akty zmieniające': [amendment] } : {};
  return { status: 200, body: JSON.stringify(eli[4] ? references : { ELI: id, title: `Akt ${id}`, references: {} }) };
}

/**
 * Issue 14's weekly jobs against a real database and local HTTP servers: the link check (a dead
 * e-form on the dashboard and the checklist), the legal-basis watch (one change request per
 * change, however often it runs; an act the API cannot answer for does not stop the run), the
 * review digest (one e-mail per department in the outbox), and failures recorded, never thrown.
 */
export function qualityJobsSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let staff: Staff;
  let web: Server;
  let webUrl: string;
  let jobs: QualityJobs;
  let withLinks: Id;

  beforeAll(async () => {
    web = createServer((request, response) => {
      const { status, body } = answer(request.url ?? '');
      response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    server = await startTestServer(kind);
    staff = await createStaff(server.payload, server.baseUrl);
    const record = buildProcedure({
      slug: `z-linkami-${kind}`,
      howTo: `Szczegóły na [stronie urzędu](${webUrl}/strona).`,
      appointments: 'Telefonicznie: +48 42 638 44 44.',
      requiredDocuments: [
        {
          group: 'submit',
          name: 'Wniosek',
          formats: ['electronic-form'],
          eForms: [{ platform: 'ePUAP', url: `${webUrl}/formularz-usuniety` }],
        },
      ],
      legalBasis: [
        'Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (Dz. U. z 2024 r. poz. 1251)',
        'Akt testowy (Dz. U. z 2099 r. poz. 9)',
      ],
      legalBasisEli: [
        { entry: 'Ustawa z dnia 20 czerwca 1997 r. – Prawo o ruchu drogowym (Dz. U. z 2024 r. poz. 1251)', eli: 'DU/2024/1251' },
      ],
    });
    withLinks = await publishThroughWorkflow(server.baseUrl, staff, record);
    const env = {
      LINK_CHECK_ENABLED: 'true',
      LINK_CHECK_PER_HOST_DELAY_MS: '0',
      LINK_CHECK_TIMEOUT_MS: '3000',
      ELI_API_URL: `${webUrl}/eli`,
    };
    jobs = startQualityJobs(server.payload, { log: () => undefined, env });
  });
  afterAll(async () => {
    jobs?.stop();
    await server?.close();
    await new Promise((resolve) => web?.close(resolve));
  });

  it('checks every link and keeps the dead ones, with their procedures, for the dashboard and the checklist', async () => {
    const outcome = await jobs.runNow('link-check');
    expect(outcome?.summary).toContain('niedziałające: 1');
    const summary = await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: staff.tokens['procedures-team'] });
    expect(summary.body.links.broken).toEqual([
      expect.objectContaining({
        url: `${webUrl}/formularz-usuniety`,
        status: 404,
        procedures: [expect.objectContaining({ id: withLinks, slug: `z-linkami-${kind}` })],
        occurrences: [{ slug: `z-linkami-${kind}`, path: 'requiredDocuments.0.eForms.0.url' }],
      }),
    ]);
    const checklist = await api<QualityChecklist>(server.baseUrl, `/api/procedures/${withLinks}/quality`, { token: staff.tokens.editor });
    expect(checklist.body.brokenLinks).toEqual([
      expect.objectContaining({ url: `${webUrl}/formularz-usuniety`, status: 404, paths: ['requiredDocuments.0.eForms.0.url'] }),
    ]);
    expect(checklist.body.brokenLinks[0]?.error?.message).toBe('Strona odpowiada błędem HTTP 404.');
  });

  it('files one change request per change of a cited act, marked as the watch’s, however often it runs', async () => {
    const first = await jobs.runNow('legal-watch');
    expect(first?.summary).toMatch(/nowe wnioski o aktualizację: 1; akty, których API nie podało: 1/);
    const second = await jobs.runNow('legal-watch');
    expect(second?.summary).toContain('nowe wnioski o aktualizację: 0');
    const { docs } = await server.payload.find({ collection: 'change-requests', where: { procedure: { equals: withLinks } } });
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      source: 'legal-watch',
      status: 'open',
      changeKey: 'eli:DU/2024/1251:amendment:DU/2099/5',
      requestedByName: 'Kontrola podstawy prawnej',
    });
    expect(docs[0]?.message).toContain('Dz. U. z 2099 r. poz. 5');
    const checklist = await api<QualityChecklist>(server.baseUrl, `/api/procedures/${withLinks}/quality`, { token: staff.tokens.editor });
    expect(checklist.body.legalChanges.map((c) => c.changeKey)).toEqual(['eli:DU/2024/1251:amendment:DU/2099/5']);
    const editorQueue = await api<{ docs: { source: string }[] }>(server.baseUrl, '/api/change-requests?limit=0', {
      token: staff.tokens.editor,
    });
    expect(editorQueue.body.docs.map((d) => d.source)).toContain('legal-watch');
  });

  it('mails each department one digest of its overdue and soon-due reviews', async () => {
    await server.payload.update({
      collection: 'procedures',
      id: withLinks,
      data: { reviewDue: dayToStored('2024-02-01') },
      draft: true,
      context: { workflowTransition: 'test' },
    });
    const outbox = path.join(server.dataDir, 'outbox');
    const before = fs.existsSync(outbox) ? new Set(fs.readdirSync(outbox)) : new Set<string>();
    const outcome = await jobs.runNow('review-digest');
    expect(outcome?.summary).toContain('Wysłano przypomnienia do 1 komórek');
    const sent = fs.readdirSync(outbox).filter((f) => f.endsWith('.json') && !before.has(f));
    const messages = sent.map(
      (f) => JSON.parse(fs.readFileSync(path.join(outbox, f), 'utf8')) as { to: string; subject: string; text: string },
    );
    const digest = messages.find((m) => m.subject.startsWith('Przeglądy opisów procedur'));
    expect(digest?.subject).toBe('Przeglądy opisów procedur: Wydział Spraw Obywatelskich — 1 po terminie, 0 wkrótce');
    expect(digest?.to).toContain('editor@test.example.pl');
    expect(digest?.text).toContain('Po terminie przeglądu (1):');
    expect(digest?.text).toContain('(termin 2024-02-01)');
    expect(digest?.text).toContain(`/admin/collections/procedures/${withLinks}`);
  });

  it('records every run, a failure with its error, and never throws', async () => {
    const failed = await recordRun(
      server.payload,
      'link-check',
      () => Promise.reject(new Error('Dysk pełny')),
      () => undefined,
    );
    expect(failed).toBeUndefined();
    const { docs } = await server.payload.find({ collection: 'job-runs', sort: '-startedAt', limit: 10 });
    expect(docs[0]).toMatchObject({ job: 'link-check', outcome: 'failure' });
    expect(docs[0]?.error).toContain('Dysk pełny');
    expect(docs.map((d) => d.job)).toEqual(expect.arrayContaining(['review-digest', 'legal-watch', 'link-check']));
    // The failed run keeps the last good result on the dashboard.
    const summary = await api<QualitySummary>(server.baseUrl, '/api/quality/summary', { token: staff.tokens.admin });
    expect(summary.body.links.broken).toHaveLength(1);
    const anonymous = await api(server.baseUrl, '/api/job-runs');
    expect(anonymous.status).toBe(403);
  });

  it('is off without ELI_API_URL and without LINK_CHECK_ENABLED outside production, and refuses a bad schedule', async () => {
    const off = startQualityJobs(server.payload, { log: () => undefined, env: {} });
    expect(await off.runNow('legal-watch')).toBeUndefined();
    expect(await off.runNow('link-check')).toBeUndefined();
    off.stop();
    expect(() => startQualityJobs(server.payload, { log: () => undefined, env: { LEGAL_WATCH_CRON: 'co tydzień' } })).toThrow(
      'LEGAL_WATCH_CRON nie jest poprawnym wyrażeniem cron',
    );
  });
}
