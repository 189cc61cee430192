import fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests need Chromium; in CI it is required (.ci/run installs it), elsewhere they are skipped with the reason. */
export function browserAvailability(): { run: boolean; reason: string } {
  if (fs.existsSync(CHROMIUM_PATH)) return { run: true, reason: '' };
  if (process.env.CI === 'true') throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: .ci/run must install it.`);
  return { run: false, reason: `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // The flags keep a headless Chromium from calling out to Google's services on a closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
