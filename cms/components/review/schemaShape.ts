import type { AnySchemaObject } from 'ajv/dist/2020';
import { deref, type Located } from '../../../schemas/describe';
import { DURATION_UNITS } from '../../../templates/format';

/** How a leaf value is read and compared. */
export type LeafKind = 'text' | 'markdown' | 'flag' | 'date' | 'choice' | 'number' | 'file';

/** What the comparison does with a part of the procedure, as the schema describes it. */
export type Shape =
  | { type: 'object'; properties: [string, Located][] }
  | { type: 'duration'; rest: [string, Located][] }
  | { type: 'objectList'; item: Located }
  | { type: 'leafList'; item: LeafKind }
  | { type: 'leaf'; kind: LeafKind; isAtMark: boolean };

/** The schema of the attachment names (`file`, `sampleFile`): compared by the file's facts, not its name alone. */
const FILE_NAME_POINTER = '/$defs/fileName';

/** Follows `$ref`s, and takes a nullable `oneOf` ("Markdown or null", "a date or null") as its non-null branch. */
export function resolve(located: Located): Located {
  let current = deref(located);
  const branches = current.node.oneOf as AnySchemaObject[] | undefined;
  if (Array.isArray(branches)) {
    const index = branches.findIndex((branch) => branch.type !== 'null');
    const branch = branches[index];
    if (branch) current = deref({ node: branch, root: current.root, pointer: `${current.pointer}/oneOf/${index}` });
  }
  return current;
}

function leafKind(located: Located): LeafKind {
  const { node, pointer } = resolve(located);
  if (pointer === FILE_NAME_POINTER) return 'file';
  if (node.type === 'boolean') return 'flag';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (Array.isArray(node.enum)) return 'choice';
  if (node.format === 'date') return 'date';
  return node.textKind === 'multiline' ? 'markdown' : 'text';
}

function propertiesOf(located: Located): [string, Located][] {
  const { node, root, pointer } = resolve(located);
  const properties = (node.properties ?? {}) as Record<string, AnySchemaObject>;
  return Object.entries(properties).map(([name, child]) => [name, { node: child, root, pointer: `${pointer}/properties/${name}` }]);
}

/** "Termin realizacji": a number with a unit of days, weeks or months, read together ("1 miesiąc"). */
function isDuration(properties: [string, Located][]): boolean {
  const unit = properties.find(([name]) => name === 'unit')?.[1];
  const value = properties.find(([name]) => name === 'value')?.[1];
  const units = unit ? (resolve(unit).node.enum as unknown[] | undefined) : undefined;
  return Boolean(value && units?.every((u) => typeof u === 'string' && u in DURATION_UNITS));
}

/** The shape of the value at `located`. */
export function shapeOf(located: Located): Shape {
  const resolved = resolve(located);
  const { node, root, pointer } = resolved;
  if (node.type === 'array' && node.items) {
    const item: Located = { node: node.items as AnySchemaObject, root, pointer: `${pointer}/items` };
    const itemNode = resolve(item).node;
    if (itemNode.type === 'object' || itemNode.properties) return { type: 'objectList', item };
    return { type: 'leafList', item: leafKind(item) };
  }
  if (node.type === 'object' || node.properties) {
    const properties = propertiesOf(resolved);
    if (isDuration(properties)) return { type: 'duration', rest: properties.filter(([name]) => name !== 'value' && name !== 'unit') };
    return { type: 'object', properties };
  }
  const description = typeof located.node.description === 'string' ? located.node.description : String(node.description ?? '');
  // The template marks a step possible without a visit with "@"; its schema says so in the label.
  return { type: 'leaf', kind: leafKind(located), isAtMark: description.includes('(@)') };
}
