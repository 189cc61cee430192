import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Bump when a rendering template changes in a way the sources hash cannot see. */
export const TEMPLATE_VERSION = '2';

/** `manifest.json` of a release: what it was made of, so the next run can reuse what did not change. */
export interface Manifest {
  releaseId: string;
  at: string;
  /** Hash of each live procedure's public projection (its PDF card is reused while it stays the same). */
  hashes: Record<string, string>;
  /** Everything the release is made of: public content, the change register, the templates. */
  releaseHash?: string;
  /** The rendering sources the pages were made with (publisher/manifest.ts, renderingSourcesHash). */
  sources?: string;
  siteUrl?: string;
  /** Hash of each page's view and props, by its file in the release. */
  pages?: Record<string, string>;
  /** False while the search index still describes an earlier release (after a single-change run). */
  searchIndexed?: boolean;
}

const SOURCES = ['site/src', 'site/astro.config.mjs', 'templates', 'publisher'];
let sourcesHash: string | undefined;

/** A hash of the rendering code itself, so a new template version renders every page again. */
export function renderingSourcesHash(): string {
  if (sourcesHash) return sourcesHash;
  const root = path.resolve(import.meta.dirname, '..');
  const hash = createHash('sha256').update(TEMPLATE_VERSION);
  const walk = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const name of fs.readdirSync(target).sort()) walk(path.join(target, name));
    else hash.update(path.relative(root, target)).update(fs.readFileSync(target));
  };
  for (const source of SOURCES) walk(path.join(root, source));
  sourcesHash = hash.digest('hex');
  return sourcesHash;
}

export const contentHash = (value: unknown) => createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(value)).digest('hex');

export function readManifest(releaseDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(releaseDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

export const manifestJson = (manifest: Manifest) => `${JSON.stringify(manifest)}\n`;
