import fs from 'node:fs';
import type { SiteData } from '../../publisher/siteData';
import type { PublishedProcedure } from '../../publisher/types';

/** The release's data, written by the publisher before it runs `astro build` (LCKM_SITE_DATA). */
let cached: SiteData | undefined;
export function siteData(): SiteData {
  if (cached) return cached;
  const file = process.env.LCKM_SITE_DATA;
  if (!file) throw new Error('LCKM_SITE_DATA is not set: the portal is built by the publisher (npm run publish).');
  cached = JSON.parse(fs.readFileSync(file, 'utf8')) as SiteData;
  return cached;
}

export function procedures(): PublishedProcedure[] {
  return siteData().procedures;
}

export function collator(): Intl.Collator {
  return new Intl.Collator('pl', { sensitivity: 'base' });
}
