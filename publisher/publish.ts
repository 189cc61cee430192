import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { warsawDay } from '../cms/time/warsawDay';
import { validateFeedItem, validatePublicProcedure } from '../schemas';
import { renderCard } from '../templates/pdf/card';
import { buildSite } from './buildSite';
import { indexSearch } from './indexSearch';
import { loadRegister } from './load';
import { acquireLock } from './lock';
import { projectProcedure, visibleHistory } from './project';
import { type ChangeFeedItem, renderFeeds } from './renderFeeds';
import { selectLive } from './selectLive';
import { buildSiteData } from './siteData';
import { pruneReleases, swapCurrent } from './swap';
import type { PublishedProcedure, RegisterEntry } from './types';

/** Bump when a rendering template changes, so that unchanged content is rendered again. */
export const TEMPLATE_VERSION = '1';

export interface PublishOptions {
  at: Date;
  outDir: string;
  uploadsDir: string;
  siteUrl: string;
  full?: boolean;
  log?: (message: string) => void;
}

export interface PublishSummary {
  releaseId: string;
  day: string;
  live: number;
  changed: number;
  rendered: number;
  reused: number;
  removed: number;
  durationMs: number;
}

export class PublishValidationError extends Error {
  constructor(readonly problems: { slug: string; path: string; message: string }[]) {
    super(
      `Publikacja przerwana: ${problems.length} błąd(ów) w danych publicznych — ${problems.map((p) => `${p.slug}: ${p.path} ${p.message}`).join('; ')}`,
    );
    this.name = 'PublishValidationError';
  }
}

interface Manifest {
  releaseId: string;
  at: string;
  hashes: Record<string, string>;
  /** Everything the release is made of: public content, the change register, the templates. */
  releaseHash?: string;
}

const SOURCE_DIRS = ['site/src', 'site/astro.config.mjs', 'templates', 'publisher'];
let sourcesHash: string | undefined;

/** A hash of the rendering code itself, so a new template version rebuilds every page. */
function renderingSourcesHash(): string {
  if (sourcesHash) return sourcesHash;
  const root = path.resolve(import.meta.dirname, '..');
  const hash = createHash('sha256').update(TEMPLATE_VERSION);
  const walk = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) for (const name of fs.readdirSync(target).sort()) walk(path.join(target, name));
    else hash.update(target).update(fs.readFileSync(target));
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  sourcesHash = hash.digest('hex');
  return sourcesHash;
}

const sha = (value: unknown) => createHash('sha256').update(TEMPLATE_VERSION).update(JSON.stringify(value)).digest('hex');

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, 'current', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** selectLive → project: the live, public procedures on the run's day, with their archived versions. */
export function selectAndProject(
  entries: readonly RegisterEntry[],
  attachments: Map<string, { fileName: string; mediaType: string; size: number }>,
  day: string,
) {
  const byProcedure = new Map<string, RegisterEntry[]>();
  for (const entry of entries) byProcedure.set(entry.procedureId, [...(byProcedure.get(entry.procedureId) ?? []), entry]);
  const live = [...byProcedure.values()]
    .map((history) => ({ history, entry: selectLive(history, day) }))
    .filter((x): x is { history: RegisterEntry[]; entry: RegisterEntry } => x.entry !== undefined && x.entry.content?.internal !== true);
  const liveTitles = new Map(live.map(({ entry }) => [entry.slug, entry.content?.title ?? entry.title]));
  const ctx = { day, liveTitles, attachments };
  const published: PublishedProcedure[] = live.map(({ entry, history }) => ({
    procedure: projectProcedure(entry, history, ctx),
    archive: history
      .filter((e) => e.kind === 'approval' && e.version < entry.version && e.content && (!e.validFrom || e.validFrom <= day))
      .map((e) =>
        projectProcedure(
          e,
          history.filter((h) => h.decidedAt <= e.decidedAt),
          ctx,
        ),
      ),
  }));
  const changes: ChangeFeedItem[] = [...byProcedure.values()]
    .filter((history) => history.every((e) => e.content?.internal !== true))
    .flatMap((history) => {
      const last = history.at(-1) as RegisterEntry;
      return visibleHistory(history, day).map((item) => ({ ...item, slug: last.slug, title: last.title }));
    });
  return { published, changes };
}

/**
 * One publish run (DESIGN.md, "Public outputs"): selectLive → project → validate → render →
 * write → swap. The release is built in a staging folder and swapped in by one rename; any
 * failure leaves the previous release live.
 */
export async function publish(payload: Payload, options: PublishOptions): Promise<PublishSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const release = acquireLock(options.outDir);
  const releasesDir = path.join(options.outDir, 'releases');
  const releaseId = `${options.at.toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15)}-${Date.now().toString(36)}`;
  const staging = path.join(releasesDir, `.staging-${releaseId}`);
  try {
    const day = warsawDay(options.at);
    const { entries, attachments } = await loadRegister(payload, options.uploadsDir);
    const { published, changes } = selectAndProject(entries, attachments, day);

    const problems = published.flatMap(({ procedure, archive }) =>
      [procedure, ...archive].flatMap((p) =>
        validatePublicProcedure(p).map((issue) => ({ slug: p.slug, path: issue.path, message: issue.message })),
      ),
    );
    if (problems.length > 0) throw new PublishValidationError(problems);

    const previous = options.full ? undefined : readManifest(options.outDir);
    const previousDir = previous ? path.join(releasesDir, previous.releaseId) : undefined;
    // Nothing changed since the live release (content, register, templates): it stays as it is.
    const releaseHash = sha({ published, changes, siteUrl: options.siteUrl, sources: renderingSourcesHash() });
    if (previous?.releaseHash === releaseHash && previousDir && fs.existsSync(previousDir)) {
      pruneReleases(options.outDir);
      const summary = {
        releaseId: previous.releaseId,
        day,
        live: published.length,
        changed: 0,
        rendered: 0,
        reused: published.length,
        removed: 0,
        durationMs: Date.now() - started,
      };
      log(
        `Bez zmian od wydania ${previous.releaseId} (dzień ${day}): opublikowane ${published.length}, czas ${(summary.durationMs / 1000).toFixed(1)} s.`,
      );
      return summary;
    }
    fs.mkdirSync(staging, { recursive: true });

    // The portal (Astro empties its outDir, so it goes first).
    const generatedAt = options.at.toISOString();
    const dataFile = path.join(releasesDir, `.site-data-${releaseId}.json`);
    fs.writeFileSync(dataFile, JSON.stringify(buildSiteData(published, options.siteUrl, generatedAt)));
    try {
      await buildSite(staging, dataFile);
      // Astro's content-layer stubs are build artefacts, not part of the site.
      for (const stub of ['content-assets.mjs', 'content-modules.mjs']) fs.rmSync(path.join(staging, stub), { force: true });
      await indexSearch(staging);
    } finally {
      fs.rmSync(dataFile, { force: true });
    }

    const write = (relative: string, content: string | Uint8Array) => {
      const file = path.join(staging, relative);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    };
    const feeds = renderFeeds(published, changes, options.siteUrl, generatedAt);
    const feedProblems = (JSON.parse(feeds['bip/feed.json'] as string) as { items: { id: string }[] }).items.flatMap((item) =>
      validateFeedItem(item).map((issue) => ({ slug: item.id, path: `feed.json ${issue.path}`, message: issue.message })),
    );
    if (feedProblems.length > 0) throw new PublishValidationError(feedProblems);
    for (const [file, content] of Object.entries(feeds)) write(file, content);
    write(
      'bip/procedury/index.json',
      `${JSON.stringify({ generatedAt, procedures: published.map(({ procedure: p }) => ({ slug: p.slug, title: p.title, department: p.department, version: p.bip.version, modifiedAt: p.bip.modifiedAt, url: `${options.siteUrl}/bip/procedury/${p.slug}.json` })) }, null, 2)}\n`,
    );

    const hashes: Record<string, string> = {};
    let rendered = 0;
    let reused = 0;
    for (const { procedure } of published) {
      write(`bip/procedury/${procedure.slug}.json`, `${JSON.stringify(procedure, null, 2)}\n`);
      const hash = sha(procedure);
      hashes[procedure.slug] = hash;
      const card = `procedury/${procedure.slug}/karta.pdf`;
      const old = previousDir && previous?.hashes[procedure.slug] === hash ? path.join(previousDir, card) : undefined;
      if (old && fs.existsSync(old)) {
        fs.mkdirSync(path.dirname(path.join(staging, card)), { recursive: true });
        fs.copyFileSync(old, path.join(staging, card));
        reused++;
      } else {
        write(card, await renderCard(procedure, options.siteUrl));
        rendered++;
      }
      for (const doc of [
        ...(procedure.requiredDocuments ?? []).flatMap((d) => [d.file, d.sampleFile]),
        ...(procedure.otherDocuments ?? []).map((d) => d.file),
      ]) {
        const source = doc ? attachments.get(doc.fileName) : undefined;
        if (!doc || !source) continue;
        fs.mkdirSync(path.join(staging, 'pliki'), { recursive: true });
        fs.copyFileSync(source.path, path.join(staging, 'pliki', doc.fileName));
      }
    }
    const previousSlugs = new Set(Object.keys(previous?.hashes ?? {}));
    const changed = Object.entries(hashes).filter(([slug, hash]) => previous?.hashes[slug] !== hash).length;
    const removed = [...previousSlugs].filter((slug) => !(slug in hashes)).length;
    write('manifest.json', `${JSON.stringify({ releaseId, at: generatedAt, hashes, releaseHash } satisfies Manifest, null, 2)}\n`);

    fs.renameSync(staging, path.join(releasesDir, releaseId));
    swapCurrent(options.outDir, releaseId);
    pruneReleases(options.outDir);
    const summary = { releaseId, day, live: published.length, changed, rendered, reused, removed, durationMs: Date.now() - started };
    log(
      `Publikacja ${releaseId} (dzień ${day}): opublikowane ${summary.live}, zmienione ${changed}, karty PDF wygenerowane ${rendered}, ponownie użyte ${reused}, usunięte ${removed}, czas ${(summary.durationMs / 1000).toFixed(1)} s.`,
    );
    return summary;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  } finally {
    release();
  }
}
