import type { RequestHandler } from 'express';
import { trustedOrigins } from '../../env';
import { isFeedbackPost } from './bodyLimits';
import { errorBody, guardMessages } from './messages';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_COOKIE = /(?:^|;\s*)payload-token=/;

/**
 * Cross-site request forgery: a request that changes something and is authenticated by the
 * session cookie (not by an `Authorization` header, which no other site can make a browser send)
 * must come from a page of the admin's own origin — its `Origin` is the request's own origin or a
 * trusted one, or, without `Origin`, `Sec-Fetch-Site` says same-origin or a direct navigation.
 * Payload's own `csrf` list (payload.config.ts) only stops using the cookie; this answers 403.
 * The residents' report form is posted from the portal and never reads the session (a staff
 * member's cookie that comes along changes nothing it does), so it is not refused here.
 */
export const crossSite: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || !SESSION_COOKIE.test(req.headers.cookie ?? '') || req.headers.authorization) return next();
  if (isFeedbackPost(req)) return next();
  const origin = req.headers.origin;
  const own = `${req.protocol}://${req.get('host') ?? ''}`;
  const fetchSite = req.headers['sec-fetch-site'];
  const allowed = origin
    ? origin === own || trustedOrigins().includes(origin)
    : fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
  if (allowed) return next();
  res.status(403).json(errorBody(guardMessages.crossSite));
};
