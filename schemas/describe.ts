import type { AnySchemaObject } from 'ajv/dist/2020';
import { schemas } from './ajv';

const byFileName: Record<string, AnySchemaObject> = {
  'procedure.schema.json': schemas.procedure,
  'public-procedure.schema.json': schemas.publicProcedure,
  'feed-item.schema.json': schemas.feedItem,
};

/** A sub-schema together with the schema file it is in and its JSON pointer there. */
export interface Located {
  node: AnySchemaObject;
  root: AnySchemaObject;
  pointer: string;
}

function nodeAt(root: AnySchemaObject, pointer: string): AnySchemaObject {
  let node: unknown = root;
  for (const raw of pointer.split('/').filter(Boolean)) {
    node = (node as Record<string, unknown>)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  if (!node || typeof node !== 'object') throw new Error(`Schema pointer not found: #${pointer}`);
  return node as AnySchemaObject;
}

/** Follows `$ref`s (local or to a sibling schema file) until a schema without one. */
export function deref(located: Located): Located {
  let current = located;
  for (let hops = 0; typeof current.node.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`Schema $ref loop at ${String(current.node.$ref)}`);
    const [file, pointer = ''] = String(current.node.$ref).split('#');
    const root = file ? byFileName[file] : current.root;
    if (!root) throw new Error(`Unknown schema file in $ref: ${file}`);
    current = { node: nodeAt(root, pointer), root, pointer };
  }
  return current;
}

function labelOf(located: Located): string | undefined {
  if (typeof located.node.description === 'string') return located.node.description;
  const target = deref(located).node;
  return typeof target.description === 'string' ? target.description : undefined;
}

function step(located: Located, segment: string): Located | undefined {
  const { node, root, pointer } = deref(located);
  if (node.type === 'array' || node.items) {
    return node.items ? { node: node.items as AnySchemaObject, root, pointer: `${pointer}/items` } : undefined;
  }
  const property = (node.properties as Record<string, AnySchemaObject> | undefined)?.[segment];
  return property ? { node: property, root, pointer: `${pointer}/properties/${segment}` } : undefined;
}

/** The sub-schema at a data path (property names and array indexes). */
export function schemaAtPath(root: AnySchemaObject, segments: readonly string[]): Located | undefined {
  let located: Located | undefined = { node: root, root, pointer: '' };
  for (const segment of segments) {
    if (!located) return undefined;
    located = step(located, segment);
  }
  return located;
}

/**
 * A person-readable label for a data path: the template heading of the field, prefixed by the
 * list item it sits in ("Etap 2 — Nazwa etapu").
 */
export function describePath(root: AnySchemaObject, segments: readonly string[]): string {
  let label = labelOf({ node: root, root, pointer: '' }) ?? 'Opis procedury';
  const context: string[] = [];
  let located: Located | undefined = { node: root, root, pointer: '' };
  for (const segment of segments) {
    if (!located) break;
    located = step(located, segment);
    if (!located) {
      label = segment;
      break;
    }
    if (/^\d+$/.test(segment)) context.push(`${labelOf(located) ?? 'Pozycja'} ${Number(segment) + 1}`);
    else label = labelOf(located) ?? segment;
  }
  return context.length > 0 ? `${context.join(', ')} — ${label}` : label;
}
