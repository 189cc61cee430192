import type { PublicProcedure } from '../schemas/types.generated';
import { apiUrlOf } from './apiUrl';
import { renderingSourcesHash } from './manifest';
import { planPages } from './pages';
import { buildSiteData } from './siteData';
import { rendererFor } from './views';

/**
 * The CMS's preview ("Podgląd") rendered by the publisher's own renderer: the compiled portal
 * views and PDF card of this version of the sources (views.ts), the procedure page planned by
 * `planPages` from site data built by `buildSiteData` — the same steps a release takes, for one
 * procedure that is not published. As in a release (writeRelease.ts), the card is made first and
 * the page shows its size. The CMS holds the interface (cms/preview/renderer.ts) and main.ts joins
 * the two, so neither imports the other.
 */
export function createPreviewRenderer(siteUrl: string, apiUrl?: string) {
  const renderer = () => rendererFor(renderingSourcesHash());
  const card = async (procedure: PublicProcedure): Promise<Uint8Array> => (await renderer()).card(procedure, siteUrl);
  return {
    card,
    async page(procedure: PublicProcedure): Promise<string> {
      const bytes = (await card(procedure)).byteLength;
      const data = buildSiteData([{ procedure, archive: [] }], siteUrl, procedure.bip.modifiedAt, {
        apiUrl: apiUrlOf({ siteUrl, ...(apiUrl ? { apiUrl } : {}) }),
        cardBytes: { [procedure.slug]: bytes },
      });
      const spec = planPages(data).find((page) => page.view === 'ProcedurePage');
      if (!spec) throw new Error(`preview: no procedure page planned for "${procedure.slug}"`);
      return (await renderer()).page(spec);
    },
  };
}
