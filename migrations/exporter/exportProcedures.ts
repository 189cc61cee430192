import fs from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { payloadLookups } from '../../cms/exchange/payloadLookups';
import { toExchange } from '../../cms/exchange/toExchange';
import { attachmentsOf } from '../importer/attachments';

export interface ExportResult {
  procedures: number;
  files: number;
}

/**
 * Writes one exchange-format JSON per procedure (its latest version, drafts included) as
 * `<dir>/<slug>.json`, and its attachments as `<dir>/files/<name>`, so that the directory
 * imports back into an empty database unchanged.
 */
export async function exportProcedures(payload: Payload, dir: string, uploadsDir: string): Promise<ExportResult> {
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  const lookups = payloadLookups(payload);
  const { docs } = await payload.find({
    collection: 'procedures',
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: true,
  });
  let files = 0;
  for (const doc of docs) {
    const record = await toExchange(doc as unknown as Record<string, unknown>, lookups);
    fs.writeFileSync(path.join(dir, `${record.slug}.json`), `${JSON.stringify(record, null, 2)}\n`);
    for (const { fileName } of attachmentsOf(record)) {
      const target = path.join(dir, 'files', fileName);
      if (fs.existsSync(target)) continue;
      fs.copyFileSync(path.join(uploadsDir, fileName), target);
      files++;
    }
  }
  return { procedures: docs.length, files };
}
