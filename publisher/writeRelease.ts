import fs from 'node:fs';
import path from 'node:path';
import { fileOf, routes } from '../schemas/rules/routes';
import { afterRelease } from './afterRelease';
import { indexSearch, type ThesaurusInUse } from './indexSearch';
import { MANIFEST_FILE, manifestJson } from './manifest';
import type { PageSpec } from './pages';
import type { BuildPlan, ReleasePlan } from './planRelease';
import { linkRelease, removeFile, replaceFile, replaceFileAsync, replaceWithLink, SPARE_SKIPS, takeSpare } from './releaseFiles';
import { procedureFiles, releaseBipFiles } from './renderBip';
import { renderPages } from './renderPages';
import type { RunClock } from './runClock';
import type { Projection } from './selectAndProject';
import { swapCurrent } from './swap';
import { writeAttachments } from './writeAttachments';

/** Where and with what a plan is carried out. */
export interface WriteContext {
  outDir: string;
  /** The content-addressed store of approved files (schemas/rules/files.ts). */
  filesDir: string;
  /** How each public JSON's hash is known (what a procedure's feed entries and catalogue nodes are kept by). */
  hashOf: Projection['hashOf'];
  /** The thesaurus the resident index is built with. */
  thesaurus: ThesaurusInUse;
  clock: RunClock;
  keepWarm?: boolean;
  log?: (message: string) => void;
}

/** The staging folder: a linked copy of the live release (its spare one when ready), or empty for a full build. */
async function startStaging(plan: BuildPlan, staging: string, { outDir, clock }: WriteContext): Promise<void> {
  const from = plan.startFrom;
  if (!from) {
    fs.mkdirSync(staging, { recursive: true });
    return;
  }
  await clock.step('link', () => takeSpare(outDir, from.releaseId, staging) || linkRelease(from.dir, staging, SPARE_SKIPS));
}

/**
 * The procedure pages show their card's size (near the title): so the cards come first — those
 * made now and those taken over — and each procedure page is given the size of its card.
 */
function withCardSizes(pages: readonly PageSpec[], staging: string): PageSpec[] {
  return pages.map((spec) => {
    if (spec.view !== 'ProcedurePage') return spec;
    const { procedure } = (spec as PageSpec<'ProcedurePage'>).props;
    const cardBytes = fs.statSync(path.join(staging, fileOf(routes.card(procedure.slug)))).size;
    return { ...spec, props: { ...spec.props, cardBytes } } as PageSpec;
  });
}

/** The PDF cards, then the planned pages and what the release no longer has. */
async function renderInto(plan: BuildPlan, staging: string, context: WriteContext): Promise<void> {
  const { clock } = context;
  const options = { sourcesHash: plan.sources, siteUrl: plan.siteUrl, into: staging };
  await clock.step('cards', async () => {
    await renderPages([], { ...options, cards: plan.cards.make });
    for (const { file, from } of plan.cards.link) replaceWithLink(staging, file, from);
  });
  await clock.step(plan.mode === 'changes' ? 'pages' : 'render', () => renderPages(withCardSizes(plan.pages, staging), options));
  if (plan.mode === 'changes') {
    await clock.step('write', () => {
      for (const file of plan.remove) removeFile(staging, file);
    });
  }
}

/** The release's resident search (`/pagefind/`), its manifest entry filled in. */
async function indexInto(plan: BuildPlan, staging: string, context: WriteContext): Promise<void> {
  await context.clock.step('search', async () => {
    const hashes = plan.manifest.hashes;
    const procedures = plan.published.map((p) => p.procedure);
    plan.manifest.search = await indexSearch(plan.search, plan.searchBase, procedures, hashes, context.thesaurus, staging);
  });
}

/** Lets the event loop turn (the search index's Pagefind process is waiting for its answers). */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * BIP feeds, index, CPSV-AP, schemas, OpenAPI, sitemap and robots; each procedure's public JSON
 * and JSON-LD; the approved files. Written while the search index is built (that is mostly
 * Pagefind's own process): the run yields between pieces, and the big files go out asynchronously.
 */
async function writeFiles(plan: BuildPlan, staging: string, context: WriteContext): Promise<void> {
  const { clock } = context;
  await clock.step('bip', async () => {
    for (const name of fs.readdirSync(staging).filter((n) => /^sitemap-\d+\.xml$/.test(n))) removeFile(staging, name);
    await turn();
    const files = releaseBipFiles(plan, context.hashOf);
    await turn();
    await Promise.all(Object.entries(files).map(([file, content]) => replaceFileAsync(staging, file, content)));
  });
  await clock.step('json', () => {
    const files = procedureFiles(plan.procedureJson, plan.procedureJsonLd, plan.published, plan.siteUrl);
    for (const [file, content] of Object.entries(files)) replaceFile(staging, file, content);
    writeAttachments(staging, plan.attachments, context.filesDir);
  });
}

/**
 * The search index and the files. After a decision (`changes`) at once, both finished before either's
 * failure is reported (neither may still be writing into a removed staging folder); a full build
 * one after the other, so the whole index's memory peak is not the files' too.
 */
async function searchAndFiles(plan: BuildPlan, staging: string, context: WriteContext): Promise<void> {
  if (plan.mode === 'full') {
    await writeFiles(plan, staging, context);
    await indexInto(plan, staging, context);
    return;
  }
  const results = await Promise.allSettled([indexInto(plan, staging, context), writeFiles(plan, staging, context)]);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** The manifest last, then the release goes live by one rename of `current`. */
async function goLive(plan: BuildPlan, staging: string, { clock, outDir }: WriteContext): Promise<void> {
  await clock.step('swap', () => {
    replaceFile(staging, MANIFEST_FILE, manifestJson(plan.manifest));
    fs.renameSync(staging, path.join(outDir, 'releases', plan.releaseId));
    swapCurrent(outDir, plan.releaseId);
  });
}

/**
 * Carries out a plan (publisher/planRelease.ts): assembles the release in a staging folder,
 * swaps it in, and then tidies up (afterRelease). Any failure before the swap removes the staging
 * folder and leaves the live release as it was. Returns when the release went live
 * (`performance.now()`), or nothing when the live release was kept. Fills in the plan's
 * manifest with what its search index holds.
 */
export async function writeRelease(plan: ReleasePlan, context: WriteContext): Promise<number | undefined> {
  const { clock, outDir } = context;
  if (plan.mode === 'unchanged') {
    await clock.step('after', () => afterRelease(outDir, plan.releaseId, context));
    return undefined;
  }
  const staging = path.join(outDir, 'releases', `.staging-${plan.releaseId}`);
  try {
    await startStaging(plan, staging, context);
    await renderInto(plan, staging, context);
    await searchAndFiles(plan, staging, context);
    await goLive(plan, staging, context);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const liveAt = performance.now();
  // After the release is live: old releases go, and a long-running process gets the next run ready.
  await clock.step('after', () => afterRelease(outDir, plan.releaseId, context));
  return liveAt;
}
