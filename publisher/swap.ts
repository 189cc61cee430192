import fs from 'node:fs';
import path from 'node:path';

export const KEEP_RELEASES = 5;

/** `<out>/current` → `releases/<id>`, replaced in one rename: readers see the old or the new release, never half. */
export function swapCurrent(outDir: string, releaseId: string): void {
  const temp = path.join(outDir, `.current-${releaseId}`);
  fs.rmSync(temp, { force: true });
  fs.symlinkSync(path.join('releases', releaseId), temp, 'dir');
  fs.renameSync(temp, path.join(outDir, 'current'));
}

export function currentReleaseId(outDir: string): string | undefined {
  try {
    return path.basename(fs.readlinkSync(path.join(outDir, 'current')));
  } catch {
    return undefined;
  }
}

/** Keeps the newest releases (and always the current one); removes older ones and leftovers of failed runs. */
export function pruneReleases(outDir: string, keep = KEEP_RELEASES): string[] {
  const dir = path.join(outDir, 'releases');
  const current = currentReleaseId(outDir);
  const releases = fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
  const removed = releases.slice(0, Math.max(0, releases.length - keep)).filter((id) => id !== current);
  for (const id of removed) fs.rmSync(path.join(dir, id), { recursive: true, force: true });
  // Leftovers of runs that died (staging folders, site data files) all start with a dot; the
  // spare copy of the current release (releaseFiles.ts, prepareSpare) is kept.
  for (const leftover of fs.readdirSync(dir).filter((name) => name.startsWith('.') && name !== `.spare-${current}`)) {
    fs.rmSync(path.join(dir, leftover), { recursive: true, force: true });
  }
  return removed;
}
