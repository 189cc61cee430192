import fs from 'node:fs';
import path from 'node:path';
import { renderingSourcesHash } from './manifest';
import { prepareSpare } from './releaseFiles';
import { pruneReleases } from './swap';
import { warmRenderer } from './views';

/**
 * After a release is live (or kept): old releases go, and a long-running process gets the next
 * run ready (a spare linked copy, the compiled views and card loaded). The release is live
 * whatever happens here, so a failure is logged, not thrown: the next run tries again. Publish
 * runs and search refreshes both end here.
 */
export async function afterRelease(
  outDir: string,
  releaseId: string,
  options: { keepWarm?: boolean; log?: (message: string) => void },
): Promise<void> {
  try {
    pruneReleases(outDir);
    if (options.keepWarm) {
      if (!fs.existsSync(path.join(outDir, 'releases', `.spare-${releaseId}`))) prepareSpare(outDir, releaseId);
      await warmRenderer(renderingSourcesHash());
    }
  } catch (error) {
    (options.log ?? console.error)(`Wydanie ${releaseId} jest opublikowane; porządki po publikacji nie powiodły się: ${String(error)}`);
  }
}
