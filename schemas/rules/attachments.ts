import type { ProcedureRecord } from '../types.generated';

/** One file a procedure names, with its exchange path and the document name it belongs to. */
export interface NamedFile {
  path: string;
  fileName: string;
  title: string;
}

/** Every attachment a record names (required documents, their filled-in samples, other documents). */
export function attachmentsOf(record: Pick<ProcedureRecord, 'requiredDocuments' | 'otherDocuments'>): NamedFile[] {
  const found: NamedFile[] = [];
  record.requiredDocuments?.forEach((doc, i) => {
    if (doc.file) found.push({ path: `requiredDocuments.${i}.file`, fileName: doc.file, title: doc.name });
    if (doc.sampleFile)
      found.push({ path: `requiredDocuments.${i}.sampleFile`, fileName: doc.sampleFile, title: `${doc.name} — wzór wypełnienia` });
  });
  record.otherDocuments?.forEach((doc, i) => {
    if (doc.file) found.push({ path: `otherDocuments.${i}.file`, fileName: doc.file, title: doc.name });
  });
  return found;
}
