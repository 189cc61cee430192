/**
 * `npm start`: one process serving the admin panel (/admin), the API (/api), /health and — once
 * the publisher exists — the public portal. `--dev` runs the admin panel in Next.js dev mode.
 */
import path from 'node:path';

// Remember the NODE_ENV the operator launched with: a built Next.js admin needs NODE_ENV=production.
process.env.LCKM_LAUNCH_ENV ??= process.env.NODE_ENV ?? 'development';
const dev = process.argv.includes('--dev');
const root = path.resolve(import.meta.dirname, '..', '..');
Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production' });
process.env.NEXT_TELEMETRY_DISABLED = '1';

const { ensureAdminBuild } = await import('./adminBuild');
const log = (msg: string) => console.log(`[lckm] ${msg}`);
if (!dev) ensureAdminBuild(root, log);

const started = Date.now();
const { boot } = await import('../boot');
const { seedDemoData } = await import('../seed');
const { adminUrl, dataDir, hasSeparateAdminOrigin, isProduction, port, publicUrl } = await import('../env');
const { startPublisherSchedule } = await import('../../publisher/schedule');
const { databaseKind } = await import('../database');
const { createApp } = await import('./createApp');
const { default: next } = await import('next');

const payload = await boot();
if (isProduction()) log('Tryb produkcyjny: dane demonstracyjne i konta demo nie są tworzone.');
else await seedDemoData(payload, { log });

const siteUrl = publicUrl();
const schedule = startPublisherSchedule(payload, {
  dataDir: dataDir(),
  siteUrl,
  interval: process.env.PUBLISH_CRON ?? '*/10 * * * *',
  log,
});
await schedule.runNow('start');

const nextApp = next({ dev, dir: path.join(root, 'cms'), customServer: true, turbopack: dev });
await nextApp.prepare();
const handleNext = nextApp.getRequestHandler();
const app = await createApp({
  payload,
  admin: (req, res) => void handleNext(req, res),
  publicDir: path.join(dataDir(), 'public', 'current'),
});

const server = app.listen(port(), () => {
  log(`Gotowe w ${((Date.now() - started) / 1000).toFixed(1)} s — baza: ${databaseKind()}.`);
  log(`Portal: ${siteUrl}/   Panel: ${adminUrl()}/admin   API: ${adminUrl()}/api   BIP: ${siteUrl}/bip/feed.atom`);
  if (hasSeparateAdminOrigin()) log('Portal i panel na osobnych adresach (PUBLIC_URL, ADMIN_URL): każdy host obsługuje tylko swoją część.');
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: zamykanie…`);
    schedule.stop();
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
