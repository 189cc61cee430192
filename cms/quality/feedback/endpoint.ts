import type { Endpoint, Payload } from 'payload';
import { absolute, routes } from '../../../schemas/rules/routes';
import type { SystemRequestContext } from '../../collections/ChangeRequests/sources';
import { publicUrl } from '../../env';
import { feedbackMessages as m } from './messages';
import { errorPage, PAGE_CSP, thankYouPage } from './page';
import { fieldsOf, parseFeedback } from './parse';

const FORM = 'application/x-www-form-urlencoded';

/** A procedure residents can see: its live, public approved version (an internal one is as unknown as a missing one). */
async function liveProcedure(payload: Payload, slug: string): Promise<{ id: number; title: string } | undefined> {
  const { docs } = await payload.find({
    collection: 'register-entries',
    where: { and: [{ slug: { equals: slug } }, { kind: { equals: 'approval' } }, { isLive: { equals: true } }] },
    select: { procedure: true, title: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  const entry = docs[0];
  const id = entry ? Number(typeof entry.procedure === 'object' ? entry.procedure.id : entry.procedure) : Number.NaN;
  return entry && Number.isInteger(id) ? { id, title: entry.title } : undefined;
}

function answer(isForm: boolean, status: number, message: string, page: () => string): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (!isForm) return Response.json(status < 400 ? { message } : { errors: [{ message }] }, { status, headers });
  return new Response(page(), {
    status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP },
  });
}

/**
 * `POST /api/feedback` — a resident's report that a description is out of date ("Czy te informacje
 * są aktualne? Zgłoś błąd", issue 14), from the portal's plain HTML form
 * (`application/x-www-form-urlencoded`: `procedure` = slug, `message` ≤ 1000 characters, optional
 * `return` = a path on the portal, `website` = a trap field left empty) or as JSON. It becomes a
 * change request in the department's queue marked as coming from a resident. The form is answered
 * with a Polish thank-you page linking back, JSON with `{message}` (201).
 *
 * Nobody signs in for this, and nothing here reads the session: a signed-in member of staff who
 * reports from the portal files exactly what an anonymous resident would, so a forged cross-site
 * post can do no more than a resident can — add one report, within the per-address rate limit
 * (cms/server/guards/feedbackRateLimit.ts).
 */
export const feedbackEndpoint: Endpoint = {
  path: '/feedback',
  method: 'post',
  handler: async (req) => {
    const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const isForm = type === FORM;
    const home = absolute(publicUrl(), routes.home());
    const fields = type === FORM || type === 'application/json' ? fieldsOf(type, (await req.text?.()) ?? '') : { error: m.badBody };
    const parsed = 'error' in fields ? { ok: false as const, message: String(fields.error) } : parseFeedback(fields);
    if (!parsed.ok) return answer(isForm, 400, parsed.message, () => errorPage(parsed.message, home, false));
    const { input } = parsed;
    const procedure = await liveProcedure(req.payload, input.slug);
    if (!procedure) return answer(isForm, 400, m.noSuchProcedure, () => errorPage(m.noSuchProcedure, home, false));
    const back = absolute(publicUrl(), input.returnPath ?? routes.procedure(input.slug));
    if (!input.isBot) {
      const context: SystemRequestContext = { changeRequestSource: 'resident' };
      await req.payload.create({
        collection: 'change-requests',
        data: { procedure: procedure.id, message: `${m.requestPrefix}\n\n${input.message}` } as never,
        overrideAccess: true,
        context: { ...context },
      });
    }
    return answer(isForm, isForm ? 200 : 201, m.thanksJson, () => thankYouPage(procedure.title, back));
  },
};
