import type { JsonLdNode } from './vocabulary';

/** What a mapper adds to a service: the IRIs the service links, and the nodes behind them. */
export interface Part {
  links: string[];
  nodes: JsonLdNode[];
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

/**
 * The nodes of one JSON-LD document by `@id`. The same organisation, concept or legal act is reached
 * from many services; it is written once, its values merged (a repeated value is kept once), so a
 * node never contradicts itself across procedures.
 */
export class Graph {
  private readonly nodes = new Map<string, JsonLdNode>();
  /** The last form each node was added in: most repeats (a concept, a department) are identical. */
  private readonly lastAdded = new Map<string, string>();
  /** The nodes this graph copied to merge into; the others are the added objects themselves. */
  private readonly merged = new Set<string>();

  add(...nodes: JsonLdNode[]): void {
    for (const node of nodes) {
      const id = node['@id'];
      const serialised = JSON.stringify(node);
      if (this.lastAdded.get(id) === serialised) continue;
      this.lastAdded.set(id, serialised);
      let existing = this.nodes.get(id);
      if (!existing) {
        this.nodes.set(id, node);
        continue;
      }
      if (!this.merged.has(id)) {
        existing = { ...existing };
        this.nodes.set(id, existing);
        this.merged.add(id);
      }
      mergeInto(existing, node);
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Nodes in the order they were first added (the document's subject first). */
  toArray(): JsonLdNode[] {
    return [...this.nodes.values()];
  }
}

/** Adds `node`'s values to `existing` (same `@id`): each term's values once. */
export function mergeInto(existing: JsonLdNode, node: JsonLdNode): void {
  for (const [term, value] of Object.entries(node)) {
    if (term === '@id' || value === undefined) continue;
    existing[term] = term in existing ? merged(existing[term], value) : value;
  }
}

/** Both nodes' values, each once; a set stays an array, a single value stays single when it agrees. */
function merged(a: unknown, b: unknown): unknown {
  const values = new Map<string, unknown>();
  for (const value of [...asArray(a), ...asArray(b)]) values.set(JSON.stringify(value), value);
  const all = [...values.values()];
  return all.length === 1 && !Array.isArray(a) && !Array.isArray(b) ? all[0] : all;
}

/** Drops undefined and empty-array terms, so a node states only what the record says. */
export function node(fields: Record<string, unknown> & { '@id': string }): JsonLdNode {
  const result: JsonLdNode = { '@id': fields['@id'] };
  for (const [term, value] of Object.entries(fields)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    result[term] = value;
  }
  return result;
}
