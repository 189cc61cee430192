import path from 'node:path';
import * as esbuild from 'esbuild';

export { QUERY_SCRIPT } from './indexInfo';

const entry = path.resolve(import.meta.dirname, 'browser/releaseSearch.ts');

let bundled: Promise<string> | undefined;

/**
 * The browser's query analysis as one ES module (the same TypeScript the build and the staff
 * search run) with the release's index and its delta behind it (browser/releaseSearch.ts),
 * bundled once per process with esbuild: about 20 kB minified, no dependency.
 */
export function bundleResidentQuery(): Promise<string> {
  bundled ??= esbuild
    .build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      write: false,
      legalComments: 'none',
      charset: 'utf8',
    })
    .then((result) => {
      const file = result.outputFiles[0];
      if (!file) throw new Error('esbuild: brak wyniku kompilacji wyszukiwarki');
      return `// Wygenerowane przez publisher/search/bundleQuery.ts z publisher/search/browser/releaseSearch.ts — nie edytować.\n${file.text}`;
    });
  return bundled;
}
