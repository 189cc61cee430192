/**
 * Every public address of the portal and of BIP, in one place (issue 10: paths were built in
 * about twenty places). A route is a URL path (`/procedury/<slug>/`); `fileOf` turns it into the
 * file of a release that answers it, and `absolute` into a full URL under `PUBLIC_URL`.
 * Named interfaces: these paths are relied on by residents' bookmarks and BIP integrations.
 */
const enc = encodeURIComponent;

export const routes = {
  home: () => '/',
  procedure: (slug: string) => `/procedury/${slug}/`,
  procedureSection: (slug: string, section: string) => `/procedury/${slug}/#${section}`,
  changeRegister: (slug: string) => `/procedury/${slug}/rejestr-zmian/`,
  archivedVersion: (slug: string, version: number) => `/procedury/${slug}/wersje/${version}/`,
  card: (slug: string) => `/procedury/${slug}/karta.pdf`,
  departments: () => '/wydzialy/',
  department: (slug: string) => `/wydzialy/${slug}/`,
  aToZ: () => '/a-z/',
  search: () => '/szukaj/',
  searchFor: (query: string) => `/szukaj/?q=${enc(query)}`,
  accessibility: () => '/deklaracja-dostepnosci/',
  notFound: () => '/404.html',
  /** The folder of approved files (the publisher keeps it in step with what the pages link to). */
  files: () => '/pliki/',
  /** An approved file: its plain name, or its SHA-256 folder when another version has other bytes under that name. */
  file: (fileName: string, sha256?: string) => (sha256 ? `/pliki/${sha256}/${enc(fileName)}` : `/pliki/${enc(fileName)}`),
  bip: () => '/bip/',
  bipFeedAtom: () => '/bip/feed.atom',
  bipFeedJson: () => '/bip/feed.json',
  bipChangesAtom: () => '/bip/zmiany.atom',
  bipIndexJson: () => '/bip/procedury/index.json',
  bipProcedureJson: (slug: string) => `/bip/procedury/${slug}.json`,
  bipProcedureJsonLd: (slug: string) => `/bip/procedury/${slug}.jsonld`,
  bipCatalogueJsonLd: () => '/bip/cpsv-ap.jsonld',
  bipOpenApi: () => '/bip/openapi.json',
  bipSchema: (name: string) => `/bip/schemas/${name}`,
  sitemap: () => '/sitemap.xml',
  /** A part of the sitemap, when the portal has more pages than one sitemap file may list. */
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  robots: () => '/robots.txt',
  searchIndex: () => '/pagefind/',
  /** The CMS's own addresses the portal names: the residents' error report and the health check. */
  feedback: () => '/api/feedback',
  health: () => '/health',
} as const;

/** The file of a release that answers a route: `/procedury/x/` → `procedury/x/index.html`. */
export function fileOf(route: string): string {
  const path = decodeURIComponent(route.split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** A route as a full URL under the portal's address (`siteUrl` without a trailing slash). */
export function absolute(siteUrl: string, route: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${route}`;
}
