/**
 * A JSON document written in pieces, byte for byte what `JSON.stringify(document, null, 2)` and a
 * final newline write, when its last member is an array of many elements whose texts are kept
 * between runs (the BIP JSON Feed's items, the CPSV-AP catalogue's graph): the document is the
 * frame's `open`, the elements' texts joined by `ELEMENT_SEPARATOR`, and its `close`.
 */

/** An element of an array that is a member of the top-level object, as that document writes it. */
export const elementText = (value: unknown): string => `    ${JSON.stringify(value, null, 2).replace(/\n/g, '\n    ')}`;

export const ELEMENT_SEPARATOR = ',\n';

/**
 * What stands before the first element of `head[key]` (the document's last member) and after its
 * last; `empty` is the whole document when the array has no elements.
 */
export function arrayLastFrame(head: Record<string, unknown>, key: string): { open: string; close: string; empty: string } {
  const text = JSON.stringify({ ...head, [key]: [] }, null, 2);
  const emptyArray = `${JSON.stringify(key)}: []\n}`;
  if (!text.endsWith(emptyArray)) throw new Error(`JSON: "${key}" must be the document's last member`);
  return { open: `${text.slice(0, -emptyArray.length)}${JSON.stringify(key)}: [\n`, close: '\n  ]\n}\n', empty: `${text}\n` };
}
