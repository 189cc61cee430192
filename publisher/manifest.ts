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
  /** The PDF cards' template and site URL (`cardTemplateHash`); cards are reused only while it is the same. */
  cards?: string;
  /** Hash of each page's view and props, by its file in the release. */
  pages?: Record<string, string>;
  /** False while the search index still describes an earlier release (releases made before the search had a delta). */
  searchIndexed?: boolean;
  /** What the release's resident search holds (publisher/planSearch.ts). */
  search?: SearchManifest;
}

/** The resident index of a release: its main index, and the procedures a delta covers since. */
export interface SearchManifest {
  /** Hash of the thesaurus the index was built with. */
  thesaurus: string;
  /** Pages of the main index. */
  pages: number;
  /** Each procedure's page id in the main index (a delta names the pages it replaces by them). */
  ids: Record<string, string>;
  /** Hash of each procedure's public JSON the main index was built from. */
  main: Record<string, string>;
  /** Procedures changed or removed since the main index (in the delta); empty when the main index is whole. */
  delta: string[];
}

/**
 * What the shared parts of pages and cards are made with besides `templates/`: the routes and the
 * rest of the domain rules, the Polish labels (plural forms, the accepted sign-in and payment
 * means), the generated types; and the lock file, so that an upgraded renderer (Astro, marked,
 * pdf-lib, the fonts…) makes everything again.
 */
const SHARED_SOURCES = [
  'schemas/rules',
  'schemas/messages.pl.ts',
  'schemas/quality/messages.pl.ts',
  'schemas/quality/additions.ts',
  'schemas/types.generated.ts',
  'package-lock.json',
];
/**
 * What the pages are rendered with, and the resident search built (its analysis: a release built
 * whole gets a whole new index). A change in any of them renders every page again.
 */
export const SOURCES = ['site/src', 'site/astro.config.mjs', 'templates', 'publisher', 'schemas/search', ...SHARED_SOURCES];
/**
 * What a PDF card is made with (a card depends on its procedure, the site URL and these): the
 * card's own code and the section model and Polish formatting it shares with the portal.
 */
export const CARD_SOURCES = [
  'templates/pdf',
  'templates/sections',
  'templates/format',
  'templates/markdown.ts',
  'templates/escape',
  ...SHARED_SOURCES,
];
const memo = new Map<string, string>();

function hashOfSources(sources: readonly string[]): string {
  const key = sources.join('|');
  const known = memo.get(key);
  if (known) return known;
  const root = path.resolve(import.meta.dirname, '..');
  const hash = createHash('sha256').update(TEMPLATE_VERSION);
  const walk = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const name of fs.readdirSync(target).sort()) walk(path.join(target, name));
    else hash.update(path.relative(root, target)).update(fs.readFileSync(target));
  };
  for (const source of sources) walk(path.join(root, source));
  const digest = hash.digest('hex');
  memo.set(key, digest);
  return digest;
}

/** A hash of the rendering code itself, so a new template version renders every page again. */
export const renderingSourcesHash = () => hashOfSources(SOURCES);

/** What every PDF card of a release was made with: the card's code and the site URL it prints. */
export const cardTemplateHash = (siteUrl: string) => `${hashOfSources(CARD_SOURCES).slice(0, 32)} ${siteUrl}`;

export const contentHash = (value: unknown) => createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(value)).digest('hex');

/**
 * The manifest's file in a release. A dot-file: the portal never serves it (the hashes are the
 * publisher's own business). Releases made before it was hidden have `manifest.json`.
 */
export const MANIFEST_FILE = '.manifest.json';
const LEGACY_MANIFEST_FILE = 'manifest.json';

export function readManifest(releaseDir: string): Manifest | undefined {
  for (const name of [MANIFEST_FILE, LEGACY_MANIFEST_FILE]) {
    const file = path.join(releaseDir, name);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  }
  return undefined;
}

export const manifestJson = (manifest: Manifest) => `${JSON.stringify(manifest)}\n`;
