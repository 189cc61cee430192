import fs from 'node:fs';
import { type PageSpec, planPages, type ViewName, type ViewProps } from '../../publisher/pages';
import type { SiteData } from '../../publisher/siteData';

/** The release's data, written by the publisher before it runs `astro build` (LCKM_SITE_DATA). */
let cached: PageSpec[] | undefined;
function pages(): PageSpec[] {
  if (cached) return cached;
  const file = process.env.LCKM_SITE_DATA;
  if (!file) throw new Error('LCKM_SITE_DATA is not set: the portal is built by the publisher (npm run publish).');
  cached = planPages(JSON.parse(fs.readFileSync(file, 'utf8')) as SiteData);
  return cached;
}

/** The pages of one view, as `getStaticPaths` entries (publisher/pages.ts plans them). */
export function pathsOf<V extends ViewName>(view: V): { params: Record<string, string>; props: ViewProps[V] }[] {
  return pages()
    .filter((page): page is PageSpec<V> => page.view === view)
    .map((page) => ({ params: page.params, props: page.props }));
}

/** The props of a page that exists once (home, A–Z, search…). */
export function propsOf<V extends ViewName>(view: V): ViewProps[V] {
  const page = pages().find((p): p is PageSpec<V> => p.view === view);
  if (!page) throw new Error(`No ${view} in the page plan.`);
  return page.props;
}
