/**
 * The composition root: the commands that need both the CMS (cms/) and the publisher
 * (publisher/), which do not import each other (docs/architecture.md).
 *
 *   tsx main.ts start [--dev]   `npm start` / `npm run dev`: admin, API, portal, the publisher's schedule, the staff
 *                               search and the weekly quality jobs in one process
 *   tsx main.ts publish [...]   `npm run publish`: one publish run
 */
import path from 'node:path';

const root = import.meta.dirname;
const [command = 'start', ...args] = process.argv.slice(2);
// Remember the NODE_ENV the operator launched with: a built Next.js admin needs NODE_ENV=production.
process.env.LCKM_LAUNCH_ENV ??= process.env.NODE_ENV ?? 'development';
const log = (message: string) => console.log(`[lckm] ${message}`);

async function publishCommand(): Promise<number> {
  const { parsePublishArgs, runPublishCommand } = await import('./publisher/command');
  const parsed = parsePublishArgs(args);
  if ('error' in parsed) {
    console.error(parsed.error);
    return 2;
  }
  const { boot } = await import('./cms/boot');
  const { dataDir, publicUrl } = await import('./cms/env');
  return runPublishCommand(await boot(), parsed, { dataDir: dataDir(), siteUrl: publicUrl() });
}

async function startCommand(): Promise<void> {
  const dev = args.includes('--dev');
  Object.assign(process.env, { NODE_ENV: dev ? 'development' : 'production', NEXT_TELEMETRY_DISABLED: '1' });
  const { ensureAdminBuild } = await import('./cms/server/adminBuild');
  if (!dev) ensureAdminBuild(root, log);
  const started = Date.now();
  const { boot } = await import('./cms/boot');
  const { seedDemoData } = await import('./cms/seed');
  const { dataDir, isProduction, publicUrl } = await import('./cms/env');
  const { refreshLiveFlags } = await import('./cms/workflow/liveFlags');
  const { startServer } = await import('./cms/server/startServer');
  const { staffSearch } = await import('./cms/search/service');
  const { onThesaurusChanged } = await import('./cms/search/thesaurus');
  const { startQualityJobs } = await import('./cms/jobs/schedule');
  const { startPublisherSchedule } = await import('./publisher/schedule');

  const payload = await boot();
  // "Podgląd" in the admin renders drafts with the publisher's views (cms/preview/renderer.ts).
  const { registerPreviewRenderer } = await import('./cms/preview/renderer');
  const { createPreviewRenderer } = await import('./publisher/preview');
  registerPreviewRenderer(createPreviewRenderer(publicUrl()));
  if (isProduction()) log('Tryb produkcyjny: dane demonstracyjne i konta demo nie są tworzone.');
  else await seedDemoData(payload, { log });
  // Built in the background: the server answers at once, /api/search says 503 until the index is ready.
  staffSearch.start(payload);
  const jobs = startQualityJobs(payload, { log });
  const schedule = startPublisherSchedule(payload, {
    dataDir: dataDir(),
    siteUrl: publicUrl(),
    interval: process.env.PUBLISH_CRON ?? '*/10 * * * *',
    // Which register entry the anonymous API shows as live is the CMS's record; it follows every run.
    beforeRun: (at) => refreshLiveFlags(payload, at),
    log,
  });
  // A changed thesaurus changes the resident index: the next run sees its new hash and rebuilds it.
  let thesaurusTimer: NodeJS.Timeout | undefined;
  const stopThesaurus = onThesaurusChanged(() => {
    clearTimeout(thesaurusTimer);
    thesaurusTimer = setTimeout(() => void schedule.runNow('decision'), 5000);
  });
  await schedule.runNow('start');
  const server = await startServer(payload, { root, dev, log, started });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${signal}: zamykanie…`);
      schedule.stop();
      jobs.stop();
      stopThesaurus();
      clearTimeout(thesaurusTimer);
      staffSearch.stop();
      void server.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

if (command === 'publish') {
  publishCommand().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('Publikacja nie powiodła się; poprzednie wydanie pozostaje opublikowane.\n', error);
      process.exit(1);
    },
  );
} else if (command === 'start') {
  await startCommand();
} else {
  console.error(
    `Nieznane polecenie „${command}”. Użycie: tsx ${path.basename(import.meta.filename)} start [--dev] | publish [--at …] [--out …] [--full]`,
  );
  process.exit(2);
}
