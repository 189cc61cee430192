import { validateFeedItem } from '../schemas';
import { absolute, fileOf, routes } from '../schemas/rules/routes';
import type { PublicProcedure } from '../schemas/types.generated';
import { type ChangeFeedItem, renderFeeds } from './renderFeeds';
import { PublishValidationError } from './selectAndProject';
import type { PublishedProcedure } from './types';

/**
 * Validates the feed items of procedures not validated before (a feed item follows from its
 * procedure and the site URL: once valid, it stays valid); throws naming every problem.
 */
function validateFreshItems(
  feedJson: string,
  published: readonly PublishedProcedure[],
  siteUrl: string,
  validated: Set<string>,
  hashOf: (p: PublicProcedure) => string,
): void {
  const key = (p: PublicProcedure) => `${hashOf(p)} ${siteUrl}`;
  const fresh = new Set(published.map(({ procedure }) => key(procedure)).filter((k) => !validated.has(k)));
  if (fresh.size === 0) return;
  const keyOf = new Map(published.map(({ procedure }) => [absolute(siteUrl, routes.procedure(procedure.slug)), key(procedure)]));
  const items = (JSON.parse(feedJson) as { items: { id: string }[] }).items;
  const feedProblems = items
    .filter((item) => fresh.has(keyOf.get(item.id) ?? ''))
    .flatMap((item) => validateFeedItem(item).map((issue) => ({ slug: item.id, path: `feed.json ${issue.path}`, message: issue.message })));
  if (feedProblems.length > 0) throw new PublishValidationError(feedProblems);
  for (const k of fresh) validated.add(k);
}

/** `bip/procedury/index.json`: every live procedure with the address of its JSON. */
function procedureIndex(published: readonly PublishedProcedure[], siteUrl: string, generatedAt: string): string {
  return `${JSON.stringify(
    {
      generatedAt,
      procedures: published.map(({ procedure: p }) => ({
        slug: p.slug,
        title: p.title,
        department: p.department,
        version: p.bip.version,
        modifiedAt: p.bip.modifiedAt,
        url: absolute(siteUrl, routes.bipProcedureJson(p.slug)),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The BIP files of a release by their file: feeds (validated item by item) and the index of the public JSON. */
export function renderBip(
  published: readonly PublishedProcedure[],
  changes: readonly ChangeFeedItem[],
  siteUrl: string,
  generatedAt: string,
  validated: Set<string>,
  hashOf: (p: PublicProcedure) => string,
): Record<string, string> {
  const files = renderFeeds(published, changes, siteUrl, generatedAt);
  validateFreshItems(files[fileOf(routes.bipFeedJson())] as string, published, siteUrl, validated, hashOf);
  files[fileOf(routes.bipIndexJson())] = procedureIndex(published, siteUrl, generatedAt);
  return files;
}

/** A live procedure's public JSON (`bip/procedury/<slug>.json`). */
export const procedureJson = (procedure: PublicProcedure): string => `${JSON.stringify(procedure, null, 2)}\n`;
