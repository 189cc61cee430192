import { xml, xmlDocument } from '../escape/xml';

/** One page of the portal in the sitemap: its full URL and when what it shows last changed. */
export interface SitemapEntry {
  url: string;
  /** An instant (ISO 8601) or a calendar date (W3C Datetime, as the Sitemaps protocol wants). */
  lastmod: string;
}

/** The Sitemaps protocol's limit of URLs in one file (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A `<urlset>` of at most `SITEMAP_LIMIT` pages: pure, every value escaped (templates/escape/xml.ts). */
export function renderUrlSet(entries: readonly SitemapEntry[]): string {
  if (entries.length > SITEMAP_LIMIT) throw new RangeError(`Mapa strony: ${entries.length} adresów, najwyżej ${SITEMAP_LIMIT}.`);
  return xmlDocument(xml`<urlset xmlns="${NS}">${entries.map(
    (e) => xml`
  <url><loc>${e.url}</loc><lastmod>${e.lastmod}</lastmod></url>`,
  )}
</urlset>`);
}

/** A `<sitemapindex>` naming the part files of a portal with more pages than one sitemap may list. */
export function renderSitemapIndex(parts: readonly SitemapEntry[]): string {
  return xmlDocument(xml`<sitemapindex xmlns="${NS}">${parts.map(
    (p) => xml`
  <sitemap><loc>${p.url}</loc><lastmod>${p.lastmod}</lastmod></sitemap>`,
  )}
</sitemapindex>`);
}
