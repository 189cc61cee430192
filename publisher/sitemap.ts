import { absolute, fileOf, routes } from '../schemas/rules/routes';
import { renderSitemapIndex, renderUrlSet, SITEMAP_LIMIT, type SitemapEntry } from '../templates/bip/sitemap';
import type { PageSpec } from './pages';
import type { PublishedProcedure } from './types';

/** The route a page answers, from its file (`procedury/x/index.html` → `/procedury/x/`). */
const routeOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The latest of ISO dates and instants (they sort as text), or `fallback` when it is later or there is none. */
const latest = (dates: readonly string[], fallback: string) => [fallback, ...dates].sort().at(-1) ?? fallback;

/**
 * When what a page shows last changed: a procedure's page, its register and an archived version
 * by their own versions; a list by the newest procedure it lists; the accessibility statement by
 * its own date. From the data, never the run's clock, so an unchanged page keeps its `lastmod`.
 */
function lastModified(spec: PageSpec, modifiedOf: ReadonlyMap<string, string>, newest: string): string {
  const props = spec.props as Record<string, unknown>;
  switch (spec.view) {
    case 'ProcedurePage':
      return (props as PageSpec<'ProcedurePage'>['props']).procedure.bip.modifiedAt;
    case 'RegisterPage': {
      const { procedure } = props as PageSpec<'RegisterPage'>['props'];
      return latest(
        procedure.bip.changeRegister.map((c) => c.date),
        procedure.bip.modifiedAt,
      );
    }
    case 'ArchivePage':
      return (props as PageSpec<'ArchivePage'>['props']).version.bip.modifiedAt;
    case 'DepartmentPage': {
      const { department } = props as PageSpec<'DepartmentPage'>['props'];
      return latest(
        department.procedures.map((p) => modifiedOf.get(p.slug) ?? ''),
        '',
      );
    }
    case 'AccessibilityPage':
      return (props as PageSpec<'AccessibilityPage'>['props']).updated;
    default:
      return newest;
  }
}

/** Every public page of the release with its `lastmod` (the 404 page is not one). */
export function sitemapEntries(specs: readonly PageSpec[], published: readonly PublishedProcedure[], siteUrl: string, generatedAt: string) {
  const modifiedOf = new Map(published.map(({ procedure: p }) => [p.slug, p.bip.modifiedAt]));
  const newest = latest([...modifiedOf.values()], '') || generatedAt;
  return specs
    .filter((spec) => spec.file !== fileOf(routes.notFound()))
    .map((spec) => ({ url: absolute(siteUrl, routeOf(spec.file)), lastmod: lastModified(spec, modifiedOf, newest) || newest }));
}

/**
 * `sitemap.xml`: the pages themselves, or — past the protocol's 50,000 URLs — an index of
 * `sitemap-<n>.xml` parts. Returns the files by their file in the release.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string): Record<string, string> {
  if (entries.length <= SITEMAP_LIMIT) return { [fileOf(routes.sitemap())]: renderUrlSet(entries) };
  const files: Record<string, string> = {};
  const parts: SitemapEntry[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < entries.length; i++) {
    const slice = entries.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT);
    files[fileOf(routes.sitemapPart(i + 1))] = renderUrlSet(slice);
    parts.push({
      url: absolute(siteUrl, routes.sitemapPart(i + 1)),
      lastmod: latest(
        slice.map((e) => e.lastmod),
        '',
      ),
    });
  }
  files[fileOf(routes.sitemap())] = renderSitemapIndex(parts);
  return files;
}
