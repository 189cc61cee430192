import fs from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { warsawDay } from '../schemas/rules/time';
import { renderCard } from '../templates/pdf/card';
import { afterRelease } from './afterRelease';
import { indexSearch } from './indexSearch';
import { type Loaded, loadRegister } from './load';
import { acquireLock } from './lock';
import { cardTemplateHash, contentHash, MANIFEST_FILE, type Manifest, manifestJson, readManifest, renderingSourcesHash } from './manifest';
import { pageHash, planPages } from './pages';
import { linkRelease, removeFile, replaceFile, replaceWithLink, SPARE_SKIPS, takeSpare } from './releaseFiles';
import { renderBip } from './renderBip';
import { renderAll, renderPages } from './renderPages';
import { ProjectionCache, selectAndProject } from './selectAndProject';
import { buildSiteData } from './siteData';
import { swapCurrent } from './swap';
import { writeAttachments } from './writeAttachments';

export { TEMPLATE_VERSION } from './manifest';
export { PublishValidationError, selectAndProject } from './selectAndProject';

/** Above this many changed pages a run renders the whole portal (the worker pool) instead. */
export const SINGLE_CHANGE_PAGE_LIMIT = 2000;

export interface PublishOptions {
  at: Date;
  outDir: string;
  /** The content-addressed store of approved files (`<DATA_DIR>/uploads/approved`, schemas/rules/files.ts). */
  filesDir: string;
  siteUrl: string;
  full?: boolean;
  /**
   * A long-running process (the server's schedule): after the swap, link a spare copy of the new
   * release and load the compiled views, so that the next single-change run starts with both.
   */
  keepWarm?: boolean;
  log?: (message: string) => void;
}

export interface PublishSummary {
  releaseId: string;
  day: string;
  live: number;
  changed: number;
  /** PDF cards made in this run. */
  rendered: number;
  /** PDF cards taken over from the previous release. */
  reused: number;
  removed: number;
  /** Portal pages rendered in this run (all of them in a full build). */
  pages: number;
  /** `full`: every page (worker threads); `changes`: only the changed pages; `unchanged`: the live release kept. */
  mode: 'full' | 'changes' | 'unchanged';
  /** True when the search index still has to be rebuilt for this release (see `refreshSearch`). */
  searchPending: boolean;
  /** From the start of the run until its release is live (`current` swapped). */
  liveMs: number;
  durationMs: number;
  /** Milliseconds per step, for the benchmark and the run log. */
  timings: Record<string, number>;
}

/** Projections kept between runs, per database (publisher/selectAndProject.ts). */
const projections = new WeakMap<Payload, ProjectionCache>();

/**
 * One publish run (DESIGN.md, "Public outputs"): selectLive → project → validate → render →
 * write → swap. The release is built in a staging folder and swapped in by one rename; any
 * failure leaves the previous release live.
 */
export async function publish(payload: Payload, options: PublishOptions): Promise<PublishSummary> {
  const release = acquireLock(options.outDir);
  try {
    const started = performance.now();
    const loaded = await loadRegister(payload);
    let cache = projections.get(payload);
    if (!cache) {
      cache = new ProjectionCache();
      projections.set(payload, cache);
    }
    return await publishLoaded(loaded, options, cache, { load: performance.now() - started });
  } finally {
    release();
  }
}

/** The run after the register is read (the caller holds the lock). */
async function publishLoaded(
  loaded: Loaded,
  options: PublishOptions,
  cache: ProjectionCache,
  timings: Record<string, number>,
): Promise<PublishSummary> {
  const started = performance.now() - (timings.load ?? 0);
  const step = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      timings[name] = (timings[name] ?? 0) + performance.now() - t;
    }
  };
  const log = options.log ?? (() => undefined);
  const releasesDir = path.join(options.outDir, 'releases');
  const releaseId = `${options.at.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${Date.now().toString(36)}`;
  const staging = path.join(releasesDir, `.staging-${releaseId}`);
  const day = warsawDay(options.at);
  const generatedAt = options.at.toISOString();
  const { entries } = loaded;
  try {
    const { published, changes, hashOf, fileUrls } = await step('project', () => selectAndProject(entries, options.at, day, cache));

    const previousDir = fs.existsSync(path.join(options.outDir, 'current'))
      ? fs.realpathSync(path.join(options.outDir, 'current'))
      : undefined;
    const previous = options.full || !previousDir ? undefined : readManifest(previousDir);
    const sources = renderingSourcesHash();
    const siteData = buildSiteData(published, options.siteUrl, generatedAt);
    const { specs, pageHashes, releaseHash } = await step('hash', () => {
      const specs = planPages(siteData);
      const pageHashes = Object.fromEntries(specs.map((spec) => [spec.file, pageHash(spec, cache.hashes)]));
      return { specs, pageHashes, releaseHash: contentHash({ pageHashes, changes, siteUrl: options.siteUrl, sources }) };
    });
    let liveMs = 0;
    const summary = (mode: PublishSummary['mode'], counts: Partial<PublishSummary>): PublishSummary => ({
      releaseId,
      day,
      live: published.length,
      changed: 0,
      rendered: 0,
      reused: 0,
      removed: 0,
      pages: 0,
      mode,
      searchPending: false,
      ...counts,
      liveMs: Math.round(liveMs || performance.now() - started),
      durationMs: Math.round(performance.now() - started),
      timings: Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)])),
    });

    // Nothing changed since the live release (content, register, templates): it stays as it is.
    if (previous && previousDir && previous.releaseHash === releaseHash) {
      await step('after', () => afterRelease(options.outDir, previous.releaseId, options));
      const result = summary('unchanged', {
        releaseId: previous.releaseId,
        reused: published.length,
        searchPending: previous.searchIndexed === false,
      });
      log(
        `Bez zmian od wydania ${previous.releaseId} (dzień ${day}): opublikowane ${published.length}, czas ${(result.durationMs / 1000).toFixed(1)} s.`,
      );
      return result;
    }

    // render: only the pages whose view or props changed, when the previous release was made by these templates.
    const changedPages = specs.filter((spec) => previous?.pages?.[spec.file] !== pageHashes[spec.file]);
    const single =
      previous !== undefined &&
      previousDir !== undefined &&
      previous.pages !== undefined &&
      previous.sources === sources &&
      previous.siteUrl === options.siteUrl &&
      changedPages.length <= SINGLE_CHANGE_PAGE_LIMIT;
    // PDF cards: taken over while their procedure's public JSON is the same, made otherwise.
    const cardTemplate = cardTemplateHash(options.siteUrl);
    const sameCardTemplate = previous?.cards === cardTemplate;
    const cards = published.map(({ procedure }) => {
      const hash = hashOf(procedure);
      const file = `procedury/${procedure.slug}/karta.pdf`;
      const unchanged = previous?.hashes[procedure.slug] === hash;
      // A single-change release has the previous release's files already (hard links); its templates are the same.
      const old = unchanged && sameCardTemplate && previousDir && !single ? path.join(previousDir, file) : undefined;
      return { procedure, hash, file, unchanged, old, reuse: single ? unchanged : old !== undefined && fs.existsSync(old) };
    });
    const cardsToMake = cards.filter((c) => !c.reuse).map((c) => c.procedure);
    let searchIndexed = true;
    if (single) {
      await step('link', () => takeSpare(options.outDir, previous.releaseId, staging) || linkRelease(previousDir, staging, SPARE_SKIPS));
      const html = await step('pages', () => renderPages(changedPages, sources));
      await step('write', () => {
        for (const [file, content] of html) replaceFile(staging, file, content);
        for (const file of Object.keys(previous.pages ?? {})) if (!(file in pageHashes)) removeFile(staging, file);
      });
      searchIndexed = false;
    } else {
      fs.mkdirSync(staging, { recursive: true });
      await step('render', () => renderAll(specs, cardsToMake, { sourcesHash: sources, staging, siteUrl: options.siteUrl }));
      await step('search', () => indexSearch(staging));
    }

    // write: BIP feeds and JSON, PDF cards, attachments, the manifest.
    const hashes: Record<string, string> = {};
    let rendered = 0;
    let reused = 0;
    await step('bip', () => {
      for (const [file, content] of Object.entries(
        renderBip(published, changes, options.siteUrl, generatedAt, cache.feedItemsValidated, hashOf),
      )) {
        replaceFile(staging, file, content);
      }
    });
    await step('cards', async () => {
      for (const { procedure, hash, file, unchanged, old, reuse } of cards) {
        hashes[procedure.slug] = hash;
        if (!(single && unchanged)) replaceFile(staging, `bip/procedury/${procedure.slug}.json`, `${JSON.stringify(procedure, null, 2)}\n`);
        if (reuse) {
          if (old) replaceWithLink(staging, file, old);
          reused++;
        } else {
          // The full build's workers made it already; a single-change run makes its few here.
          if (single) replaceFile(staging, file, await renderCard(procedure, options.siteUrl));
          rendered++;
        }
      }
      const gone = Object.keys(previous?.hashes ?? {}).filter((slug) => !(slug in hashes));
      for (const slug of gone) {
        removeFile(staging, `bip/procedury/${slug}.json`);
        removeFile(staging, `procedury/${slug}/karta.pdf`);
      }
      writeAttachments(staging, published, entries, fileUrls, options.filesDir);
    });
    const changed = Object.entries(hashes).filter(([slug, hash]) => previous?.hashes[slug] !== hash).length;
    const removed = Object.keys(previous?.hashes ?? {}).filter((slug) => !(slug in hashes)).length;
    const manifest: Manifest = {
      releaseId,
      at: generatedAt,
      hashes,
      releaseHash,
      sources,
      siteUrl: options.siteUrl,
      cards: cardTemplate,
      pages: pageHashes,
      searchIndexed,
    };
    await step('swap', () => {
      replaceFile(staging, MANIFEST_FILE, manifestJson(manifest));
      fs.renameSync(staging, path.join(releasesDir, releaseId));
      swapCurrent(options.outDir, releaseId);
    });
    liveMs = performance.now() - started;
    // After the release is live: old releases go, and a long-running process gets the next run ready.
    await step('after', () => afterRelease(options.outDir, releaseId, options));
    const result = summary(single ? 'changes' : 'full', {
      changed,
      rendered,
      reused,
      removed,
      pages: single ? changedPages.length : specs.length,
      searchPending: !searchIndexed,
    });
    log(
      `Publikacja ${releaseId} (dzień ${day}): opublikowane ${result.live}, zmienione ${changed}, strony ${single ? `przebudowane ${result.pages} z ${specs.length}` : `wszystkie ${specs.length}`}, karty PDF wygenerowane ${rendered}, ponownie użyte ${reused}, usunięte ${removed}, na żywo po ${(result.liveMs / 1000).toFixed(1)} s, czas ${(result.durationMs / 1000).toFixed(1)} s${searchIndexed ? '' : '; indeks wyszukiwarki zostanie odświeżony'}.`,
    );
    return result;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}
