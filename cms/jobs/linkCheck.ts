import type { Payload } from 'payload';
import { brokenLinks, checkLinks, type LinkCheckOptions } from '../quality/linkCheck';
import type { LinkOccurrence } from '../quality/links/collectLinks';
import { loadRows } from '../quality/procedureRows';
import type { JobOutcome } from './jobRuns';

/** A broken link as the run keeps it for the dashboards: the address, why, and where it sits. */
export interface StoredBrokenLink {
  url: string;
  status: number | null;
  error?: { code: string; message: string };
  finalUrl?: string;
  procedures: string[];
  occurrences: LinkOccurrence[];
}

/** What a link-check run keeps (`job-runs.result`): only the broken links, the rest is a count. */
export interface LinkCheckResult {
  checked: number;
  broken: StoredBrokenLink[];
}

/**
 * The weekly link check (issue 14): the e-forms and Markdown links of every procedure's latest
 * version (withdrawn ones aside), each address once, politely (cms/quality/linkCheck.ts).
 */
export async function runLinkCheck(payload: Payload, options: LinkCheckOptions): Promise<JobOutcome> {
  const rows = (await loadRows(payload)).filter((row) => row.workflowState !== 'withdrawn' && row.slug !== '');
  const results = await checkLinks(
    rows.map((row) => ({ ...row.record, slug: row.slug })),
    options,
  );
  const broken: StoredBrokenLink[] = brokenLinks(results).map(({ url, status, error, finalUrl, procedures, occurrences }) => ({
    url,
    status,
    ...(error ? { error } : {}),
    ...(finalUrl ? { finalUrl } : {}),
    procedures,
    occurrences,
  }));
  const result: LinkCheckResult = { checked: results.length, broken };
  return {
    outcome: 'success',
    summary: `Sprawdzono ${results.length} adresów w ${rows.length} procedurach; niedziałające: ${broken.length}.`,
    result,
  };
}
