import { isXmlFragment, type XmlFragment, xml, xmlDocument } from '../escape/xml';

/** Atom 1.0 (RFC 4287) as a string: pure, no I/O (`renderAtom(feed): string`). */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
  /** One `<author>` per person (RFC 4287 §4.2.1: an author is a Person construct). */
  authors?: readonly string[];
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
  /** Entries, or entries made before by `atomEntry` (a publisher keeps them between runs). */
  entries: readonly (AtomEntry | XmlFragment)[];
}

const author = (name: string) => xml`<author><name>${name}</name></author>`;

/** One `<entry>`, escaped by construction. */
export function atomEntry(e: AtomEntry): XmlFragment {
  return xml`
  <entry>
    <id>${e.id}</id>
    <title>${e.title}</title>
    <updated>${e.updated}</updated>
    <link rel="alternate" type="text/html" href="${e.link}"/>${(e.authors ?? []).map(
      (name) => xml`
    ${author(name)}`,
    )}${
      e.category &&
      xml`
    <category term="${e.category}"/>`
    }
    <summary type="text">${e.summary}</summary>
  </entry>`;
}

export function renderAtom(feed: AtomFeed): string {
  return xmlDocument(xml`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pl">
  <id>${feed.id}</id>
  <title>${feed.title}</title>${
    feed.subtitle &&
    xml`
  <subtitle>${feed.subtitle}</subtitle>`
  }
  <updated>${feed.updated}</updated>
  <link rel="self" type="application/atom+xml" href="${feed.selfLink}"/>
  <link rel="alternate" type="text/html" href="${feed.alternateLink}"/>
  ${author(feed.author)}${feed.entries.map((e) => (isXmlFragment(e) ? e : atomEntry(e)))}
</feed>`);
}
