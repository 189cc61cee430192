import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApprovedFile } from '../../schemas/rules/files';
import { projectProcedure } from '../../schemas/rules/project';
import type { RegisterEntry } from '../../schemas/rules/register';
import type { ProcedureRecord, PublicProcedure } from '../../schemas/types.generated';

const seedDir = path.resolve(import.meta.dirname, '../../cms/seed/procedures');

const MEDIA_TYPES: Record<string, ApprovedFile['mediaType']> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  rtf: 'application/rtf',
};

/** The demo procedures in the exchange format (cms/seed/procedures/*.json), by slug. */
export function demoRecords(): ProcedureRecord[] {
  return fs
    .readdirSync(seedDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(seedDir, name), 'utf8')) as ProcedureRecord);
}

/** The files an approval of `record` fixes, as the change register records them (the bytes are not needed for a card). */
function approvedFiles(record: ProcedureRecord): ApprovedFile[] {
  const names = [
    ...(record.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]),
    ...(record.otherDocuments ?? []).map((d) => d.file),
  ].filter((name): name is string => typeof name === 'string');
  return [...new Set(names)].map((fileName) => ({
    fileName,
    sha256: createHash('sha256').update(fileName).digest('hex'),
    size: 48_213,
    mediaType: MEDIA_TYPES[fileName.split('.').pop() ?? ''] ?? 'application/pdf',
  }));
}

/**
 * The public projection of every demo procedure, as the publisher makes it (publisher/selectAndProject.ts):
 * each record as the only, approved version 1 of its procedure, on a day inside every demo window.
 * The internal one is never published, but its card is made here too: its content exercises the card as well.
 */
export function demoPublicProcedures(day = '2027-06-01'): PublicProcedure[] {
  const records = demoRecords();
  const liveTitles = new Map(records.map((r) => [r.slug, r.title]));
  const ctx = { day, liveTitles, fileUrl: (file: ApprovedFile) => `/pliki/${encodeURIComponent(file.fileName)}` };
  return records.map((record) => {
    const entry: RegisterEntry = {
      kind: 'approval',
      version: 1,
      decidedAt: `${day}T09:15:00.000Z`,
      validFrom: record.validFrom ?? null,
      validTo: record.validTo ?? null,
      procedureId: record.slug,
      slug: record.slug,
      title: record.title,
      note: 'Pierwsza publikacja',
      decidedByName: 'Nowak Anna',
      content: record,
      files: approvedFiles(record),
    };
    return projectProcedure(entry, [entry], ctx);
  });
}

export const BONIFIKATA = 'przeksztalcenie-uzytkowania-wieczystego-bonifikata';
