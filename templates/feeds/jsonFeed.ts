import { arrayLastFrame, ELEMENT_SEPARATOR, elementText } from '../jsonText';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a string: pure, no I/O. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  date_modified: string;
  date_published?: string;
  tags?: string[];
  authors?: { name: string }[];
  _bip?: Record<string, unknown>;
}

export interface JsonFeed {
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  /** The feed's own extension (JSON Feed 1.1: custom keys start with "_"): where its items' schema is published. */
  _bip?: Record<string, unknown>;
  items: readonly JsonFeedItem[];
}

/**
 * The feed as `JSON.stringify(feed, null, 2)` writes it, its items last, each item's text from
 * `itemText` (by default made now; a publisher keeps them between runs).
 */
export function renderJsonFeed(feed: JsonFeed, itemText: (item: JsonFeedItem, index: number) => string = elementText): string {
  const { items, ...head } = feed;
  const frame = arrayLastFrame({ version: 'https://jsonfeed.org/version/1.1', language: 'pl', ...head }, 'items');
  return items.length === 0 ? frame.empty : `${frame.open}${items.map(itemText).join(ELEMENT_SEPARATOR)}${frame.close}`;
}
