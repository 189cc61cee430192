import fs from 'node:fs';
import path from 'node:path';
import { type ApprovedFile, approvedFilePath } from '../schemas/rules/files';
import type { RegisterEntry } from '../schemas/rules/register';
import type { FileUrls } from './fileUrls';
import { removeFile, replaceWithImmutable } from './releaseFiles';
import type { PublishedProcedure } from './types';

/** Every file under `pliki/` of a release, relative to it. */
function listFiles(staging: string): string[] {
  const root = path.join(staging, 'pliki');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(staging, path.join(entry.parentPath, entry.name)));
}

/**
 * The approved files a release links to (live and archived versions alike), each the exact bytes
 * its approval fixed, taken from the content-addressed store (`filesDir`) as hard links. A file
 * already in the release is kept only while it is that very file (same inode); anything no page
 * links to any more is removed.
 */
export function writeAttachments(
  staging: string,
  published: readonly PublishedProcedure[],
  entries: readonly RegisterEntry[],
  fileUrls: FileUrls,
  filesDir: string,
): void {
  const bySha = new Map<string, ApprovedFile>();
  for (const entry of entries) for (const file of entry.files ?? []) bySha.set(file.sha256, file);
  const wanted = new Map<string, string>();
  for (const version of published.flatMap((p) => [p.procedure, ...p.archive])) {
    for (const doc of [
      ...(version.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]),
      ...(version.otherDocuments ?? []).map((d) => d.file),
    ]) {
      const file = doc?.sha256 ? bySha.get(doc.sha256) : undefined;
      if (file) wanted.set(fileUrls.pathOf(file), approvedFilePath(filesDir, file.sha256));
    }
  }
  for (const relative of listFiles(staging)) {
    const source = wanted.get(relative);
    if (source && fs.existsSync(source) && fs.statSync(path.join(staging, relative)).ino === fs.statSync(source).ino)
      wanted.delete(relative);
    else if (!source) removeFile(staging, relative);
  }
  for (const [relative, source] of wanted) {
    if (!fs.existsSync(source)) throw new Error(`Approved file missing from the store: ${source} (for ${relative})`);
    replaceWithImmutable(staging, relative, source);
  }
}
