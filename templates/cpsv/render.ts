/**
 * CPSV-AP 3.2.0 JSON-LD of the published procedures: pure renderers (`routes.bipProcedureJsonLd(slug)`,
 * `routes.bipCatalogueJsonLd()`) and the serialiser; the publisher writes the files. Mapping: docs/cpsv-ap.md.
 */
import type { PublicProcedure } from '../../schemas/types.generated';
import { Graph } from './graph';
import { datasetNodes, relatedServiceNodes, serviceNodes } from './service';
import { CPSV_CONTEXT_URL, LOCAL_CONTEXT, SiteIris } from './vocabulary';

export interface CpsvSite {
  /** Absolute address of the portal without a trailing slash (PUBLIC_URL), e.g. http://localhost:3000. */
  siteUrl: string;
}

export interface CpsvContext extends CpsvSite {
  /** Every live procedure of the release by slug: a procedure's related services are described from them. */
  live: ReadonlyMap<string, PublicProcedure>;
}

export interface CpsvDocument {
  '@context': [typeof CPSV_CONTEXT_URL, typeof LOCAL_CONTEXT];
  '@graph': Record<string, unknown>[];
}

export class CpsvRelatedError extends Error {
  constructor(slug: string, related: string) {
    super(`CPSV-AP: procedura „${slug}” wskazuje powiązaną procedurę „${related}”, której nie ma wśród opublikowanych.`);
    this.name = 'CpsvRelatedError';
  }
}

const documentOf = (graph: Graph): CpsvDocument => ({ '@context': [CPSV_CONTEXT_URL, LOCAL_CONTEXT], '@graph': graph.toArray() });

/**
 * One procedure's document: its service first, then what it links, the services it names as related
 * (as much as the shapes require; the projection links only live procedures, so a related slug not
 * in `ctx.live` is a bug and fails the run), and the catalogue it is part of.
 */
export function renderCpsvProcedure(p: PublicProcedure, ctx: CpsvContext): CpsvDocument {
  const iris = new SiteIris(ctx.siteUrl);
  const graph = new Graph();
  graph.add(...serviceNodes(iris, p));
  for (const { slug } of p.related ?? []) {
    const related = ctx.live.get(slug);
    if (!related) throw new CpsvRelatedError(p.slug, slug);
    graph.add(...relatedServiceNodes(iris, related));
  }
  graph.add(...datasetNodes(iris, [iris.service(p.slug)]));
  return documentOf(graph);
}

/** The catalogue: every live procedure as a service of one dataset, each shared node written once. */
export function renderCpsvCatalogue(items: readonly PublicProcedure[], ctx: CpsvSite): CpsvDocument {
  const iris = new SiteIris(ctx.siteUrl);
  const graph = new Graph();
  graph.add(
    ...datasetNodes(
      iris,
      items.map((p) => iris.service(p.slug)),
    ),
  );
  for (const p of items) graph.add(...serviceNodes(iris, p));
  for (const p of items) {
    const missing = (p.related ?? []).find(({ slug }) => !graph.has(iris.service(slug)));
    if (missing) throw new CpsvRelatedError(p.slug, missing.slug);
  }
  return documentOf(graph);
}

/** The file's text. These are files served as application/ld+json, never inlined in HTML. */
export function serializeCpsv(document: CpsvDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
