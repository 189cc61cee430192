import fs from 'node:fs';
import path from 'node:path';
import { fileOf } from '../schemas/rules/routes';
import { MANIFEST_FILE } from './manifest';

/**
 * A new release as hard links to the previous one's files: no byte is copied, and the previous
 * release stays intact as long as files in the new one are replaced (unlinked and written anew),
 * never written in place. Every write into a linked release goes through `replaceFile`.
 */
export function linkRelease(from: string, to: string, skip: ReadonlySet<string> = new Set()): number {
  let linked = 0;
  const walk = (relative: string) => {
    fs.mkdirSync(path.join(to, relative), { recursive: true });
    for (const entry of fs.readdirSync(path.join(from, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (skip.has(name)) continue;
      if (entry.isDirectory()) walk(name);
      else {
        fs.linkSync(path.join(from, name), path.join(to, name));
        linked++;
      }
    }
  };
  walk('');
  return linked;
}

/** The folder of a release that answers a folder route: `/pliki/` → `pliki`. */
export const folderOf = (route: string): string => fileOf(route).replace(/\/?index\.html$/, '');

/** The path of a file about to be replaced in a release: its folder made, the old link removed (never written through). */
function unlinked(releaseDir: string, relative: string): string {
  const file = path.join(releaseDir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.rmSync(file, { force: true });
  return file;
}

/** Writes a file of a release without touching another release's copy of it (see `linkRelease`). */
export function replaceFile(releaseDir: string, relative: string, content: string | Uint8Array): void {
  fs.writeFileSync(unlinked(releaseDir, relative), content);
}

/** A file's content: text, bytes, or bytes in pieces written one after another. */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/** How many pieces go to one `writev` (the system's IOV_MAX is 1024 on Linux). */
const PIECES_PER_WRITE = 1024;

/** `replaceFile`, written asynchronously (a big file need not hold up the run), pieces without joining them first. */
export async function replaceFileAsync(releaseDir: string, relative: string, content: FileContent): Promise<void> {
  const file = unlinked(releaseDir, relative);
  if (typeof content === 'string' || !Array.isArray(content)) {
    await fs.promises.writeFile(file, content as string | Uint8Array);
    return;
  }
  const handle = await fs.promises.open(file, 'w');
  try {
    for (let i = 0; i < content.length; i += PIECES_PER_WRITE) {
      const pieces = content.slice(i, i + PIECES_PER_WRITE);
      const { bytesWritten } = await handle.writev(pieces);
      const expected = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
      // A short write (a full disk, a signal): the rest of these pieces one by one.
      let rest = bytesWritten < expected ? Buffer.concat(pieces).subarray(bytesWritten) : Buffer.alloc(0);
      while (rest.length > 0) rest = rest.subarray((await handle.write(rest)).bytesWritten);
    }
  } finally {
    await handle.close();
  }
}

/** Copies a file into a release, replacing (not overwriting) what is there. */
export function replaceWithCopy(releaseDir: string, relative: string, source: string): void {
  fs.copyFileSync(source, unlinked(releaseDir, relative));
}

/** A file that never changes (an approved attachment) into a release: a hard link, or a copy across file systems. */
export function replaceWithImmutable(releaseDir: string, relative: string, source: string): void {
  const target = unlinked(releaseDir, relative);
  try {
    fs.linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(source, target);
  }
}

/** Takes a file of another release into this one as a hard link (releases never change a file in place). */
export function replaceWithLink(releaseDir: string, relative: string, source: string): void {
  fs.linkSync(source, unlinked(releaseDir, relative));
}

/** Removes a file of a release and the folders it leaves empty (up to the release itself). */
export function removeFile(releaseDir: string, relative: string): void {
  fs.rmSync(path.join(releaseDir, relative), { force: true });
  let dir = path.dirname(path.join(releaseDir, relative));
  while (dir.startsWith(releaseDir) && dir !== releaseDir && fs.existsSync(dir) && fs.readdirSync(dir).length === 0) {
    fs.rmdirSync(dir);
    dir = path.dirname(dir);
  }
}

/** What a copy of a release for the next one leaves out (each release writes its own manifest). */
export const SPARE_SKIPS: ReadonlySet<string> = new Set([MANIFEST_FILE, 'manifest.json']);

const sparePath = (outDir: string, releaseId: string) => path.join(outDir, 'releases', `.spare-${releaseId}`);

/**
 * Links a copy of a release for the next run to start from (at 10,000 procedures linking takes
 * seconds; done after a swap, it is off the path of the next change). Renamed into place when
 * complete, so a half-made spare is never taken.
 */
export function prepareSpare(outDir: string, releaseId: string): void {
  const partial = `${sparePath(outDir, releaseId)}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  linkRelease(path.join(outDir, 'releases', releaseId), partial, SPARE_SKIPS);
  fs.renameSync(partial, sparePath(outDir, releaseId));
}

/** Moves the spare copy of `releaseId` to `staging`; false when there is none. */
export function takeSpare(outDir: string, releaseId: string, staging: string): boolean {
  try {
    fs.renameSync(sparePath(outDir, releaseId), staging);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
