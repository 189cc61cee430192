/**
 * `robots.txt` of the portal: everything a resident reads may be crawled; the search index files,
 * the search page's results (made in the browser) and, where the admin shares the portal's
 * origin, the admin and the API are not pages to index. Names the sitemap by its full URL.
 */
export function renderRobots(sitemapUrl: string, closed: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', ...closed.map((path) => `Disallow: ${path}`), '', `Sitemap: ${sitemapUrl}`, ''].join('\n');
}
