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
  items: JsonFeedItem[];
}

export function renderJsonFeed(feed: JsonFeed): string {
  return `${JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', language: 'pl', ...feed }, null, 2)}\n`;
}
