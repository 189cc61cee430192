import fs from 'node:fs';
import path from 'node:path';
import { routes } from '../schemas/rules/routes';
import { afterRelease } from './afterRelease';
import { indexSearch } from './indexSearch';
import { acquireLock } from './lock';
import { MANIFEST_FILE, manifestJson, readManifest } from './manifest';
import { folderOf, linkRelease, replaceFile, SPARE_SKIPS, takeSpare } from './releaseFiles';
import { swapCurrent } from './swap';

/**
 * After a single-change run the new release carries the previous search index (Pagefind cannot
 * update one page). This builds the index for the live release as a new release, linked to it
 * file by file, and swaps it in. Nothing to do when the live index is up to date.
 */
export async function refreshSearch(
  outDir: string,
  log: (message: string) => void = () => undefined,
  options: { keepWarm?: boolean } = {},
): Promise<{ releaseId: string; pages: number; durationMs: number } | undefined> {
  const started = performance.now();
  const release = acquireLock(outDir);
  const releasesDir = path.join(outDir, 'releases');
  let staging: string | undefined;
  try {
    const current = path.join(outDir, 'current');
    if (!fs.existsSync(current)) return undefined;
    const currentDir = fs.realpathSync(current);
    const manifest = readManifest(currentDir);
    if (manifest?.searchIndexed !== false) return undefined;
    const releaseId = `${path.basename(currentDir).split('-').slice(0, 2).join('-')}-${Date.now().toString(36)}s`;
    staging = path.join(releasesDir, `.staging-${releaseId}`);
    if (!takeSpare(outDir, manifest.releaseId, staging)) linkRelease(currentDir, staging, SPARE_SKIPS);
    fs.rmSync(path.join(staging, folderOf(routes.searchIndex())), { recursive: true, force: true });
    const pages = await indexSearch(staging);
    replaceFile(staging, MANIFEST_FILE, manifestJson({ ...manifest, releaseId, searchIndexed: true }));
    fs.renameSync(staging, path.join(releasesDir, releaseId));
    staging = undefined;
    swapCurrent(outDir, releaseId);
    await afterRelease(outDir, releaseId, { ...options, log });
    const durationMs = Math.round(performance.now() - started);
    log(`Indeks wyszukiwarki odświeżony (${pages} stron, wydanie ${releaseId}), czas ${(durationMs / 1000).toFixed(1)} s.`);
    return { releaseId, pages, durationMs };
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}
