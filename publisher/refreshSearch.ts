import fs from 'node:fs';
import path from 'node:path';
import { fileOf, routes } from '../schemas/rules/routes';
import type { PublicProcedure } from '../schemas/types.generated';
import { afterRelease } from './afterRelease';
import { indexAll, type ThesaurusInUse, thesaurusInUse } from './indexSearch';
import { acquireLock } from './lock';
import { MANIFEST_FILE, type Manifest, manifestJson, readManifest } from './manifest';
import { linkRelease, replaceFile, SPARE_SKIPS, takeSpare } from './releaseFiles';
import { SearchCancelled } from './search/buildResidentIndex';
import { swapCurrent } from './swap';

export interface RefreshOptions {
  /** The thesaurus to build with (the one in force now; default: the repository's). */
  thesaurus?: ThesaurusInUse;
  keepWarm?: boolean;
  /** Asked between pages: true stops the build (a publish run is waiting) and leaves the live release as it is. */
  isCancelled?: () => boolean;
}

/** Whether a release's search has something to fold in: a delta, or (releases made before deltas) an index of an earlier release. */
const isPending = (manifest: Manifest | undefined) =>
  manifest !== undefined && (manifest.searchIndexed === false || !manifest.search || manifest.search.delta.length > 0);

/** The live procedures of a release, as it published them (`bip/procedury/<slug>.json`). */
function publishedProcedures(releaseDir: string, manifest: Manifest): PublicProcedure[] {
  return Object.keys(manifest.hashes)
    .sort()
    .map((slug) => JSON.parse(fs.readFileSync(path.join(releaseDir, fileOf(routes.bipProcedureJson(slug))), 'utf8')) as PublicProcedure);
}

/**
 * Folds the live release's search delta into a new main index: the whole resident index of what
 * the release publishes, as a new release linked to it file by file, swapped in. The release was
 * searchable all along (its delta); this keeps the delta small, and so a phone's download. Does
 * nothing when the live index has no delta. Yields to publish runs: `isCancelled` stops it.
 */
export async function refreshSearch(
  outDir: string,
  log: (message: string) => void = () => undefined,
  options: RefreshOptions = {},
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
    if (!manifest || !isPending(manifest)) return undefined;
    const releaseId = `${path.basename(currentDir).split('-').slice(0, 2).join('-')}-${Date.now().toString(36)}s`;
    staging = path.join(releasesDir, `.staging-${releaseId}`);
    if (!takeSpare(outDir, manifest.releaseId, staging)) linkRelease(currentDir, staging, SPARE_SKIPS);
    const procedures = publishedProcedures(currentDir, manifest);
    const isCancelled = options.isCancelled ?? (() => false);
    const search = await indexAll(procedures, manifest.hashes, options.thesaurus ?? thesaurusInUse(), staging, { isCancelled });
    if (isCancelled()) throw new SearchCancelled();
    replaceFile(staging, MANIFEST_FILE, manifestJson({ ...manifest, releaseId, searchIndexed: true, search }));
    fs.renameSync(staging, path.join(releasesDir, releaseId));
    staging = undefined;
    swapCurrent(outDir, releaseId);
    await afterRelease(outDir, releaseId, { ...options, log });
    const durationMs = Math.round(performance.now() - started);
    log(
      `Indeks wyszukiwarki przebudowany w całości (${procedures.length} stron, wydanie ${releaseId}), czas ${(durationMs / 1000).toFixed(1)} s.`,
    );
    return { releaseId, pages: procedures.length, durationMs };
  } catch (error) {
    if (!(error instanceof SearchCancelled)) throw error;
    log(`${error.message} Wydanie pozostaje z indeksem zmian; przebudowa zostanie ponowiona.`);
    return undefined;
  } finally {
    if (staging) fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}
