import path from 'node:path';
import type { Attachment } from '../types.generated';

/**
 * Where the exact bytes of every approved attachment are kept: content-addressed by SHA-256,
 * written once at approval and never changed (DESIGN.md: "an approved version is fixed whole,
 * the exact bytes of its attached files included"). The publisher serves these bytes, never the
 * editable upload.
 */
export function approvedFilePath(approvedDir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256 digest: ${sha256}`);
  return path.join(approvedDir, sha256.slice(0, 2), sha256);
}

/** One attached file of an approved version, as the change register records it. */
export interface ApprovedFile {
  fileName: string;
  sha256: string;
  size: number;
  mediaType: Attachment['mediaType'];
}
