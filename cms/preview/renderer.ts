import type { PublicProcedure } from '../../schemas/types.generated';

/**
 * Renders a public projection with the portal's own views: the procedure page and the PDF card,
 * the very code the publisher renders a release with. The CMS does not import the publisher
 * (docs/architecture.md, decision 0005): `main.ts` registers the publisher's implementation
 * (publisher/preview.ts, `createPreviewRenderer`) at start.
 */
export interface PreviewRenderer {
  /** The procedure's portal page (`routes.procedure(slug)`), as the publisher would write it. */
  page(procedure: PublicProcedure): Promise<string>;
  /** The procedure's PDF card (`routes.card(slug)`). */
  card(procedure: PublicProcedure): Promise<Uint8Array>;
}

// On globalThis, not in a module variable: the admin's Next.js bundle has its own copy of cms/
// modules, and a registration must be seen by whichever copy answers the request.
const KEY = Symbol.for('lckm.previewRenderer');
const registry = globalThis as typeof globalThis & { [KEY]?: PreviewRenderer };

/** Makes the preview available (main.ts, tests). */
export function registerPreviewRenderer(renderer: PreviewRenderer): void {
  registry[KEY] = renderer;
}

/** The registered renderer; undefined in a process that did not register one (the preview then answers 503). */
export function previewRenderer(): PreviewRenderer | undefined {
  return registry[KEY];
}
