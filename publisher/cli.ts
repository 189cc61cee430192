/**
 * `npm run publish -- [--at <ISO-8601 instant>] [--out <dir>] [--full]`: one publish run as of
 * `--at` (default now) into `--out` (default data/public); `<out>/current` points to the release.
 * After a run that rendered only the changed pages, the search index is rebuilt as a follow-up release.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { boot } from '../cms/boot';
import { dataDir } from '../cms/env';
import { PublishBusyError, publish, refreshSearch } from './index';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { at: { type: 'string' }, out: { type: 'string' }, full: { type: 'boolean', default: false } } });
  const at = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(at.getTime())) {
    console.error(`--at: "${values.at}" nie jest chwilą w formacie ISO-8601 (np. 2027-01-01T00:00:30+01:00).`);
    return 2;
  }
  const payload = await boot();
  try {
    const outDir = path.resolve(values.out ?? path.join(dataDir(), 'public'));
    const summary = await publish(payload, {
      at,
      outDir,
      filesDir: path.join(dataDir(), 'uploads', 'approved'),
      siteUrl: (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
      full: values.full,
      log: (message) => console.log(message),
    });
    // The changed pages are live; the search index of the release follows.
    if (summary.searchPending) {
      try {
        await refreshSearch(outDir, (message) => console.log(message));
      } catch (error) {
        console.error(
          `Wydanie ${summary.releaseId} jest opublikowane, ale indeksu wyszukiwarki nie odświeżono (następna publikacja spróbuje ponownie):\n`,
          error,
        );
        return 4;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof PublishBusyError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Publikacja nie powiodła się; poprzednie wydanie pozostaje opublikowane.\n', error);
    process.exit(1);
  },
);
