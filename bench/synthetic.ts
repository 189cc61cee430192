import fs from 'node:fs';
import path from 'node:path';
import type { ProcedureRecord } from '../schemas/types.generated';

const seedDir = path.resolve(import.meta.dirname, '../cms/seed/procedures');

/**
 * N realistic procedures: the demo procedures (full Polish content, every section filled) with
 * unique slugs and titles, related links to neighbours, and no attachments.
 */
export function syntheticProcedures(n: number): ProcedureRecord[] {
  const templates = fs
    .readdirSync(seedDir)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(seedDir, file), 'utf8')) as ProcedureRecord);
  const records: ProcedureRecord[] = [];
  for (let i = 0; i < n; i++) {
    const template = templates[i % templates.length] as ProcedureRecord;
    const slug = `${template.slug.slice(0, 80)}-${i + 1}`;
    records.push({
      ...structuredClone(template),
      slug,
      title: `${template.title.slice(0, 140)} (nr ${i + 1})`,
      related: i > 0 ? [`${(templates[(i - 1) % templates.length] as ProcedureRecord).slug.slice(0, 80)}-${i}`] : [],
      requiredDocuments: (template.requiredDocuments ?? []).map(({ file: _f, sampleFile: _s, ...rest }) => rest),
      otherDocuments: (template.otherDocuments ?? []).map(({ file: _f, ...rest }) => rest),
    });
  }
  return records;
}
