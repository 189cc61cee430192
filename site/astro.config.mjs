import { defineConfig } from 'astro/config';

/** The resident portal. Built by the publisher into each release (`npm run publish`). */
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  compressHTML: true,
  devToolbar: { enabled: false },
  telemetry: false,
});
