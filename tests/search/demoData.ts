import fs from 'node:fs';
import path from 'node:path';
import type { SearchableProcedure } from '../../publisher/search/residentPage';
import { compact } from '../../schemas/rules/compact';
import type { ProcedureRecord } from '../../schemas/types.generated';
import keywords from './demo-keywords.json' with { type: 'json' };

const seedDir = path.resolve(import.meta.dirname, '../../cms/seed/procedures');

/** The demo procedures (exchange format) with the keywords an editor would give them. */
export function demoRecords(): (ProcedureRecord & { keywords: string[] })[] {
  return fs
    .readdirSync(seedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const record = JSON.parse(fs.readFileSync(path.join(seedDir, f), 'utf8')) as ProcedureRecord;
      return { ...record, keywords: (keywords as Record<string, string[]>)[record.slug] ?? [] };
    });
}

/** The public fields of a record (what the portal shows), for the resident index. */
export function publicFields(r: ProcedureRecord & { keywords?: string[] }): SearchableProcedure {
  return compact({
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    steps: r.steps,
    onlineActions: r.onlineActions,
    usefulInfo: r.usefulInfo,
    howTo: r.howTo,
    additionalInfo: r.additionalInfo,
    deadline: r.deadline,
    place: r.place,
    appointments: r.appointments,
    fees: r.fees,
    submissionChannels: r.submissionChannels,
    submissionDeadline: r.submissionDeadline,
    legalBasis: r.legalBasis,
    appeal: r.appeal,
    unit: r.unit,
    department: r.department,
    keywords: r.keywords,
    requiredDocuments: r.requiredDocuments?.map((d) => ({ name: d.name })),
    otherDocuments: r.otherDocuments?.map((d) => ({ name: d.name })),
  });
}

/** The demo procedures a resident can find: the public ones, public fields only. */
export function demoPublicProcedures(): SearchableProcedure[] {
  return demoRecords()
    .filter((r) => !r.internal)
    .map(publicFields);
}
