import path from 'node:path';
import type { Payload } from 'payload';
import { databaseKind } from '../database';
import { adminUrl, dataDir, hasSeparateAdminOrigin, port, publicUrl } from '../env';
import { createApp } from './createApp';

export interface StartedServer {
  close(): Promise<void>;
}

/**
 * The HTTP side of `npm start`: the admin panel (Next.js, built or in development mode), the API,
 * /health and the live release of the portal, on `PORT`.
 */
export async function startServer(
  payload: Payload,
  options: { root: string; dev: boolean; log: (message: string) => void; started: number },
): Promise<StartedServer> {
  const { default: next } = await import('next');
  const nextApp = next({ dev: options.dev, dir: path.join(options.root, 'cms'), customServer: true, turbopack: options.dev });
  await nextApp.prepare();
  const handleNext = nextApp.getRequestHandler();
  const app = await createApp({
    payload,
    admin: (req, res) => void handleNext(req, res),
    publicDir: path.join(dataDir(), 'public', 'current'),
  });
  const server = app.listen(port(), () => {
    options.log(`Gotowe w ${((Date.now() - options.started) / 1000).toFixed(1)} s — baza: ${databaseKind()}.`);
    options.log(`Portal: ${publicUrl()}/   Panel: ${adminUrl()}/admin   API: ${adminUrl()}/api   BIP: ${publicUrl()}/bip/feed.atom`);
    if (hasSeparateAdminOrigin()) {
      options.log('Portal i panel na osobnych adresach (PUBLIC_URL, ADMIN_URL): każdy host obsługuje tylko swoją część.');
    }
  });
  return { close: () => new Promise((resolve) => server.close(() => resolve())) };
}
