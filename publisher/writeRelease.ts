import fs from 'node:fs';
import path from 'node:path';
import { fileOf, routes } from '../schemas/rules/routes';
import { afterRelease } from './afterRelease';
import { indexSearch } from './indexSearch';
import { MANIFEST_FILE, manifestJson } from './manifest';
import type { BuildPlan, ReleasePlan } from './planRelease';
import { linkRelease, removeFile, replaceFile, replaceWithLink, SPARE_SKIPS, takeSpare } from './releaseFiles';
import { procedureJson, renderBip } from './renderBip';
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
  /** How each public JSON's hash is known (feed items are validated once per hash, publisher/renderBip.ts). */
  hashOf: Projection['hashOf'];
  /** Feed items validated in earlier runs of this process. */
  validatedFeedItems: Set<string>;
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

/** The planned pages and PDF cards, what the release no longer has, and (in a full build) the search index. */
async function renderInto(plan: BuildPlan, staging: string, { clock }: WriteContext): Promise<void> {
  const render = () => renderPages(plan.pages, { cards: plan.cards.make, sourcesHash: plan.sources, siteUrl: plan.siteUrl, into: staging });
  if (plan.mode === 'changes') {
    await clock.step('pages', render);
    await clock.step('write', () => {
      for (const file of plan.remove) removeFile(staging, file);
    });
  } else {
    await clock.step('render', render);
    await clock.step('search', () => indexSearch(staging));
  }
}

/** BIP feeds and index, each procedure's public JSON, the cards taken over, the approved files. */
async function writeFiles(plan: BuildPlan, staging: string, context: WriteContext): Promise<void> {
  const { clock } = context;
  await clock.step('bip', () => {
    const files = renderBip(plan.published, plan.changes, plan.siteUrl, plan.generatedAt, context.validatedFeedItems, context.hashOf);
    for (const [file, content] of Object.entries(files)) replaceFile(staging, file, content);
  });
  await clock.step('cards', () => {
    for (const procedure of plan.procedureJson)
      replaceFile(staging, fileOf(routes.bipProcedureJson(procedure.slug)), procedureJson(procedure));
    for (const { file, from } of plan.cards.link) replaceWithLink(staging, file, from);
    writeAttachments(staging, plan.attachments, context.filesDir);
  });
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
 * (`performance.now()`), or nothing when the live release was kept.
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
    await writeFiles(plan, staging, context);
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
