import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Payload } from 'payload';
import { PublishBusyError } from './lock';
import { currentThesaurus, publish } from './publish';
import { refreshSearch } from './refreshSearch';

export interface PublishArgs {
  at: Date;
  out?: string;
  full: boolean;
}

/** `[--at <ISO-8601 instant>] [--out <dir>] [--full]`, or the Polish reason they are wrong. */
export function parsePublishArgs(argv: readonly string[]): PublishArgs | { error: string } {
  const { values } = parseArgs({
    args: [...argv],
    options: { at: { type: 'string' }, out: { type: 'string' }, full: { type: 'boolean', default: false } },
  });
  const at = values.at ? new Date(values.at) : new Date();
  if (Number.isNaN(at.getTime()))
    return { error: `--at: "${values.at}" nie jest chwilą w formacie ISO-8601 (np. 2027-01-01T00:00:30+01:00).` };
  return { at, full: values.full ?? false, ...(values.out ? { out: values.out } : {}) };
}

/**
 * `npm run publish`: one publish run as of `--at` into `--out` (default `<DATA_DIR>/public`), then,
 * when its search has a delta of changed procedures, the whole index built again. Returns the exit code:
 * 0 published, 3 another run holds the lock, 4 published but the search index not refreshed
 * (any other failure throws: exit 1, the previous release stays live).
 */
export async function runPublishCommand(
  payload: Payload,
  args: PublishArgs,
  env: { dataDir: string; siteUrl: string; apiUrl?: string },
): Promise<number> {
  try {
    const outDir = path.resolve(args.out ?? path.join(env.dataDir, 'public'));
    const summary = await publish(payload, {
      at: args.at,
      outDir,
      filesDir: path.join(env.dataDir, 'uploads', 'approved'),
      siteUrl: env.siteUrl,
      ...(env.apiUrl ? { apiUrl: env.apiUrl } : {}),
      full: args.full,
      log: (message) => console.log(message),
    });
    if (!summary.searchPending) return 0;
    try {
      await refreshSearch(outDir, (message) => console.log(message), { thesaurus: await currentThesaurus(payload) });
      return 0;
    } catch (error) {
      console.error(
        `Wydanie ${summary.releaseId} jest opublikowane, ale indeksu wyszukiwarki nie odświeżono (następna publikacja spróbuje ponownie):\n`,
        error,
      );
      return 4;
    }
  } catch (error) {
    if (!(error instanceof PublishBusyError)) throw error;
    console.error(error.message);
    return 3;
  }
}
