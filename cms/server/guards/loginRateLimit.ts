import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { loginRateLimit } from '../../env';
import { errorBody, guardMessages } from './messages';

const WINDOW_MINUTES = 15;

function limiter(limit: number, skipSuccessfulRequests: boolean): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MINUTES * 60 * 1000,
    limit,
    skipSuccessfulRequests,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json(errorBody(guardMessages.tooManyLogins(WINDOW_MINUTES)));
    },
  });
}

const GRAPHQL_AUTH = /\b(loginUser|forgotPasswordUser|resetPasswordUser|unlockUser)\b/;

/**
 * Sign-in attempts per address, beside Payload's per-account lockout (which alone lets anyone
 * lock any account): failed logins over REST count (`LOGIN_RATE_LIMIT` per 15 minutes); password
 * resets and GraphQL sign-ins count whether they succeed or not (GraphQL reports failures as 200).
 * The address is the socket's, or X-Forwarded-For from a proxy on loopback (`trust proxy`).
 */
export function loginRateLimits(): RequestHandler {
  const failedLogins = limiter(loginRateLimit(), true);
  const resets = limiter(Math.max(3, Math.ceil(loginRateLimit() / 2)), false);
  const graphql = limiter(loginRateLimit(), false);
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const path = `${req.baseUrl}${req.path}`.replace(/\/+$/, '');
    if (path === '/api/users/login') return failedLogins(req, res, next);
    if (path === '/api/users/forgot-password' || path === '/api/users/reset-password' || path === '/api/users/unlock') {
      return resets(req, res, next);
    }
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (path === '/api/graphql' && GRAPHQL_AUTH.test(body)) return graphql(req, res, next);
    next();
  };
}
