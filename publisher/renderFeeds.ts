import { absolute, fileOf, routes } from '../schemas/rules/routes';
import type { ChangeRegisterEntry as ChangeRegisterItem } from '../schemas/types.generated';
import { renderAtom } from '../templates/feeds/atom';
import { renderJsonFeed } from '../templates/feeds/jsonFeed';
import { schemaUrl } from './publicSchemas';
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

/** The live procedures as Atom. */
function liveAtom(live: readonly PublishedProcedure[], siteUrl: string, generatedAt: string): string {
  const url = (slug: string) => absolute(siteUrl, routes.procedure(slug));
  return renderAtom({
    id: absolute(siteUrl, routes.bipFeedAtom()),
    title: LIVE_TITLE,
    subtitle: 'Obowiązujące opisy procedur: jak załatwić sprawę w urzędzie.',
    updated: live[0]?.procedure.bip.modifiedAt ?? generatedAt,
    selfLink: absolute(siteUrl, routes.bipFeedAtom()),
    alternateLink: absolute(siteUrl, routes.home()),
    author: AUTHOR,
    entries: live.map(({ procedure: p }) => ({
      id: url(p.slug),
      title: p.title,
      updated: p.bip.modifiedAt,
      link: url(p.slug),
      summary: p.summary,
      authors: p.bip.createdBy,
      category: p.department,
    })),
  });
}

/** The live procedures as JSON Feed 1.1, each item with its BIP metadata. */
function liveJsonFeed(live: readonly PublishedProcedure[], siteUrl: string): string {
  const url = (slug: string) => absolute(siteUrl, routes.procedure(slug));
  return renderJsonFeed({
    title: LIVE_TITLE,
    home_page_url: absolute(siteUrl, routes.home()),
    feed_url: absolute(siteUrl, routes.bipFeedJson()),
    description: 'Obowiązujące opisy procedur z metryką BIP.',
    _bip: { itemSchema: schemaUrl('feed-item.schema.json', siteUrl) },
    items: live.map(({ procedure: p }) => ({
      id: url(p.slug),
      url: url(p.slug),
      title: p.title,
      summary: p.summary,
      date_modified: p.bip.modifiedAt,
      date_published: p.bip.publishedAt,
      tags: [p.department],
      authors: p.bip.createdBy.map((name) => ({ name })),
      _bip: { json: absolute(siteUrl, routes.bipProcedureJson(p.slug)), version: p.bip.version, publishedBy: p.bip.publishedBy },
    })),
  });
}

/** The change register across procedures as Atom, newest first. */
function changesAtom(changeItems: readonly ChangeFeedItem[], siteUrl: string, generatedAt: string): string {
  const changes = [...changeItems].sort((a, b) => (a.date < b.date ? 1 : -1));
  return renderAtom({
    id: absolute(siteUrl, routes.bipChangesAtom()),
    title: 'Rejestr zmian procedur — Urząd Miasta Łodzi (BIP)',
    updated: changes[0]?.date ?? generatedAt,
    selfLink: absolute(siteUrl, routes.bipChangesAtom()),
    alternateLink: absolute(siteUrl, routes.home()),
    author: AUTHOR,
    entries: changes.map((c) => ({
      id: `${absolute(siteUrl, routes.changeRegister(c.slug))}#${c.kind}-${c.version}-${c.date}`,
      title: `${c.kind === 'approval' ? `Wersja ${c.version}` : 'Wycofanie'}: ${c.title}`,
      updated: c.date,
      link: absolute(siteUrl, routes.changeRegister(c.slug)),
      summary: c.note || (c.kind === 'approval' ? 'Zatwierdzono nową wersję opisu.' : 'Wycofano z publikacji.'),
      authors: [c.by],
    })),
  });
}

/** The BIP feeds of a release, by their file: live procedures (Atom, JSON Feed 1.1) and the change register (Atom). */
export function renderFeeds(
  published: readonly PublishedProcedure[],
  changeItems: readonly ChangeFeedItem[],
  siteUrl: string,
  generatedAt: string,
): Record<string, string> {
  const live = byModified(published);
  return {
    [fileOf(routes.bipFeedAtom())]: liveAtom(live, siteUrl, generatedAt),
    [fileOf(routes.bipFeedJson())]: liveJsonFeed(live, siteUrl),
    [fileOf(routes.bipChangesAtom())]: changesAtom(changeItems, siteUrl, generatedAt),
  };
}
