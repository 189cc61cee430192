/**
 * `tsx publisher/compileViews.ts <outFile>`: compiles site/src/views.ts with Astro's own Vite
 * configuration (the site's astro.config.mjs, so `compressHTML` and the rest apply) into one ES
 * module for the Container API, and the PDF card (templates/pdf/card.ts) beside it as `card.mjs`,
 * for the render workers. Run as a child process by renderPages.ts; Vite stays out of the
 * server's memory.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getViteConfig } from 'astro/config';

const root = path.resolve(import.meta.dirname, '..');
const siteRoot = path.join(root, 'site');
const outFile = process.argv[2];
if (!outFile) throw new Error('usage: compileViews.ts <outFile>');

// Astro's Vite, not the one vitest brings.
const vite = (await import(createRequire(import.meta.resolve('astro/package.json')).resolve('vite'))) as {
  build(config: object): Promise<unknown>;
};
const config = await getViteConfig(
  { root: siteRoot, logLevel: 'warn' },
  { root: siteRoot, logLevel: 'warn' },
)({
  mode: 'production',
  command: 'build',
});
const outDir = `${path.dirname(outFile)}.tmp-${process.pid}`;
await vite.build({
  ...config,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    minify: false,
    // Node 20 runs modern JavaScript as it is: lowered class fields cost a few percent of every page.
    target: 'node20',
    rollupOptions: {
      input: {
        [path.basename(outFile, '.mjs')]: path.join(siteRoot, 'src', 'views.ts'),
        card: path.join(root, 'templates', 'pdf', 'card.ts'),
      },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
try {
  fs.renameSync(outDir, path.dirname(outFile));
} catch (error) {
  // Another run compiled the same sources first: theirs is identical, keep it.
  if (!fs.existsSync(outFile)) throw error;
  fs.rmSync(outDir, { recursive: true, force: true });
}
