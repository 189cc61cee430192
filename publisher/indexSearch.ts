import path from 'node:path';
import * as pagefind from 'pagefind';
import { routes } from '../schemas/rules/routes';
import { folderOf } from './releaseFiles';

/**
 * The static search index of a release (Pagefind, `<release>/pagefind/`): procedure pages only
 * (`data-pagefind-body`), filterable by department. Built after the portal, before the swap.
 */
export async function indexSearch(releaseDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'pl' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: releaseDir });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(releaseDir, folderOf(routes.searchIndex())) });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
