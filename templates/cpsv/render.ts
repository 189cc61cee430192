/**
 * CPSV-AP 3.2.0 JSON-LD of the published procedures: pure renderers (`routes.bipProcedureJsonLd(slug)`,
 * `routes.bipCatalogueJsonLd()`) and the serialiser; the publisher writes the files. Mapping: docs/cpsv-ap.md.
 */
import type { PublicProcedure } from '../../schemas/types.generated';
import { Graph } from './graph';
import { datasetNodes, relatedServiceNodes, serviceNodes } from './service';
import type { JsonLdNode } from './vocabulary';
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

/**
 * Each procedure's service nodes by the site and the procedure's content hash, kept between publish
 * runs of one process: after a decision only the changed procedure's nodes are made again.
 */
const serviceCache = new Map<string, JsonLdNode[]>();

/**
 * The catalogue: every live procedure as a service of one dataset, each shared node written once.
 * With `keyOf` (a procedure's content hash) each procedure's nodes are reused from the last run.
 */
export function renderCpsvCatalogue(
  items: readonly PublicProcedure[],
  ctx: CpsvSite,
  keyOf?: (p: PublicProcedure) => string,
): CpsvDocument {
  const iris = new SiteIris(ctx.siteUrl);
  const used = new Map<string, JsonLdNode[]>();
  const nodesOf = (p: PublicProcedure): JsonLdNode[] => {
    if (!keyOf) return serviceNodes(iris, p);
    const key = `${ctx.siteUrl}\u0000${keyOf(p)}`;
    const nodes = serviceCache.get(key) ?? serviceNodes(iris, p);
    used.set(key, nodes);
    return nodes;
  };
  const graph = new Graph();
  graph.add(
    ...datasetNodes(
      iris,
      items.map((p) => iris.service(p.slug)),
    ),
  );
  for (const p of items) graph.add(...nodesOf(p));
  for (const p of items) {
    const missing = (p.related ?? []).find(({ slug }) => !graph.has(iris.service(slug)));
    if (missing) throw new CpsvRelatedError(p.slug, missing.slug);
  }
  if (keyOf) {
    serviceCache.clear();
    for (const [key, nodes] of used) serviceCache.set(key, nodes);
  }
  return documentOf(graph);
}

/** A node's text as it stands in the document's `@graph` (two levels deep), made once per node object. */
const graphText = new WeakMap<object, string>();
function nodeText(node: Record<string, unknown>): string {
  let text = graphText.get(node);
  if (text === undefined) {
    text = `    ${JSON.stringify(node, null, 2).replace(/\n/g, '\n    ')}`;
    graphText.set(node, text);
  }
  return text;
}

/**
 * The file's text: `JSON.stringify(document, null, 2)` byte for byte, assembled from each node's
 * text, which is kept with the node (a catalogue run after one decision writes one node anew).
 * These are files served as application/ld+json, never inlined in HTML.
 */
export function serializeCpsv(document: CpsvDocument): string {
  if (document['@graph'].length === 0) return `${JSON.stringify(document, null, 2)}\n`;
  const context = JSON.stringify(document['@context'], null, 2).replace(/\n/g, '\n  ');
  return `{\n  "@context": ${context},\n  "@graph": [\n${document['@graph'].map(nodeText).join(',\n')}\n  ]\n}\n`;
}
