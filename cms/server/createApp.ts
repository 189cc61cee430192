import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import { handleEndpoints, type Payload } from 'payload';
import { adminUrl, hasSeparateAdminOrigin, originOf, publicUrl } from '../env';
import config from '../payload.config';
import { sendFetchResponse, toFetchRequest } from './fetchBridge';
import { bodyLimits } from './guards/bodyLimits';
import { crossSite } from './guards/crossSite';
import { feedbackRateLimits } from './guards/feedbackRateLimit';
import { loginRateLimits } from './guards/loginRateLimit';
import { errorBody, guardMessages } from './guards/messages';
import { securityHeaders } from './guards/securityHeaders';
import { checkHealth } from './health';
import { servePortal } from './servePortal';

export interface AppOptions {
  payload: Payload;
  /** The publisher's `<out>/current` (the live release); served at `/`. */
  publicDir?: string;
  /** Next.js request handler serving the admin panel; absent in API-only runs (tests). */
  admin?: RequestHandler;
}

/** Payload's language cookie; without it the admin panel opens in Polish, whatever the browser says. */
const LANGUAGE_COOKIE = 'payload-lng';

const polishByDefault: RequestHandler = (req, _res, next) => {
  if (!req.headers.cookie?.includes(`${LANGUAGE_COOKIE}=`)) req.headers['accept-language'] = 'pl';
  next();
};

function wrap(handler: (req: express.Request, res: express.Response) => Promise<void>): RequestHandler {
  return (req, res, next) => {
    handler(req, res).catch(next);
  };
}

const isAdminPath = (path: string) => /^\/(admin|_next|__nextjs[^/]*)(\/|$)/.test(path);
const isApiPath = (path: string) => /^\/api(\/|$)/.test(path);

/**
 * With `ADMIN_URL` on another origin than `PUBLIC_URL`, the portal's host serves the portal only
 * and the admin's host the admin and the API only: a portal page never shares an origin with a
 * staff session (README, "Separate origins in production").
 */
function splitOrigins(): RequestHandler {
  const adminHost = new URL(adminUrl()).host;
  const publicHost = new URL(publicUrl()).host;
  return (req, res, next) => {
    const host = req.get('host') ?? '';
    const staffPath = isAdminPath(req.path) || isApiPath(req.path);
    if (host === publicHost && staffPath) {
      if (req.method === 'GET' && isAdminPath(req.path)) return res.redirect(302, `${originOf(adminUrl())}${req.originalUrl}`);
      return res.status(404).json(errorBody(guardMessages.notHere));
    }
    if (host === adminHost && !staffPath && req.path !== '/health') return res.redirect(302, `${originOf(publicUrl())}${req.originalUrl}`);
    next();
  };
}

/** The last resort: an unexpected error is logged with its stack and answered without it. */
function lastResort(payload: Payload): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = Number((error as { status?: number }).status ?? 500);
    if (status >= 500) payload.logger.error({ err: error, msg: 'Unhandled request error', path: req.path });
    if (res.headersSent) return res.end();
    res
      .status(status >= 400 && status < 600 ? status : 500)
      .json(errorBody(status < 500 ? guardMessages.badJson : 'Wewnętrzny błąd serwera.'));
  };
}

/**
 * One Express app for everything: `/health`, the REST and GraphQL API (Payload's own handlers,
 * the same ones its Next.js routes call) behind the request guards, the admin panel and the portal.
 */
export async function createApp({ payload, admin, publicDir }: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  if (hasSeparateAdminOrigin()) app.use(splitOrigins());

  app.get(
    '/health',
    wrap(async (_req, res) => {
      const health = await checkHealth(payload);
      res
        .status(health.status === 'ok' ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .json(health);
    }),
  );

  const { GRAPHQL_POST } = await import('@payloadcms/next/routes');
  const graphql = GRAPHQL_POST(config);
  // The report limit counts before the body is read: a flood is refused without reading it.
  app.use('/api', crossSite, feedbackRateLimits(), bodyLimits, loginRateLimits(), polishByDefault);
  app.post(
    '/api/graphql',
    wrap(async (req, res) => sendFetchResponse(await graphql(toFetchRequest(req)), res)),
  );
  app.use(
    '/api',
    wrap(async (req, res) => sendFetchResponse(await handleEndpoints({ config, request: toFetchRequest(req) }), res)),
  );

  if (admin) {
    // Next.js needs the full URL, so the admin paths are matched here rather than mounted.
    app.use((req, res, next) => (isAdminPath(req.path) ? polishByDefault(req, res, () => admin(req, res, next)) : next()));
  }
  if (publicDir) app.use(servePortal(publicDir));
  app.use(lastResort(payload));
  return app;
}
