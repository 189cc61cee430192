/** Atom 1.0 (RFC 4287) as a string: pure, no I/O (`renderAtom(feed): string`). */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  author?: string;
  category?: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  selfLink: string;
  alternateLink: string;
  author: string;
  entries: AtomEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);

export function renderAtom(feed: AtomFeed): string {
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <updated>${escapeXml(e.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
    ${e.author ? `<author><name>${escapeXml(e.author)}</name></author>\n    ` : ''}${e.category ? `<category term="${escapeXml(e.category)}"/>\n    ` : ''}<summary type="text">${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>\n` : ''}  <updated>${escapeXml(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateLink)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries}
</feed>
`;
}
