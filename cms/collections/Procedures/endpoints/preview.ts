import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { routes } from '../../../../schemas/rules/routes';
import { staffOf } from '../../../access/roles';
import { originOf, publicUrl, trustedOrigins } from '../../../env';
import { mayPreview } from '../../../preview/access';
import { previewMessages as m } from '../../../preview/messages';
import { previewPage, previewPolicy } from '../../../preview/previewPage';
import { type DraftPreview, projectDraft } from '../../../preview/projectDraft';
import { type PreviewRenderer, previewRenderer } from '../../../preview/renderer';

/** Every preview answer: never cached, never indexed. */
const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } as const;

/** A refusal in the API's shape; the admin's frame may show it, nothing in it runs. */
const refusal = (message: string, status: number) =>
  Response.json(
    { errors: [{ message }] },
    {
      status,
      headers: { ...PRIVATE, 'Content-Security-Policy': "default-src 'none'; frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' },
    },
  );

type Loaded = { renderer: PreviewRenderer; preview: DraftPreview; id: string } | Response;

/**
 * The latest saved draft, read as the signed-in person (the collection's read access), for those
 * who may preview it (`mayPreview`: the team, an editor of its department), and projected for the
 * public. An id that cannot be one is refused by the collection's input guard
 * (cms/hooks/guardInput.ts) as an unknown one: 404.
 */
async function loadPreview(req: PayloadRequest): Promise<Loaded> {
  if (!staffOf(req)) return refusal(m.signIn, 401);
  const id = String(req.routeParams?.id ?? '');
  let doc: Record<string, unknown> | null;
  try {
    const found = await req.payload.findByID({ collection: 'procedures', id, draft: true, depth: 0, overrideAccess: false, req });
    doc = found as unknown as Record<string, unknown> | null;
  } catch (error) {
    const status = error instanceof APIError ? error.status : 500;
    if (status === 404) return refusal(m.noSuchProcedure, 404);
    if (status === 403 || status === 401) return refusal(m.forbidden, 403);
    throw error;
  }
  if (!doc) return refusal(m.noSuchProcedure, 404);
  if (!mayPreview(req, doc)) return refusal(m.forbidden, 403);
  const renderer = previewRenderer();
  if (!renderer) return refusal(m.unavailable, 503);
  const found = doc;
  const preview = await rendered(req, 'danych', () => projectDraft(req, found, new Date()));
  return preview instanceof Response ? preview : { renderer, preview, id };
}

/** Renders, and logs a failure with its context before answering it (the response carries no details). */
async function rendered<T>(req: PayloadRequest, what: string, render: () => Promise<T>): Promise<T | Response> {
  try {
    return await render();
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Podgląd: nie udało się przygotować ${what} procedury ${String(req.routeParams?.id)}.` });
    return refusal(m.failed, 500);
  }
}

/** `GET /api/procedures/:id/preview`: the portal page of the draft, with the preview's banner. */
async function previewPageHandler(req: PayloadRequest): Promise<Response> {
  const loaded = await loadPreview(req);
  if (loaded instanceof Response) return loaded;
  const { renderer, preview, id } = loaded;
  const page = await rendered(req, 'strony', () => renderer.page(preview.procedure));
  if (page instanceof Response) return page;
  const cardUrl = `${req.payload.config.routes.api}/procedures/${encodeURIComponent(id)}/preview.pdf`;
  const portalUrl = publicUrl();
  const places = { portalUrl, cardRoute: routes.card(preview.procedure.slug), cardUrl };
  const html = previewPage(page, places, { isInternal: preview.isInternal, problems: preview.problems });
  return new Response(html, {
    status: 200,
    headers: {
      ...PRIVATE,
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': previewPolicy(html, originOf(portalUrl), trustedOrigins()),
      'X-Frame-Options': 'SAMEORIGIN',
    },
  });
}

/** `GET /api/procedures/:id/preview.pdf`: the PDF card of the draft, opened in the browser. */
async function previewCardHandler(req: PayloadRequest): Promise<Response> {
  const loaded = await loadPreview(req);
  if (loaded instanceof Response) return loaded;
  const { renderer, preview } = loaded;
  const card = await rendered(req, 'karty PDF', () => renderer.card(preview.procedure));
  if (card instanceof Response) return card;
  const name = `${preview.procedure.slug.replace(/[^a-z0-9-]/g, '') || 'procedura'}-podglad.pdf`;
  return new Response(new Uint8Array(card), {
    status: 200,
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
      // Like an uploaded file: the browser's PDF viewer needs no stricter policy, and nothing may frame it.
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    },
  });
}

/**
 * "Podgląd": the latest saved draft rendered with the portal's own views (the page and the PDF
 * card), exactly as residents would get it once approved, without publishing anything.
 */
export const previewEndpoints: Endpoint[] = [
  { path: '/:id/preview', method: 'get', handler: previewPageHandler },
  { path: '/:id/preview.pdf', method: 'get', handler: previewCardHandler },
];
