import fs from 'node:fs';
import path from 'node:path';
import { approvedFilePath } from '../schemas/rules/files';
import { routes } from '../schemas/rules/routes';
import { folderOf, removeFile, replaceWithImmutable } from './releaseFiles';

/** Every file under the release's folder of approved files, relative to the release. */
function listFiles(staging: string): string[] {
  const root = path.join(staging, folderOf(routes.files()));
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(staging, path.join(entry.parentPath, entry.name)));
}

/**
 * The approved files a release links to (`wanted`: its file → SHA-256, publisher/planRelease.ts),
 * each the exact bytes its approval fixed, taken from the content-addressed store (`filesDir`) as
 * hard links. A file already in the release is kept only while it is that very file (same
 * inode); anything no page links to any more is removed.
 */
export function writeAttachments(staging: string, wanted: ReadonlyMap<string, string>, filesDir: string): void {
  const toWrite = new Map([...wanted].map(([relative, sha256]) => [relative, approvedFilePath(filesDir, sha256)]));
  for (const relative of listFiles(staging)) {
    const source = toWrite.get(relative);
    if (source && fs.existsSync(source) && fs.statSync(path.join(staging, relative)).ino === fs.statSync(source).ino)
      toWrite.delete(relative);
    else if (!source) removeFile(staging, relative);
  }
  for (const [relative, source] of toWrite) {
    if (!fs.existsSync(source)) throw new Error(`Approved file missing from the store: ${source} (for ${relative})`);
    replaceWithImmutable(staging, relative, source);
  }
}
