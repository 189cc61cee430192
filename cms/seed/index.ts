import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { attachmentsOf } from '../../migrations/importer/attachments';
import { importRecords } from '../../migrations/importer/importRecords';
import { readSources } from '../../migrations/importer/readSources';
import type { ProcedureRecord } from '../../schemas/types.generated';
import departments from './departments.json' with { type: 'json' };
import { makeDocx, makePdf } from './documentFiles';
import { seedQualityDemo } from './qualityDemo';
import { DEMO_PASSWORD, DEMO_USERS } from './users';
import { seedWorkflowDemo } from './workflowDemo';

const PROCEDURES_DIR = path.join(import.meta.dirname, 'procedures');

/** Writes every attachment the demo procedures name: DOCX forms and PDF documents with real content. */
async function writeAttachments(records: readonly ProcedureRecord[], dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const record of records) {
    for (const { fileName, title } of attachmentsOf(record)) {
      const target = path.join(dir, fileName);
      if (fileName.endsWith('.docx')) {
        fs.writeFileSync(
          target,
          await makeDocx(title, ['Imię i nazwisko', 'Adres zamieszkania', 'PESEL', 'Telefon lub e-mail do kontaktu', 'Treść wniosku']),
        );
      } else {
        fs.writeFileSync(
          target,
          await makePdf(title, [
            `Dokument do procedury „${record.title}”.`,
            `Komórka: ${record.department}, ${record.unit}.`,
            record.summary,
          ]),
        );
      }
    }
  }
}

/**
 * On the first start with an empty database: departments, one demo account per role and the demo
 * procedures (through the importer, so demo data obeys every rule imported data does).
 */
export async function seedDemoData(payload: Payload, { log }: { log: (msg: string) => void }): Promise<void> {
  const users = await payload.count({ collection: 'users', overrideAccess: true });
  if (users.totalDocs > 0) return;
  log('Pusta baza: wczytywanie danych demonstracyjnych…');

  const departmentIds = new Map<string, number>();
  for (const department of departments) {
    const created = await payload.create({ collection: 'departments', data: department, overrideAccess: true });
    departmentIds.set(department.name, created.id);
  }
  for (const user of DEMO_USERS) {
    await payload.create({
      collection: 'users',
      data: {
        email: user.email,
        password: DEMO_PASSWORD,
        name: user.name,
        role: user.role,
        department: user.department ? (departmentIds.get(user.department) ?? null) : null,
      },
      overrideAccess: true,
      // demo1234 is below the password policy: allowed for these accounts only, never in production.
      context: { demoSeed: true },
    });
  }

  const inputs = readSources([PROCEDURES_DIR]);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-seed-'));
  try {
    await writeAttachments(
      inputs.map((input) => input.record as ProcedureRecord),
      path.join(scratch, 'files'),
    );
    const report = await importRecords(
      payload,
      inputs.map((input) => ({ ...input, dir: scratch })),
      { as: 'approved' },
    );
    if (report.rejected.length > 0) {
      throw new Error(`Demo procedures rejected: ${JSON.stringify(report.rejected, null, 2)}`);
    }
    await seedWorkflowDemo(payload);
    await seedQualityDemo(payload);
    log(
      `Dane demonstracyjne: ${departments.length} komórek, ${DEMO_USERS.length} konta, ${report.imported.length + 1} procedur w każdym stanie obiegu.`,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
