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

/** An item's text as it stands in the feed (inside `items`): a publisher keeps it between runs. */
export const jsonFeedItemText = (item: JsonFeedItem): string => `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;

const EMPTY_ITEMS = '"items": []\n}';

/**
 * The feed as `JSON.stringify(feed, null, 2)` writes it, its items last, each item's text from
 * `itemText` (by default made now).
 */
export function renderJsonFeed(feed: JsonFeed, itemText: (item: JsonFeedItem, index: number) => string = jsonFeedItemText): string {
  const { items, ...head } = feed;
  const text = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', language: 'pl', ...head, items: [] }, null, 2);
  if (items.length === 0) return `${text}\n`;
  if (!text.endsWith(EMPTY_ITEMS)) throw new Error('JSON Feed: items must be the last member');
  return `${text.slice(0, -EMPTY_ITEMS.length)}"items": [\n${items.map(itemText).join(',\n')}\n  ]\n}\n`;
}
