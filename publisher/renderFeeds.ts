import type { ChangeRegisterEntry as ChangeRegisterItem } from '../schemas/types.generated';
import { type AtomEntry, renderAtom } from '../templates/feeds/atom';
import { renderJsonFeed } from '../templates/feeds/jsonFeed';
import type { PublishedProcedure } from './types';

/** One line of the change register across procedures (withdrawn ones included). */
export interface ChangeFeedItem extends ChangeRegisterItem {
  slug: string;
  title: string;
}

const AUTHOR = 'Urząd Miasta Łodzi';

/** The BIP feeds of a release: live procedures (Atom, JSON Feed 1.1) and the change register (Atom). */
export function renderFeeds(
  published: readonly PublishedProcedure[],
  changeItems: readonly ChangeFeedItem[],
  siteUrl: string,
  generatedAt: string,
): Record<string, string> {
  const live = [...published].sort((a, b) => (a.procedure.bip.modifiedAt < b.procedure.bip.modifiedAt ? 1 : -1));
  const url = (slug: string) => `${siteUrl}/procedury/${slug}/`;
  const updated = live[0]?.procedure.bip.modifiedAt ?? generatedAt;
  const liveEntries: AtomEntry[] = live.map(({ procedure: p }) => ({
    id: url(p.slug),
    title: p.title,
    updated: p.bip.modifiedAt,
    link: url(p.slug),
    summary: p.summary,
    authors: p.bip.createdBy,
    category: p.department,
  }));
  const changes = [...changeItems].sort((a, b) => (a.date < b.date ? 1 : -1));
  const changeEntries: AtomEntry[] = changes.map((c) => ({
    id: `${siteUrl}/procedury/${c.slug}/rejestr-zmian/#${c.kind}-${c.version}-${c.date}`,
    title: `${c.kind === 'approval' ? `Wersja ${c.version}` : 'Wycofanie'}: ${c.title}`,
    updated: c.date,
    link: `${siteUrl}/procedury/${c.slug}/rejestr-zmian/`,
    summary: c.note || (c.kind === 'approval' ? 'Zatwierdzono nową wersję opisu.' : 'Wycofano z publikacji.'),
    authors: [c.by],
  }));
  return {
    'bip/feed.atom': renderAtom({
      id: `${siteUrl}/bip/feed.atom`,
      title: 'Procedury — Urząd Miasta Łodzi (BIP)',
      subtitle: 'Obowiązujące opisy procedur: jak załatwić sprawę w urzędzie.',
      updated,
      selfLink: `${siteUrl}/bip/feed.atom`,
      alternateLink: `${siteUrl}/`,
      author: AUTHOR,
      entries: liveEntries,
    }),
    'bip/feed.json': renderJsonFeed({
      title: 'Procedury — Urząd Miasta Łodzi (BIP)',
      home_page_url: `${siteUrl}/`,
      feed_url: `${siteUrl}/bip/feed.json`,
      description: 'Obowiązujące opisy procedur z metryką BIP.',
      items: live.map(({ procedure: p }) => ({
        id: url(p.slug),
        url: url(p.slug),
        title: p.title,
        summary: p.summary,
        date_modified: p.bip.modifiedAt,
        date_published: p.bip.publishedAt,
        tags: [p.department],
        authors: p.bip.createdBy.map((name) => ({ name })),
        _bip: { json: `${siteUrl}/bip/procedury/${p.slug}.json`, version: p.bip.version, publishedBy: p.bip.publishedBy },
      })),
    }),
    'bip/zmiany.atom': renderAtom({
      id: `${siteUrl}/bip/zmiany.atom`,
      title: 'Rejestr zmian procedur — Urząd Miasta Łodzi (BIP)',
      updated: changes[0]?.date ?? generatedAt,
      selfLink: `${siteUrl}/bip/zmiany.atom`,
      alternateLink: `${siteUrl}/`,
      author: AUTHOR,
      entries: changeEntries,
    }),
  };
}
