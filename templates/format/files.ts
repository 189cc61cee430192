import type { Attachment } from '../../schemas/types.generated';
import { formatNumber } from './plural';

export type MediaType = Attachment['mediaType'];

/**
 * The label of each file type an attachment may have (the template: PDF, and DOC, DOCX or RTF for
 * forms to fill in). A record over the schema's enum, so a new type cannot go unlabelled.
 */
export const FILE_TYPES: Record<MediaType, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/rtf': 'RTF',
};

/** "PDF", "DOCX"…; "plik" for a type outside the list (data older than the list). */
export function fileTypeLabel(mediaType: string): string {
  return FILE_TYPES[mediaType as MediaType] ?? 'plik';
}

const KB = 1024;
const MB = 1024 * KB;
const megabytes = new Intl.NumberFormat('pl', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A size as a resident reads it: "888 B", "47 kB", "1,2 MB" (binary multiples, as file managers show them). */
export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${formatNumber(Math.max(0, Math.round(bytes)))} B`;
  const kilobytes = Math.round(bytes / KB);
  // 1 048 000 bytes rounds to 1023 kB, 1 048 500 to 1024 kB: the latter reads better as "1,0 MB".
  if (kilobytes < KB) return `${kilobytes} kB`;
  return `${megabytes.format(bytes / MB)} MB`;
}

/** What a download link says of its file: "PDF, 47 kB". */
export function fileDetails(file: Pick<Attachment, 'mediaType' | 'size'>): string {
  return `${fileTypeLabel(file.mediaType)}, ${formatFileSize(file.size)}`;
}
