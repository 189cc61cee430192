/**
 * Baseline for bench/import.ts: the same records written with plain Local API creates (the
 * collection's own hooks run, the schema check among them), with no duplicate, related or
 * attachment checks and no version comparison of the importer.
 */
import fs from 'node:fs';
import { boot } from '../cms/boot';
import { fromExchange } from '../cms/exchange/fromExchange';
import type { Id } from '../cms/exchange/types';
import type { ProcedureRecord } from '../schemas/types.generated';

const file = process.argv[2];
if (!file) throw new Error('usage: baselineInsert.ts <records.json>');
const records = JSON.parse(fs.readFileSync(file, 'utf8')) as ProcedureRecord[];
const payload = await boot();
const started = performance.now();
const departments = new Map<string, Id>();
const ids = new Map<string, Id>();
for (const record of records) {
  if (!departments.has(record.department)) {
    const doc = await payload.create({
      collection: 'departments',
      data: { name: record.department, unit: record.unit },
      overrideAccess: true,
    });
    departments.set(record.department, doc.id);
  }
  const data = fromExchange(record, {
    procedureId: (slug) => ids.get(slug),
    departmentId: (name) => departments.get(name),
    documentId: () => undefined,
  });
  const doc = await payload.create({
    collection: 'procedures',
    data,
    draft: true,
    context: { import: true },
    overrideAccess: true,
  });
  ids.set(record.slug, doc.id);
}
const seconds = (performance.now() - started) / 1000;
console.log(`BENCH ${JSON.stringify({ seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
process.exit(0);
