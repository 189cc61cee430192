import { validatePublicProcedure } from '../schemas';
import { selectLive, wasPublic } from '../schemas/rules/live';
import { projectProcedure, visibleHistory } from '../schemas/rules/project';
import type { RegisterEntry } from '../schemas/rules/register';
import type { PublicProcedure } from '../schemas/types.generated';
import { FileUrls } from './fileUrls';
import { contentHash } from './manifest';
import type { ChangeFeedItem } from './renderFeeds';
import type { PublishedProcedure } from './types';

export class PublishValidationError extends Error {
  constructor(readonly problems: { slug: string; path: string; message: string }[]) {
    super(
      `Publikacja przerwana: ${problems.length} błąd(ów) w danych publicznych — ${problems.map((p) => `${p.slug}: ${p.path} ${p.message}`).join('; ')}`,
    );
    this.name = 'PublishValidationError';
  }
}

/** One live procedure, projected and validated, with the hash of each public JSON. */
interface Projected {
  /** Everything the projection is made from: register entries, the day's visibility, related titles, attachments. */
  key: string;
  published: PublishedProcedure;
  hash: string;
}

/**
 * Projections kept between runs of one process, by procedure: a procedure whose inputs are the
 * same as last run is not projected, validated or hashed again (at 10,000 procedures that is
 * most of a run's work when one of them changed).
 */
export class ProjectionCache {
  readonly byProcedure = new Map<string, Projected>();
  /** The hash of each public JSON object handed out (for page hashes, publisher/pages.ts). */
  readonly hashes = new WeakMap<object, string>();
  /** Feed items already validated, by procedure hash and site URL (publisher/publish.ts, renderBip). */
  readonly feedItemsValidated = new Set<string>();
}

const entryKey = (e: RegisterEntry, day: string) =>
  `${e.kind}.${e.version}.${e.decidedAt}.${e.kind === 'withdrawal' || !e.validFrom || e.validFrom <= day ? 1 : 0}`;

function inputsKey(
  live: RegisterEntry,
  history: readonly RegisterEntry[],
  day: string,
  liveTitles: ReadonlyMap<string, string>,
  fileUrls: FileUrls,
): string {
  const parts = [live.version, ...history.map((e) => entryKey(e, day))];
  for (const { content, files } of history) {
    for (const slug of content?.related ?? []) parts.push(`r:${slug}=${liveTitles.get(slug) ?? ''}`);
    for (const file of files ?? []) parts.push(`f:${fileUrls.url(file)}=${file.size}/${file.mediaType}`);
  }
  return parts.join('|');
}

/**
 * selectLive → project → validate: the live, public procedures on the run's day, with their
 * archived versions, each validated against the public schema (one bad value stops the run and
 * names where it is); and the change register across procedures for the feed.
 */
export function selectAndProject(
  entries: readonly RegisterEntry[],
  at: Date,
  day: string,
  cache: ProjectionCache = new ProjectionCache(),
): { published: PublishedProcedure[]; changes: ChangeFeedItem[]; hashOf: (p: PublicProcedure) => string; fileUrls: FileUrls } {
  const byProcedure = new Map<string, RegisterEntry[]>();
  for (const entry of entries) {
    const history = byProcedure.get(entry.procedureId);
    if (history) history.push(entry);
    else byProcedure.set(entry.procedureId, [entry]);
  }
  const live = [...byProcedure]
    .map(([procedureId, history]) => ({ procedureId, history, entry: selectLive(history, day) }))
    .filter(
      (x): x is { procedureId: string; history: RegisterEntry[]; entry: RegisterEntry } =>
        x.entry !== undefined && x.entry.content?.internal !== true,
    );
  const liveTitles = new Map(live.map(({ entry }) => [entry.slug, entry.content?.title ?? entry.title]));
  const fileUrls = new FileUrls();
  fileUrls.claim(live.map(({ entry }) => entry));
  fileUrls.claim(entries);
  const ctx = { day, liveTitles, fileUrl: fileUrls.url };
  const problems: { slug: string; path: string; message: string }[] = [];
  const published: PublishedProcedure[] = [];
  const seen = new Set<string>();
  for (const { procedureId, history, entry } of live) {
    seen.add(procedureId);
    const key = inputsKey(entry, history, day, liveTitles, fileUrls);
    const cached = cache.byProcedure.get(procedureId);
    if (cached?.key === key) {
      published.push(cached.published);
      continue;
    }
    const item: PublishedProcedure = {
      procedure: projectProcedure(entry, history, ctx),
      // An archived version is public only if it was public while it was live (never an internal one).
      archive: history
        .filter((e) => e.kind === 'approval' && e.version < entry.version && e.content && wasPublic(e, history, at))
        .map((e) =>
          projectProcedure(
            e,
            history.filter((h) => h.decidedAt <= e.decidedAt),
            ctx,
          ),
        ),
    };
    const issues = [item.procedure, ...item.archive].flatMap((p) =>
      validatePublicProcedure(p).map((issue) => ({ slug: p.slug, path: issue.path, message: issue.message })),
    );
    if (issues.length > 0) {
      problems.push(...issues);
      continue;
    }
    const hash = contentHash(item.procedure);
    cache.hashes.set(item.procedure, hash);
    for (const version of item.archive) cache.hashes.set(version, contentHash(version));
    cache.byProcedure.set(procedureId, { key, published: item, hash });
    published.push(item);
  }
  if (problems.length > 0) throw new PublishValidationError(problems);
  for (const procedureId of cache.byProcedure.keys()) if (!seen.has(procedureId)) cache.byProcedure.delete(procedureId);

  const changes: ChangeFeedItem[] = [...byProcedure.values()]
    .filter((history) => history.every((e) => e.content?.internal !== true))
    .flatMap((history) => {
      const last = history.at(-1) as RegisterEntry;
      return visibleHistory(history, day).map((item) => ({ ...item, slug: last.slug, title: last.title }));
    });
  return { published, changes, hashOf: (p) => cache.hashes.get(p) ?? contentHash(p), fileUrls };
}
