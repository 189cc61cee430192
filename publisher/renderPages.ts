import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PageSpec, ViewName } from './pages';

const root = path.resolve(import.meta.dirname, '..');
/** Compiled views live beside the dependencies they import (astro, marked, sanitize-html). */
const cacheDir = path.join(root, 'node_modules', '.cache', 'lckm-views');

interface RenderOptions {
  props: unknown;
  partial: boolean;
}
interface Container {
  renderToString(component: unknown, options: RenderOptions): Promise<string>;
}
type CompiledViews = Record<ViewName, unknown> & {
  experimental_AstroContainer: { create(): Promise<Container> };
};

function compile(outFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'publisher', 'compileViews.ts'), outFile],
      { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' }, timeout: 5 * 60 * 1000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`compiling the portal views failed: ${error.message}\n${stderr || stdout}`)) : resolve(),
    );
  });
}

const loaded = new Map<string, Promise<{ views: CompiledViews; container: Container }>>();

/** The views compiled for this version of the rendering sources (compiled once, then reused). */
function viewsFor(sourcesHash: string): Promise<{ views: CompiledViews; container: Container }> {
  const key = sourcesHash.slice(0, 24);
  let entry = loaded.get(key);
  if (!entry) {
    entry = (async () => {
      const file = path.join(cacheDir, key, 'views.mjs');
      if (!fs.existsSync(file)) await compile(file);
      const views = (await import(pathToFileURL(file).href)) as CompiledViews;
      return { views, container: await views.experimental_AstroContainer.create() };
    })();
    entry.catch(() => loaded.delete(key));
    loaded.set(key, entry);
  }
  return entry;
}

/**
 * Renders pages with the same Astro components `astro build` uses, in this process (Astro's
 * Container API): the single-change path, where building every page again would take minutes.
 * Returns each page's HTML by its file in the release.
 */
export async function renderPages(specs: readonly PageSpec[], sourcesHash: string): Promise<Map<string, string>> {
  const html = new Map<string, string>();
  if (specs.length === 0) return html;
  const { views, container } = await viewsFor(sourcesHash);
  for (const spec of specs) {
    html.set(spec.file, await container.renderToString(views[spec.view], { props: spec.props, partial: false }));
  }
  return html;
}
