import { validateFeedItem } from '../schemas';
import { type ChangeFeedItem, renderFeeds } from './renderFeeds';
import { PublishValidationError } from './selectAndProject';
import type { PublishedProcedure } from './types';

/** The BIP files of a release: feeds (validated item by item) and the public JSON. */
export function renderBip(
  published: readonly PublishedProcedure[],
  changes: readonly ChangeFeedItem[],
  siteUrl: string,
  generatedAt: string,
  validated: Set<string>,
  hashOf: (p: PublishedProcedure['procedure']) => string,
) {
  const files: Record<string, string> = renderFeeds(published, changes, siteUrl, generatedAt);
  // A feed item follows from its procedure and the site URL: once validated, it stays valid.
  const key = (p: PublishedProcedure['procedure']) => `${hashOf(p)} ${siteUrl}`;
  const fresh = new Set(published.map(({ procedure }) => key(procedure)).filter((k) => !validated.has(k)));
  if (fresh.size > 0) {
    const keyOf = new Map(published.map(({ procedure }) => [`${siteUrl}/procedury/${procedure.slug}/`, key(procedure)]));
    const items = (JSON.parse(files['bip/feed.json'] as string) as { items: { id: string }[] }).items;
    const feedProblems = items
      .filter((item) => fresh.has(keyOf.get(item.id) ?? ''))
      .flatMap((item) =>
        validateFeedItem(item).map((issue) => ({ slug: item.id, path: `feed.json ${issue.path}`, message: issue.message })),
      );
    if (feedProblems.length > 0) throw new PublishValidationError(feedProblems);
    for (const k of fresh) validated.add(k);
  }
  files['bip/procedury/index.json'] = `${JSON.stringify(
    {
      generatedAt,
      procedures: published.map(({ procedure: p }) => ({
        slug: p.slug,
        title: p.title,
        department: p.department,
        version: p.bip.version,
        modifiedAt: p.bip.modifiedAt,
        url: `${siteUrl}/bip/procedury/${p.slug}.json`,
      })),
    },
    null,
    2,
  )}\n`;
  return files;
}
