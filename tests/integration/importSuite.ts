import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../../cms/seed/documentFiles';
import { runCli } from '../support/cli';
import { buildProcedure } from '../support/factories';
import { createScratchDatabase } from '../support/postgres';
import { type DatabaseKind, startTestServer, type TestServer } from '../support/testServer';

interface Report {
  imported: string[];
  rejected: { source: string; slug: string | null; errors: { path: string; code: string; message: string }[] }[];
}

const write = (file: string, value: unknown) => fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));

/** Every file below a directory, as relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** `npm run import` / `npm run export` as a person runs them, against a real database. */
export function importSuite(kind: DatabaseKind): void {
  let server: TestServer;
  let work: string;
  const env = () => ({
    DATA_DIR: process.env.DATA_DIR,
    DATABASE_URI: process.env.DATABASE_URI,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
  });
  /** Approved versions in the change register, and every stored revision (Payload versions). */
  const versionsOf = async (slug: string) => {
    const doc = await server.payload.find({ collection: 'procedures', where: { slug: { equals: slug } }, draft: true, depth: 0 });
    const id = doc.docs[0]?.id;
    if (id === undefined) return { approved: 0, stored: 0 };
    const approved = await server.payload.count({
      collection: 'register-entries',
      where: { and: [{ procedure: { equals: id } }, { kind: { equals: 'approval' } }] },
    });
    const stored = await server.payload.countVersions({ collection: 'procedures', where: { parent: { equals: id } } });
    return { approved: approved.totalDocs, stored: stored.totalDocs };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    work = fs.mkdtempSync(path.join(os.tmpdir(), `lckm-import-${kind}-`));
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  describe('a batch with valid and invalid records', () => {
    let result: Awaited<ReturnType<typeof runCli>>;
    let report: Report;
    const batch = () => path.join(work, 'batch');

    beforeAll(async () => {
      fs.mkdirSync(path.join(batch(), 'files'), { recursive: true });
      fs.writeFileSync(path.join(batch(), 'files', 'wniosek-a.pdf'), await makePdf('Wniosek A', ['Treść wniosku.']));
      // PNG bytes under a .pdf name: the type comes from the bytes.
      fs.writeFileSync(
        path.join(batch(), 'files', 'udawany.pdf'),
        Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'),
      );
      write(
        path.join(batch(), 'a.json'),
        buildProcedure({
          slug: 'imp-a',
          related: ['imp-c'],
          requiredDocuments: [{ group: 'submit', name: 'Wniosek A', file: 'wniosek-a.pdf' }],
        }),
      );
      write(path.join(batch(), 'b.json'), [
        buildProcedure({ slug: 'imp-b' }),
        buildProcedure({ slug: 'imp-zly-tytul', title: 'ł'.repeat(161) }),
      ]);
      write(path.join(batch(), 'c.json'), buildProcedure({ slug: 'imp-c', related: ['imp-b'] }));
      write(path.join(batch(), 'd.json'), buildProcedure({ slug: 'imp-d', related: ['nie-istnieje'] }));
      write(path.join(batch(), 'e.json'), buildProcedure({ slug: 'imp-dwa-razy' }));
      write(path.join(batch(), 'f.json'), buildProcedure({ slug: 'imp-dwa-razy', title: 'Inna wersja' }));
      write(path.join(batch(), 'g.json'), '{ "slug": "imp-g", ');
      write(path.join(batch(), 'h.json'), buildProcedure({ slug: 'imp-h', otherDocuments: [{ name: 'Brak', file: 'brak.pdf' }] }));
      write(path.join(batch(), 'i.json'), buildProcedure({ slug: 'imp-i', otherDocuments: [{ name: 'Udawany', file: 'udawany.pdf' }] }));
      write(path.join(batch(), 'j.json'), buildProcedure({ slug: 'imp-j', related: ['imp-d'] }));
      const reportFile = path.join(work, 'report.json');
      result = await runCli('migrations/import.ts', [batch(), '--report', reportFile, '--as', 'approved'], env());
      report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report;
    });

    it('imports exactly the valid records and exits 1', () => {
      expect(result.code, result.stderr).toBe(1);
      expect([...report.imported].sort()).toEqual(['imp-a', 'imp-b', 'imp-c']);
    });

    it('reports exactly the invalid records, each with its reason and a dot path', () => {
      const bySource = Object.fromEntries(
        report.rejected.map((r) => [path.basename(r.source), r.errors.map((e) => `${e.path}:${e.code}`)]),
      );
      expect(bySource).toEqual({
        'b.json#1': ['title:too_long'],
        'd.json': ['related.0:unknown_related'],
        'e.json': ['slug:duplicate_slug'],
        'f.json': ['slug:duplicate_slug'],
        'g.json': [':unreadable'],
        'h.json': ['otherDocuments.0.file:unknown_file'],
        'i.json': ['otherDocuments.0.file:file_type'],
        'j.json': ['related.0:unknown_related'],
      });
      const title = report.rejected.find((r) => r.slug === 'imp-zly-tytul');
      expect(title?.errors[0]?.message).toBe('Nazwa procedury może mieć najwyżej 160 znaków (jest 161).');
      expect(result.stdout).toContain('Nazwa procedury może mieć najwyżej 160 znaków (jest 161).');
      expect(result.stdout).toMatch(/Zaimportowano 3 .*odrzucono 8/);
    });

    it('gives each imported procedure one approved version, recorded as the data migration', async () => {
      for (const slug of ['imp-a', 'imp-b', 'imp-c']) expect((await versionsOf(slug)).approved).toBe(1);
      const { docs } = await server.payload.find({ collection: 'register-entries', where: { slug: { equals: 'imp-a' } } });
      expect(docs[0]).toMatchObject({ kind: 'approval', version: 1, decidedByName: 'Migracja danych', isLive: true });
      // The system's own submissions and approvals send no e-mail.
      expect(fs.existsSync(path.join(server.dataDir, 'outbox'))).toBe(false);
    });

    it('links related procedures, including one later in the batch, and stores the attachment', async () => {
      const { docs } = await server.payload.find({ collection: 'procedures', where: { slug: { equals: 'imp-a' } }, depth: 1 });
      const doc = docs[0] as unknown as {
        related: { slug: string }[];
        requiredDocuments: { file: { filename: string; mimeType: string } }[];
      };
      expect(doc.related.map((r) => r.slug)).toEqual(['imp-c']);
      expect(doc.requiredDocuments[0]?.file).toMatchObject({ filename: 'wniosek-a.pdf', mimeType: 'application/pdf' });
    });

    it('changes nothing when the same records are imported again', async () => {
      const before = await Promise.all(['imp-a', 'imp-b', 'imp-c'].map(versionsOf));
      const again = path.join(work, 'again');
      fs.mkdirSync(again);
      for (const file of ['a.json', 'c.json']) fs.copyFileSync(path.join(batch(), file), path.join(again, file));
      fs.cpSync(path.join(batch(), 'files'), path.join(again, 'files'), { recursive: true });
      write(path.join(again, 'b.json'), [buildProcedure({ slug: 'imp-b' })]);
      const rerun = await runCli('migrations/import.ts', [again, '--as', 'approved'], env());
      expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
      expect(rerun.stdout).toMatch(/nowe: 0, zmienione: 0, bez zmian: 3/);
      expect(await Promise.all(['imp-a', 'imp-b', 'imp-c'].map(versionsOf))).toEqual(before);
    });

    it('turns a changed record into a new version of the same procedure', async () => {
      const before = await versionsOf('imp-b');
      const changed = path.join(work, 'changed.json');
      write(changed, buildProcedure({ slug: 'imp-b', summary: 'Nowy skrócony opis sprawy po zmianie przepisów.' }));
      const run = await runCli('migrations/import.ts', [changed, '--as', 'approved'], env());
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect((await versionsOf('imp-b')).approved).toBe(before.approved + 1);
      const { docs } = await server.payload.find({ collection: 'procedures', where: { slug: { equals: 'imp-b' } } });
      expect(docs).toHaveLength(1);
      expect(docs[0]?.summary).toBe('Nowy skrócony opis sprawy po zmianie przepisów.');
    });
  });

  it('export → import into an empty database → export is byte-identical', async () => {
    const first = path.join(work, 'export-1');
    const second = path.join(work, 'export-2');
    const exported = await runCli('migrations/export.ts', [first], env());
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.readdirSync(first).filter((f) => f.endsWith('.json')).length).toBeGreaterThanOrEqual(3);

    const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), `lckm-empty-${kind}-`));
    const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
    const emptyEnv = { ...env(), DATA_DIR: emptyDir, DATABASE_URI: scratch?.uri ?? `file:${path.join(emptyDir, 'cms.db')}` };
    try {
      const imported = await runCli('migrations/import.ts', [first, '--as', 'approved'], emptyEnv);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      const again = await runCli('migrations/export.ts', [second], emptyEnv);
      expect(again.code, again.stderr).toBe(0);
      const a = snapshot(first);
      const b = snapshot(second);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
    } finally {
      await scratch?.drop();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    }
    // Three commands in child processes, each starting Payload (the import migrating a new database).
  }, 180_000);
}
