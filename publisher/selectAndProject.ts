import { validatePublicProcedure } from '../schemas';
import { selectLive, wasPublic } from '../schemas/rules/live';
import { type ProjectionContext, projectProcedure, visibleHistory } from '../schemas/rules/project';
import type { RegisterEntry } from '../schemas/rules/register';
import type { PublicProcedure } from '../schemas/types.generated';
import { FileUrls } from './fileUrls';
import { contentHash } from './manifest';
import type { ChangeFeedItem } from './renderFeeds';
import type { PublishedProcedure } from './types';

/** One reason public data was refused: whose, where, what. */
export interface PublishProblem {
  slug: string;
  path: string;
  message: string;
}

export class PublishValidationError extends Error {
  constructor(readonly problems: PublishProblem[]) {
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

  /** Keeps a fresh projection and the hashes of its public JSON. */
  keep(procedureId: string, key: string, published: PublishedProcedure): void {
    const hash = contentHash(published.procedure);
    this.hashes.set(published.procedure, hash);
    for (const version of published.archive) this.hashes.set(version, contentHash(version));
    this.byProcedure.set(procedureId, { key, published, hash });
  }

  /** Drops the procedures that are no longer live. */
  forgetAllBut(live: ReadonlySet<string>): void {
    for (const procedureId of this.byProcedure.keys()) if (!live.has(procedureId)) this.byProcedure.delete(procedureId);
  }
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

/** What a run publishes: the live procedures, the change register for the feed, and how to address their hashes and files. */
export interface Projection {
  published: PublishedProcedure[];
  changes: ChangeFeedItem[];
  hashOf: (p: PublicProcedure) => string;
  /** The hash of each public JSON object handed out (page hashes stand them in, publisher/pages.ts). */
  knownHashes: WeakMap<object, string>;
  fileUrls: FileUrls;
}

interface LiveProcedure {
  procedureId: string;
  history: RegisterEntry[];
  entry: RegisterEntry;
}

type Problem = PublishValidationError['problems'][number];

function groupByProcedure(entries: readonly RegisterEntry[]): Map<string, RegisterEntry[]> {
  const byProcedure = new Map<string, RegisterEntry[]>();
  for (const entry of entries) {
    const history = byProcedure.get(entry.procedureId);
    if (history) history.push(entry);
    else byProcedure.set(entry.procedureId, [entry]);
  }
  return byProcedure;
}

/** The procedures with a live version on the day that is not internal. */
function liveProcedures(byProcedure: ReadonlyMap<string, RegisterEntry[]>, day: string): LiveProcedure[] {
  return [...byProcedure]
    .map(([procedureId, history]) => ({ procedureId, history, entry: selectLive(history, day) }))
    .filter((x): x is LiveProcedure => x.entry !== undefined && x.entry.content?.internal !== true);
}

/** One live procedure projected with its public archive, or the problems that keep it from the public schema. */
function projectOne({ history, entry }: LiveProcedure, at: Date, ctx: ProjectionContext): PublishedProcedure | Problem[] {
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
  return issues.length > 0 ? issues : item;
}

/** The change register across procedures, for the feed (a procedure ever internal stays out). */
function changeFeed(byProcedure: ReadonlyMap<string, RegisterEntry[]>, day: string): ChangeFeedItem[] {
  return [...byProcedure.values()]
    .filter((history) => history.every((e) => e.content?.internal !== true))
    .flatMap((history) => {
      const last = history.at(-1) as RegisterEntry;
      return visibleHistory(history, day).map((item) => ({ ...item, slug: last.slug, title: last.title }));
    });
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
): Projection {
  const byProcedure = groupByProcedure(entries);
  const live = liveProcedures(byProcedure, day);
  const liveTitles = new Map(live.map(({ entry }) => [entry.slug, entry.content?.title ?? entry.title]));
  const fileUrls = new FileUrls();
  fileUrls.claim(live.map(({ entry }) => entry));
  fileUrls.claim(entries);
  const ctx: ProjectionContext = { day, liveTitles, fileUrl: fileUrls.url };
  const problems: Problem[] = [];
  const published: PublishedProcedure[] = [];
  for (const procedure of live) {
    const key = inputsKey(procedure.entry, procedure.history, day, liveTitles, fileUrls);
    const cached = cache.byProcedure.get(procedure.procedureId);
    const item = cached?.key === key ? cached.published : projectOne(procedure, at, ctx);
    if (Array.isArray(item)) problems.push(...item);
    else {
      if (item !== cached?.published) cache.keep(procedure.procedureId, key, item);
      published.push(item);
    }
  }
  if (problems.length > 0) throw new PublishValidationError(problems);
  cache.forgetAllBut(new Set(live.map((p) => p.procedureId)));
  return {
    published,
    changes: changeFeed(byProcedure, day),
    hashOf: (p) => cache.hashes.get(p) ?? contentHash(p),
    knownHashes: cache.hashes,
    fileUrls,
  };
}
