import { validateFeedItem } from '../schemas';
import { absolute, fileOf, routes } from '../schemas/rules/routes';
import type { ChangeRegisterEntry as ChangeRegisterItem, PublicProcedure } from '../schemas/types.generated';
import type { XmlFragment } from '../templates/escape/xml';
import { type AtomEntry, atomEntry, renderAtom } from '../templates/feeds/atom';
import { type JsonFeedItem, renderJsonFeed } from '../templates/feeds/jsonFeed';
import { elementText } from '../templates/jsonText';
import { KeptTexts } from '../templates/keptTexts';
import { schemaUrl } from './publicSchemas';
import { type PublishProblem, PublishValidationError } from './selectAndProject';
import type { PublishedProcedure } from './types';

/** One line of the change register across procedures (withdrawn ones included). */
export interface ChangeFeedItem extends ChangeRegisterItem {
  slug: string;
  title: string;
}

const AUTHOR = 'Urząd Miasta Łodzi';
const LIVE_TITLE = 'Procedury — Urząd Miasta Łodzi (BIP)';

/** Newest first. */
const byModified = (published: readonly PublishedProcedure[]) =>
  [...published].sort((a, b) => (a.procedure.bip.modifiedAt < b.procedure.bip.modifiedAt ? 1 : -1));

const liveUrl = (siteUrl: string, slug: string) => absolute(siteUrl, routes.procedure(slug));

/** A live procedure as an Atom entry. */
const atomItem = (p: PublicProcedure, siteUrl: string): AtomEntry => ({
  id: liveUrl(siteUrl, p.slug),
  title: p.title,
  updated: p.bip.modifiedAt,
  link: liveUrl(siteUrl, p.slug),
  summary: p.summary,
  authors: p.bip.createdBy,
  category: p.department,
});

/** A live procedure as a JSON Feed item, with its BIP metadata. */
const jsonItem = (p: PublicProcedure, siteUrl: string): JsonFeedItem => ({
  id: liveUrl(siteUrl, p.slug),
  url: liveUrl(siteUrl, p.slug),
  title: p.title,
  summary: p.summary,
  date_modified: p.bip.modifiedAt,
  date_published: p.bip.publishedAt,
  tags: [p.department],
  authors: p.bip.createdBy.map((name) => ({ name })),
  _bip: { json: absolute(siteUrl, routes.bipProcedureJson(p.slug)), version: p.bip.version, publishedBy: p.bip.publishedBy },
});

/** A live procedure's entry in each live feed, as text. */
interface FeedEntries {
  atom: XmlFragment;
  json: string;
}

/** Each live procedure's feed entries by the site and its content hash, kept between publish runs of one process. */
const keptEntries = new KeptTexts<FeedEntries>();

/**
 * The live procedures' feed entries, in order: made now, or (with `hashOf`) kept from the last run
 * while a procedure is unchanged. Each JSON Feed item made is validated against its published
 * schema (a kept one was when it was made); throws naming every problem, keeping nothing of the run.
 */
function liveEntries(live: readonly PublishedProcedure[], siteUrl: string, hashOf?: (p: PublicProcedure) => string): FeedEntries[] {
  const problems: PublishProblem[] = [];
  const made = (p: PublicProcedure): FeedEntries => {
    const item = jsonItem(p, siteUrl);
    const json = elementText(item);
    for (const issue of validateFeedItem(JSON.parse(json)))
      problems.push({ slug: item.id, path: `feed.json ${issue.path}`, message: issue.message });
    return { atom: atomEntry(atomItem(p, siteUrl)), json };
  };
  const entries = live.map(({ procedure }) =>
    hashOf ? keptEntries.get(`${siteUrl}\u0000${hashOf(procedure)}`, () => made(procedure)) : made(procedure),
  );
  if (problems.length > 0) {
    keptEntries.discardRun();
    throw new PublishValidationError(problems);
  }
  if (hashOf) keptEntries.endRun();
  return entries;
}

/** The live procedures as Atom. */
function liveAtom(live: readonly PublishedProcedure[], entries: readonly FeedEntries[], siteUrl: string, generatedAt: string): string {
  return renderAtom({
    id: absolute(siteUrl, routes.bipFeedAtom()),
    title: LIVE_TITLE,
    subtitle: 'Obowiązujące opisy procedur: jak załatwić sprawę w urzędzie.',
    updated: live[0]?.procedure.bip.modifiedAt ?? generatedAt,
    selfLink: absolute(siteUrl, routes.bipFeedAtom()),
    alternateLink: absolute(siteUrl, routes.home()),
    author: AUTHOR,
    entries: entries.map((e) => e.atom),
  });
}

/** The live procedures as JSON Feed 1.1, each item with its BIP metadata. */
function liveJsonFeed(live: readonly PublishedProcedure[], entries: readonly FeedEntries[], siteUrl: string): string {
  return renderJsonFeed(
    {
      title: LIVE_TITLE,
      home_page_url: absolute(siteUrl, routes.home()),
      feed_url: absolute(siteUrl, routes.bipFeedJson()),
      description: 'Obowiązujące opisy procedur z metryką BIP.',
      _bip: { itemSchema: schemaUrl('feed-item.schema.json', siteUrl) },
      items: live.map(({ procedure }) => jsonItem(procedure, siteUrl)),
    },
    (_item, i) => (entries[i] as FeedEntries).json,
  );
}

/** A line of the change register as an Atom entry. */
const changeEntry = (c: ChangeFeedItem, siteUrl: string): AtomEntry => ({
  id: `${absolute(siteUrl, routes.changeRegister(c.slug))}#${c.kind}-${c.version}-${c.date}`,
  title: `${c.kind === 'approval' ? `Wersja ${c.version}` : 'Wycofanie'}: ${c.title}`,
  updated: c.date,
  link: absolute(siteUrl, routes.changeRegister(c.slug)),
  summary: c.note || (c.kind === 'approval' ? 'Zatwierdzono nową wersję opisu.' : 'Wycofano z publikacji.'),
  authors: [c.by],
});

/** Each change register line's entry by everything it is made from, kept between publish runs of one process. */
const keptChangeEntries = new KeptTexts<XmlFragment>();

/** The change register across procedures as Atom, newest first (with `keep`, each line's entry kept between runs). */
function changesAtom(changeItems: readonly ChangeFeedItem[], siteUrl: string, generatedAt: string, keep: boolean): string {
  const changes = [...changeItems].sort((a, b) => (a.date < b.date ? 1 : -1));
  const entryOf = (c: ChangeFeedItem) => {
    if (!keep) return changeEntry(c, siteUrl);
    const key = JSON.stringify([siteUrl, c.slug, c.kind, c.version, c.date, c.title, c.note, c.by]);
    return keptChangeEntries.get(key, () => atomEntry(changeEntry(c, siteUrl)));
  };
  const entries = changes.map(entryOf);
  if (keep) keptChangeEntries.endRun();
  return renderAtom({
    id: absolute(siteUrl, routes.bipChangesAtom()),
    title: 'Rejestr zmian procedur — Urząd Miasta Łodzi (BIP)',
    updated: changes[0]?.date ?? generatedAt,
    selfLink: absolute(siteUrl, routes.bipChangesAtom()),
    alternateLink: absolute(siteUrl, routes.home()),
    author: AUTHOR,
    entries,
  });
}

/**
 * The BIP feeds of a release, by their file: live procedures (Atom, JSON Feed 1.1) and the change
 * register (Atom). With `hashOf` (each procedure's content hash) a procedure's entries, and each
 * register line's, are kept between runs of one process: after a decision only the changed ones are made again.
 */
export function renderFeeds(
  published: readonly PublishedProcedure[],
  changeItems: readonly ChangeFeedItem[],
  siteUrl: string,
  generatedAt: string,
  hashOf?: (p: PublicProcedure) => string,
): Record<string, string> {
  const live = byModified(published);
  const entries = liveEntries(live, siteUrl, hashOf);
  return {
    [fileOf(routes.bipFeedAtom())]: liveAtom(live, entries, siteUrl, generatedAt),
    [fileOf(routes.bipFeedJson())]: liveJsonFeed(live, entries, siteUrl),
    [fileOf(routes.bipChangesAtom())]: changesAtom(changeItems, siteUrl, generatedAt, hashOf !== undefined),
  };
}
