import { isDeepStrictEqual } from 'node:util';
import { schemas } from '../../../schemas';
import { describePath, type Located } from '../../../schemas/describe';
import { formatDeadline, formatValue } from './formatValue';
import { type LeafKind, type Shape, shapeOf } from './schemaShape';
import type { ComparedVersion, ComparisonRow, FileFacts, RowStatus } from './types';
import { alignItems, listDiff, wordDiff } from './wordDiff';

interface Walk {
  rows: ComparisonRow[];
  before: ComparedVersion;
  after: ComparedVersion;
}

/** Absent, null and empty all read as "nothing here": a field left out and a field emptied are the same to a reader. */
function present(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value) && value.length === 0) return undefined;
  return value;
}

function statusOf(before: unknown, after: unknown, isSame: boolean): RowStatus {
  if (isSame) return 'same';
  if (before === undefined) return 'added';
  return after === undefined ? 'removed' : 'changed';
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function base(segments: readonly string[], before: unknown, after: unknown, isSame: boolean) {
  return { path: segments.join('.'), label: describePath(schemas.procedure, segments), status: statusOf(before, after, isSame) };
}

function fileFacts(version: ComparedVersion, name: unknown): FileFacts | undefined {
  if (typeof name !== 'string') return undefined;
  return version.files.get(name) ?? { fileName: name };
}

/** Same name, and no known size or hash that differs. */
function sameFile(a: FileFacts | undefined, b: FileFacts | undefined): boolean {
  if (!a || !b) return a === b;
  const differs = (x: unknown, y: unknown) => x !== undefined && y !== undefined && x !== y;
  return a.fileName === b.fileName && !differs(a.size, b.size) && !differs(a.sha256, b.sha256);
}

function compareLeaf(walk: Walk, kind: LeafKind, isAtMark: boolean, segments: string[], rawBefore: unknown, rawAfter: unknown): void {
  const before = present(rawBefore);
  const after = present(rawAfter);
  if (kind === 'file') {
    const b = fileFacts(walk.before, before);
    const a = fileFacts(walk.after, after);
    walk.rows.push({ ...base(segments, b, a, sameFile(b, a)), display: 'file', ...(b ? { before: b } : {}), ...(a ? { after: a } : {}) });
    return;
  }
  const isSame = isDeepStrictEqual(before, after);
  if (kind === 'text' || kind === 'markdown') {
    const parts = wordDiff(before === undefined ? '' : String(before), after === undefined ? '' : String(after));
    walk.rows.push({ ...base(segments, before, after, isSame), display: 'words', parts: parts.filter((p) => p.text.length > 0) });
    return;
  }
  const context = { name: segments.at(-1) ?? '', isAtMark };
  walk.rows.push({
    ...base(segments, before, after, isSame),
    display: 'value',
    ...(before === undefined ? {} : { before: formatValue(kind, before, context) }),
    ...(after === undefined ? {} : { after: formatValue(kind, after, context) }),
  });
}

function compareLeafList(walk: Walk, kind: LeafKind, segments: string[], before: unknown, after: unknown): void {
  const context = { name: segments.at(-1) ?? '', isAtMark: false };
  const texts = (value: unknown) => asList(value).map((item) => formatValue(kind, item, context));
  const b = present(before);
  const a = present(after);
  walk.rows.push({ ...base(segments, b, a, isDeepStrictEqual(b, a)), display: 'list', items: listDiff(texts(b), texts(a)) });
}

function compareObjectList(walk: Walk, item: Located, segments: string[], before: unknown, after: unknown): void {
  for (const pair of alignItems(asList(before), asList(after), isDeepStrictEqual)) {
    // Changed and added items are named by their place in the newer version, removed ones by their old place.
    const index = pair.afterIndex ?? pair.beforeIndex ?? 0;
    compareNode(walk, item, [...segments, String(index)], pair.before, pair.after);
  }
}

function compareDuration(walk: Walk, shape: Extract<Shape, { type: 'duration' }>, segments: string[], before: unknown, after: unknown) {
  const b = asRecord(before);
  const a = asRecord(after);
  const read = (value: Record<string, unknown>) => formatDeadline(value.value, value.unit);
  const [readBefore, readAfter] = [read(b), read(a)];
  walk.rows.push({
    ...base(segments, readBefore, readAfter, readBefore === readAfter),
    display: 'value',
    ...(readBefore === undefined ? {} : { before: readBefore }),
    ...(readAfter === undefined ? {} : { after: readAfter }),
  });
  for (const [name, child] of shape.rest) compareNode(walk, child, [...segments, name], b[name], a[name]);
}

function compareNode(walk: Walk, located: Located, segments: string[], before: unknown, after: unknown): void {
  const shape = shapeOf(located);
  if (shape.type === 'object') {
    const [b, a] = [asRecord(before), asRecord(after)];
    for (const [name, child] of shape.properties) compareNode(walk, child, [...segments, name], b[name], a[name]);
  } else if (shape.type === 'duration') compareDuration(walk, shape, segments, before, after);
  else if (shape.type === 'objectList') compareObjectList(walk, shape.item, segments, before, after);
  else if (shape.type === 'leafList') compareLeafList(walk, shape.item, segments, before, after);
  else compareLeaf(walk, shape.kind, shape.isAtMark, segments, before, after);
}

/**
 * Two versions of a procedure field by field, in the template's order (the schema's), each row
 * labelled as the template labels it: text and Markdown word by word, lists item by item,
 * attachments by name, size and content hash. Unchanged fields are rows too (status "same"), so
 * that a reader may ask to see everything.
 */
export function compareVersions(before: ComparedVersion, after: ComparedVersion): ComparisonRow[] {
  const walk: Walk = { rows: [], before, after };
  const root = schemas.procedure;
  compareNode(walk, { node: root, root, pointer: '' }, [], before.record ?? {}, after.record ?? {});
  // A field neither version fills in is no part of either: it is not a row, not even among "all fields".
  return walk.rows.filter((row) => !(row.status === 'same' && isEmptyRow(row)));
}

function isEmptyRow(row: ComparisonRow): boolean {
  switch (row.display) {
    case 'words':
      return row.parts.length === 0;
    case 'list':
      return row.items.length === 0;
    default:
      return row.before === undefined && row.after === undefined;
  }
}
