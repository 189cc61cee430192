import type { AnySchemaObject } from 'ajv/dist/2020';
import { schemas } from '../../schemas';
import { deref } from '../../schemas/describe';

const root = schemas.procedure;
const resolved = (node: AnySchemaObject) => deref({ node, root, pointer: '' }).node;

/**
 * Top-level lists of plain strings in the exchange format (`legalBasis: ["…"]`), which the CMS
 * stores as rows with one `value` field — read from the schema, so a new list needs no code here.
 * `related` is a list of slugs stored as a relationship instead.
 */
export const PHRASE_LISTS: ReadonlySet<string> = new Set(
  Object.entries((root.properties ?? {}) as Record<string, AnySchemaObject>)
    .filter(([name, property]) => {
      const node = resolved(property);
      return name !== 'related' && node.type === 'array' && resolved(node.items as AnySchemaObject).type === 'string';
    })
    .map(([name]) => name),
);

/**
 * Exchange path → Payload field path, for errors found on an exchange record and shown on a
 * form: lists of plain strings are rows with a `value` field; related slugs are one field.
 */
export function toPayloadPath(path: string): string {
  const [head, index, ...rest] = path.split('.');
  if (head && PHRASE_LISTS.has(head) && index !== undefined && /^\d+$/.test(index) && rest.length === 0) return `${path}.value`;
  if (head === 'related' && index !== undefined) return 'related';
  return path;
}

/** Payload field path → exchange path (the reverse of `toPayloadPath` for phrase rows). */
export function toExchangePath(path: readonly (string | number)[] | string): string {
  const dotted = Array.isArray(path) ? path.join('.') : String(path);
  const [head, index, last] = dotted.split('.');
  return head && PHRASE_LISTS.has(head) && last === 'value' && index !== undefined ? `${head}.${index}` : dotted;
}
