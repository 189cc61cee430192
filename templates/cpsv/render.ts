/**
 * CPSV-AP 3.2.0 JSON-LD of the published procedures: pure renderers (`routes.bipProcedureJsonLd(slug)`,
 * `routes.bipCatalogueJsonLd()`) and the serialiser; the publisher writes the files. Mapping: docs/cpsv-ap.md.
 */
import type { PublicProcedure } from '../../schemas/types.generated';
import { arrayLastFrame, ELEMENT_SEPARATOR, elementText } from '../jsonText';
import { KeptTexts } from '../keptTexts';
import { Graph, mergeInto } from './graph';
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

/**
 * The file's text: what `JSON.stringify(document, null, 2)` writes. These are files served as
 * application/ld+json, never inlined in HTML.
 */
export function serializeCpsv(document: CpsvDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * One procedure's service nodes as the catalogue writes them, and nothing more: each node's `@id`
 * and its text in the `@graph` (UTF-8, one buffer; node `i` ends at `ends[i]`). Ten thousand
 * procedures' nodes as objects and strings took a gigabyte; as bytes they take what the file does.
 */
interface KeptNodes {
  ids: string[];
  bytes: Buffer;
  ends: Uint32Array;
}

function keptNodesOf(iris: SiteIris, p: PublicProcedure): KeptNodes {
  const nodes = serviceNodes(iris, p);
  const texts = nodes.map((n) => Buffer.from(elementText(n)));
  const ends = new Uint32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => {
    end += text.length;
    ends[i] = end;
  });
  return { ids: nodes.map((n) => n['@id']), bytes: Buffer.concat(texts), ends };
}

/** Each procedure's kept nodes by the site and the procedure's content hash, between publish runs of one process. */
const keptCatalogueNodes = new KeptTexts<KeptNodes>();

/**
 * The catalogue's file (`routes.bipCatalogueJsonLd()`): the bytes of `serializeCpsv(renderCpsvCatalogue(items, ctx))`
 * in pieces to be written one after another (never joined: 70 MB at 10,000 procedures),
 * assembled from each procedure's kept node texts (`keyOf`: its content hash). After one decision
 * only that procedure's nodes are made again; a node several procedures share (a department, a
 * concept, a legal act) is merged as the graph merges it, and only when its texts differ.
 */
export function renderCpsvCatalogueFile(items: readonly PublicProcedure[], ctx: CpsvSite, keyOf: (p: PublicProcedure) => string): Buffer[] {
  const iris = new SiteIris(ctx.siteUrl);
  /** The graph in order: a node's text as kept, or the node merged from several texts. */
  const slots: (Buffer | JsonLdNode)[] = [];
  const slotOf = new Map<string, number>();
  const lastAdded = new Map<string, Buffer>();
  const add = (id: string, text: Buffer) => {
    const at = slotOf.get(id);
    if (at === undefined) {
      slotOf.set(id, slots.length);
      slots.push(text);
    } else if (!lastAdded.get(id)?.equals(text)) {
      const existing = slots[at] as Buffer | JsonLdNode;
      const into = Buffer.isBuffer(existing) ? (JSON.parse(existing.toString()) as JsonLdNode) : existing;
      mergeInto(into, JSON.parse(text.toString()) as JsonLdNode);
      slots[at] = into;
    }
    lastAdded.set(id, text);
  };
  for (const n of datasetNodes(
    iris,
    items.map((p) => iris.service(p.slug)),
  ))
    add(n['@id'], Buffer.from(elementText(n)));
  for (const p of items) {
    const kept = keptCatalogueNodes.get(`${ctx.siteUrl}\u0000${keyOf(p)}`, () => keptNodesOf(iris, p));
    kept.ids.forEach((id, i) => {
      add(id, kept.bytes.subarray(i === 0 ? 0 : kept.ends[i - 1], kept.ends[i]));
    });
  }
  for (const p of items) {
    const missing = (p.related ?? []).find(({ slug }) => !slotOf.has(iris.service(slug)));
    if (missing) {
      keptCatalogueNodes.discardRun();
      throw new CpsvRelatedError(p.slug, missing.slug);
    }
  }
  keptCatalogueNodes.endRun();
  const frame = arrayLastFrame({ '@context': [CPSV_CONTEXT_URL, LOCAL_CONTEXT] }, '@graph');
  const separator = Buffer.from(ELEMENT_SEPARATOR);
  const parts: Buffer[] = [Buffer.from(frame.open)];
  slots.forEach((slot, i) => {
    if (i > 0) parts.push(separator);
    parts.push(Buffer.isBuffer(slot) ? slot : Buffer.from(elementText(slot)));
  });
  parts.push(Buffer.from(frame.close));
  return parts;
}
