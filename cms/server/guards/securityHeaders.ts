import type { RequestHandler } from 'express';

/**
 * Headers on every response: no MIME sniffing, no full URLs leaked to other sites. The admin and
 * the API may not be framed (clickjacking); the API's JSON may not run or load anything. The
 * portal's own Content-Security-Policy is set per page by servePortal (inline scripts by hash).
 */
export const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
  // A draft's preview sets its own policy and headers: the admin frames it (Procedures/endpoints/preview.ts).
  if (req.method === 'GET' && /^\/api\/procedures\/[^/]+\/preview(\.pdf)?\/?$/.test(req.path)) return next();
  // Uploaded files (/api/documents/file/…) open in the browser's PDF viewer: framing only is closed.
  // The residents' report form is answered with a page that sets its own policy (cms/quality/feedback/page.ts).
  const ownPolicy = /^\/api\/[^/]+\/file\//.test(req.path) || req.path.replace(/\/+$/, '') === '/api/feedback';
  if (/^\/api(\/|$)/.test(req.path) && !ownPolicy) {
    res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    res.setHeader('X-Frame-Options', 'DENY');
  } else if (/^\/(api|admin|_next|__nextjs[^/]*)(\/|$)/.test(req.path)) {
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('X-Frame-Options', 'DENY');
  }
  next();
};
