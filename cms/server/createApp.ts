import express, { type Express, type RequestHandler } from 'express';
import { handleEndpoints, type Payload } from 'payload';
import config from '../payload.config';
import { sendFetchResponse, toFetchRequest } from './fetchBridge';
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

/**
 * One Express app for everything: `/health`, the REST and GraphQL API (Payload's own handlers,
 * the same ones its Next.js routes call) and the admin panel.
 */
export async function createApp({ payload, admin, publicDir }: AppOptions): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  app.get(
    '/health',
    wrap(async (_req, res) => {
      const health = await checkHealth(payload);
      res.status(health.status === 'ok' ? 200 : 503).json(health);
    }),
  );

  const { GRAPHQL_POST } = await import('@payloadcms/next/routes');
  const graphql = GRAPHQL_POST(config);
  app.post(
    '/api/graphql',
    polishByDefault,
    wrap(async (req, res) => sendFetchResponse(await graphql(toFetchRequest(req)), res)),
  );
  app.use(
    '/api',
    polishByDefault,
    wrap(async (req, res) => sendFetchResponse(await handleEndpoints({ config, request: toFetchRequest(req) }), res)),
  );

  if (admin) {
    // Next.js needs the full URL, so the admin paths are matched here rather than mounted.
    const isAdminPath = (path: string) => /^\/(admin|_next|__nextjs[^/]*)(\/|$)/.test(path);
    app.use((req, res, next) => (isAdminPath(req.path) ? polishByDefault(req, res, () => admin(req, res, next)) : next()));
  }
  if (publicDir) app.use(servePortal(publicDir));
  return app;
}
