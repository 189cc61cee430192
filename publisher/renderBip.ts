import { absolute, fileOf, routes } from '../schemas/rules/routes';
import type { Attachment, PublicProcedure } from '../schemas/types.generated';
import { renderOpenApi } from '../templates/bip/openapi';
import { renderRobots } from '../templates/bip/robots';
import { renderCpsvCatalogueFile, renderCpsvProcedure, serializeCpsv } from '../templates/cpsv/render';
import type { BuildPlan } from './planRelease';
import { PUBLIC_SCHEMA_NAMES } from './publicSchemaNames';
import { schemaFiles, schemaUrl } from './publicSchemas';
import type { FileContent } from './releaseFiles';
import { renderFeeds } from './renderFeeds';
import { sitemapFiles } from './sitemap';
import type { PublishedProcedure } from './types';

/** `bip/procedury/index.json`: every live procedure with the address of its JSON, naming its schema. */
function procedureIndex(published: readonly PublishedProcedure[], siteUrl: string, generatedAt: string): string {
  return `${JSON.stringify(
    {
      $schema: schemaUrl('procedure-index.schema.json', siteUrl),
      generatedAt,
      procedures: published.map(({ procedure: p }) => ({
        slug: p.slug,
        title: p.title,
        department: p.department,
        version: p.bip.version,
        modifiedAt: p.bip.modifiedAt,
        url: absolute(siteUrl, routes.bipProcedureJson(p.slug)),
      })),
    },
    null,
    2,
  )}\n`;
}

/** What `robots.txt` keeps crawlers out of: the search index, and the CMS's own paths when it shares the portal's origin. */
function closedPaths(siteUrl: string, apiUrl: string): string[] {
  const shared = new URL(siteUrl).origin === new URL(apiUrl).origin;
  return [routes.searchIndex(), ...(shared ? ['/admin/', '/api/'] : [])];
}

/**
 * The files of a release that describe all of it, by their file: the BIP feeds (validated item
 * by item) and the index of the public JSON, the CPSV-AP catalogue, the published JSON Schemas,
 * the OpenAPI description, `sitemap.xml` and `robots.txt`, rendered from the plan; each procedure's
 * feed entries and catalogue nodes are kept by `hashOf` between runs of the process (after a
 * decision only the changed procedure's are made again).
 */
export function releaseBipFiles(plan: BuildPlan, hashOf: (p: PublicProcedure) => string): Record<string, FileContent> {
  const { published, siteUrl, apiUrl, generatedAt } = plan;
  const files = renderFeeds(published, plan.changes, siteUrl, generatedAt, hashOf);
  return {
    ...files,
    [fileOf(routes.bipIndexJson())]: procedureIndex(published, siteUrl, generatedAt),
    // Each procedure's nodes are kept (as bytes) by its hash between runs: after a decision only its own are made again.
    [fileOf(routes.bipCatalogueJsonLd())]: renderCpsvCatalogueFile(
      published.map((p) => p.procedure),
      { siteUrl },
      hashOf,
    ),
    ...schemaFiles(siteUrl),
    [fileOf(routes.bipOpenApi())]: renderOpenApi({ siteUrl, apiUrl }, PUBLIC_SCHEMA_NAMES),
    ...sitemapFiles(plan.sitemap, siteUrl),
    [fileOf(routes.robots())]: renderRobots(absolute(siteUrl, routes.sitemap()), closedPaths(siteUrl, apiUrl)),
  };
}

/** An attachment as a BIP consumer fetches it: by its full URL (the projection keeps the portal's route). */
const absoluteFile = (file: Attachment, siteUrl: string): Attachment => ({ ...file, url: absolute(siteUrl, file.url) });

/**
 * A live procedure's public JSON (`bip/procedury/<slug>.json`) as published: naming its schema
 * (`$schema`, the release's copy at `routes.bipSchema`), files by their full URL.
 */
export function procedureJson(procedure: PublicProcedure, siteUrl: string): string {
  const document: PublicProcedure = {
    $schema: schemaUrl('public-procedure.schema.json', siteUrl),
    ...procedure,
    ...(procedure.requiredDocuments
      ? {
          requiredDocuments: procedure.requiredDocuments.map(({ file, sampleFile, ...d }) => ({
            ...d,
            ...(file ? { file: absoluteFile(file, siteUrl) } : {}),
            ...(sampleFile ? { sampleFile: absoluteFile(sampleFile, siteUrl) } : {}),
          })),
        }
      : {}),
    ...(procedure.otherDocuments
      ? {
          otherDocuments: procedure.otherDocuments.map(({ file, ...d }) => ({
            ...d,
            ...(file ? { file: absoluteFile(file, siteUrl) } : {}),
          })),
        }
      : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Each planned procedure's public JSON and CPSV-AP JSON-LD (`bip/procedury/<slug>.json`, `.jsonld`), by file. */
export function procedureFiles(
  json: readonly PublicProcedure[],
  jsonLd: readonly PublicProcedure[],
  published: readonly PublishedProcedure[],
  siteUrl: string,
): Record<string, string> {
  const live = new Map(published.map(({ procedure }) => [procedure.slug, procedure]));
  const files: Record<string, string> = {};
  for (const p of json) files[fileOf(routes.bipProcedureJson(p.slug))] = procedureJson(p, siteUrl);
  for (const p of jsonLd) files[fileOf(routes.bipProcedureJsonLd(p.slug))] = serializeCpsv(renderCpsvProcedure(p, { siteUrl, live }));
  return files;
}
