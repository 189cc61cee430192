import path from 'node:path';
import type { ApprovedFile } from '../schemas/rules/files';
import { fileOf, routes } from '../schemas/rules/routes';
import { warsawDay } from '../schemas/rules/time';
import type { PublicProcedure } from '../schemas/types.generated';
import type { SitemapEntry } from '../templates/bip/sitemap';
import type { Loaded } from './load';
import { contentHash, type Manifest, type SearchManifest } from './manifest';
import { type PageSpec, pageHash, planPages } from './pages';
import { planSearch, type SearchPlan } from './planSearch';
import type { PreviousRelease } from './previousRelease';
import type { ChangeFeedItem } from './renderFeeds';
import type { CardJob } from './renderPages';
import type { Projection } from './selectAndProject';
import { buildSiteData } from './siteData';
import { sitemapEntries } from './sitemap';
import type { PublishedProcedure } from './types';

/** Above this many changed pages a run renders the whole portal instead of starting from the live release. */
export const SINGLE_CHANGE_PAGE_LIMIT = 2000;

export interface PlanOptions {
  /** The new release's id (publish.ts makes it from the run's time). */
  releaseId: string;
  at: Date;
  siteUrl: string;
  /** The API's address (the feedback form posts there; the OpenAPI description names it); default `siteUrl`. */
  apiUrl?: string;
  /** Every page and card made again, whatever the previous release holds. */
  full?: boolean;
  /** What the pages are rendered with (manifest.ts, `renderingSourcesHash`). */
  sources: string;
  /** What the PDF cards are made with (manifest.ts, `cardTemplateHash`). */
  cardTemplate: string;
  /** Hash of the thesaurus the resident index is built with (a new thesaurus means a new index). */
  thesaurus?: string;
}

/** Nothing the live release is made of changed: it stays live. */
export interface KeepPlan {
  mode: 'unchanged';
  /** The live release's id. */
  releaseId: string;
  day: string;
  live: number;
  /** Its search index has a delta not yet folded into the main index (`refreshSearch` has yet to run). */
  searchPending: boolean;
}

/** A new release: a linked copy of the live one with what changed (`changes`), or every page (`full`). */
export interface BuildPlan {
  mode: 'changes' | 'full';
  releaseId: string;
  day: string;
  generatedAt: string;
  siteUrl: string;
  apiUrl: string;
  /** Every public page with when it last changed (`sitemap.xml`). */
  sitemap: SitemapEntry[];
  /** The live procedures and the change register, which the BIP files are rendered from. */
  published: readonly PublishedProcedure[];
  changes: readonly ChangeFeedItem[];
  /** The live release a `changes` release starts from as a linked copy (its spare copy when ready). */
  startFrom?: { releaseId: string; dir: string };
  /** The pages to render: all of them (`full`) or those whose view or props changed (`changes`). */
  pages: PageSpec[];
  /** How many pages the release has. */
  totalPages: number;
  /** What the pages and cards are rendered with (the rendering sources' hash). */
  sources: string;
  /** PDF cards to make, and cards to take over from the previous release's file as hard links (in `changes` they are there already). */
  cards: { make: CardJob[]; link: { file: string; from: string }[] };
  /** Procedures whose public JSON is written (every one in `full`, the changed ones in `changes`). */
  procedureJson: PublicProcedure[];
  /** Procedures whose CPSV-AP JSON-LD is written (also those whose related procedures changed). */
  procedureJsonLd: PublicProcedure[];
  /** Files of the previous release the new one leaves out (only `changes` starts from it). */
  remove: string[];
  /** The approved files the release serves: its file → SHA-256. */
  attachments: Map<string, string>;
  /** Its resident search: the whole index, the live one kept, or the live one with a delta (planSearch.ts). */
  search: SearchPlan;
  /** What the live release's index holds (the base of a kept index or of a delta). */
  searchBase?: SearchManifest;
  /** The manifest, its `search` filled in once the index is made. */
  manifest: Manifest;
  /** Procedures changed, PDF cards made and taken over, procedures gone. */
  counts: { changed: number; rendered: number; reused: number; removed: number };
}

export type ReleasePlan = KeepPlan | BuildPlan;

/** What the plan decided for one live procedure. */
interface ProcedurePlan {
  procedure: PublicProcedure;
  hash: string;
  card: string;
  /** Its public JSON is the same as in the previous release. */
  unchanged: boolean;
}

const cardFile = (slug: string) => fileOf(routes.card(slug));
const jsonFile = (slug: string) => fileOf(routes.bipProcedureJson(slug));
const jsonLdFile = (slug: string) => fileOf(routes.bipProcedureJsonLd(slug));

/** Whether the release can start as a linked copy of the previous one and render only `changedPages` pages. */
function canStartFrom(previous: PreviousRelease | undefined, options: PlanOptions, changedPages: number): boolean {
  const manifest = previous?.manifest;
  return (
    manifest?.pages !== undefined &&
    manifest.sources === options.sources &&
    manifest.siteUrl === options.siteUrl &&
    changedPages <= SINGLE_CHANGE_PAGE_LIMIT
  );
}

/**
 * The approved files the live and archived versions link to, each by its file in the release
 * (publisher/fileUrls.ts) with the SHA-256 its approval fixed.
 */
export function attachmentsOf(
  published: readonly PublishedProcedure[],
  loaded: Loaded,
  fileUrls: Projection['fileUrls'],
): Map<string, string> {
  const bySha = new Map<string, ApprovedFile>();
  for (const entry of loaded.entries) for (const file of entry.files ?? []) bySha.set(file.sha256, file);
  const wanted = new Map<string, string>();
  for (const version of published.flatMap((p) => [p.procedure, ...p.archive])) {
    for (const doc of [
      ...(version.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]),
      ...(version.otherDocuments ?? []).map((d) => d.file),
    ]) {
      const file = doc?.sha256 ? bySha.get(doc.sha256) : undefined;
      if (file) wanted.set(fileUrls.pathOf(file), file.sha256);
    }
  }
  return wanted;
}

/**
 * PDF cards and public JSON. A linked release has the previous files already: only changed
 * procedures get theirs. A full build writes every JSON and takes over a card while its
 * procedure and the card template are the same and the previous release still holds it.
 */
function planProcedureFiles(
  procedures: readonly ProcedurePlan[],
  previous: PreviousRelease | undefined,
  linked: boolean,
  cardTemplate: string,
) {
  const sameCards = previous?.manifest.cards === cardTemplate;
  const make: CardJob[] = [];
  const link: { file: string; from: string }[] = [];
  for (const { procedure, card, unchanged } of procedures) {
    if (linked ? !unchanged : !(unchanged && sameCards && previous?.hasFile(card))) make.push({ file: card, procedure });
    else if (!linked && previous) link.push({ file: card, from: path.join(previous.dir, card) });
  }
  const procedureJson = procedures.filter((p) => !(linked && p.unchanged)).map((p) => p.procedure);
  // A procedure's CPSV-AP document describes its related services too: it follows their changes.
  const unchanged = new Set(procedures.filter((p) => p.unchanged).map((p) => p.procedure.slug));
  const procedureJsonLd = procedures
    .filter((p) => !linked || !p.unchanged || (p.procedure.related ?? []).some((r) => !unchanged.has(r.slug)))
    .map((p) => p.procedure);
  return { cards: { make, link }, procedureJson, procedureJsonLd };
}

/** What a linked copy of the previous release has to lose: pages no longer planned, and the files of procedures no longer live. */
function removals(previous: PreviousRelease, pageHashes: Record<string, string>, gone: readonly string[]): string[] {
  return [
    ...Object.keys(previous.manifest.pages ?? {}).filter((file) => !(file in pageHashes)),
    ...gone.flatMap((slug) => [jsonFile(slug), jsonLdFile(slug), cardFile(slug)]),
  ];
}

/** Each live procedure with the hash of its public JSON, and whether the previous release has the same. */
function procedurePlans(projection: Projection, previous: PreviousRelease | undefined): ProcedurePlan[] {
  return projection.published.map(({ procedure }) => {
    const hash = projection.hashOf(procedure);
    return { procedure, hash, card: cardFile(procedure.slug), unchanged: previous?.manifest.hashes[procedure.slug] === hash };
  });
}

/** The pages of the release and the hash of each page and of the whole release. */
function planPagesAndHashes(projection: Projection, options: PlanOptions, generatedAt: string) {
  const specs = planPages(buildSiteData(projection.published, options.siteUrl, generatedAt, { apiUrl: options.apiUrl ?? options.siteUrl }));
  const pageHashes = Object.fromEntries(specs.map((spec) => [spec.file, pageHash(spec, projection.knownHashes)]));
  const releaseHash = contentHash({
    pageHashes,
    changes: projection.changes,
    siteUrl: options.siteUrl,
    sources: options.sources,
    thesaurus: options.thesaurus ?? '',
  });
  return { specs, pageHashes, releaseHash };
}

/** What a new release is planned from, once it is known not to be the live one again. */
interface BuildInput {
  loaded: Loaded;
  projection: Projection;
  base: PreviousRelease | undefined;
  options: PlanOptions;
  specs: PageSpec[];
  pageHashes: Record<string, string>;
  releaseHash: string;
  day: string;
}

function buildPlan({ loaded, projection, base, options, specs, pageHashes, releaseHash, day }: BuildInput): BuildPlan {
  const generatedAt = options.at.toISOString();
  const { published } = projection;
  const changedPages = specs.filter((spec) => base?.manifest.pages?.[spec.file] !== pageHashes[spec.file]);
  const linked = canStartFrom(base, options, changedPages.length);
  const procedures = procedurePlans(projection, base);
  const hashes = Object.fromEntries(procedures.map((p) => [p.procedure.slug, p.hash]));
  const gone = Object.keys(base?.manifest.hashes ?? {}).filter((slug) => !(slug in hashes));
  const { cards, procedureJson, procedureJsonLd } = planProcedureFiles(procedures, base, linked, options.cardTemplate);
  const { releaseId, siteUrl, sources, cardTemplate } = options;
  const apiUrl = options.apiUrl ?? siteUrl;
  const searchBase = base?.manifest.search;
  const thesaurus = options.thesaurus ?? '';
  const search = planSearch({ previous: searchBase, hashes, previousHashes: base?.manifest.hashes, thesaurus, linked });
  return {
    mode: linked ? 'changes' : 'full',
    releaseId,
    day,
    generatedAt,
    siteUrl,
    apiUrl,
    sitemap: sitemapEntries(specs, published, siteUrl, generatedAt),
    published,
    changes: projection.changes,
    ...(linked && base ? { startFrom: { releaseId: base.manifest.releaseId, dir: base.dir } } : {}),
    pages: linked ? changedPages : specs,
    totalPages: specs.length,
    sources,
    cards,
    procedureJson,
    procedureJsonLd,
    remove: linked && base ? removals(base, pageHashes, gone) : [],
    attachments: attachmentsOf(published, loaded, projection.fileUrls),
    search,
    ...(searchBase ? { searchBase } : {}),
    manifest: {
      releaseId,
      at: generatedAt,
      hashes,
      releaseHash,
      sources,
      siteUrl,
      cards: cardTemplate,
      pages: pageHashes,
      searchIndexed: true,
    },
    counts: {
      changed: procedures.filter((p) => !p.unchanged).length,
      rendered: cards.make.length,
      reused: procedures.length - cards.make.length,
      removed: gone.length,
    },
  };
}

/**
 * What a publish run does, decided from what it publishes (the register as loaded and its
 * projection), the live release's manifest and the options: keep the live release, build one from
 * it with only what changed, or build every page. Pure: no file is read or written (the previous
 * release is asked only whether it holds a card); publisher/writeRelease.ts carries it out.
 */
export function planRelease(
  loaded: Loaded,
  projection: Projection,
  previous: PreviousRelease | undefined,
  options: PlanOptions,
): ReleasePlan {
  const base = options.full ? undefined : previous;
  const day = warsawDay(options.at);
  const { specs, pageHashes, releaseHash } = planPagesAndHashes(projection, options, options.at.toISOString());
  if (base?.manifest.releaseHash === releaseHash) {
    const { releaseId, searchIndexed, search } = base.manifest;
    const searchPending = searchIndexed === false || (search?.delta.length ?? 0) > 0;
    return { mode: 'unchanged', releaseId, day, live: projection.published.length, searchPending };
  }
  return buildPlan({ loaded, projection, base, options, specs, pageHashes, releaseHash, day });
}
