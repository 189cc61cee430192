import { execFileSync } from 'node:child_process';

/**
 * A PDF's objects as qpdf reads them (`qpdf --json`, Debian's qpdf): an independent parser, so the
 * tests check what a PDF reader finds, not what our writer meant to write.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PdfDict = { [key: string]: Json };

interface QpdfObject {
  value?: Json;
  stream?: { dict: PdfDict; data?: string };
}

export interface StructNode {
  /** The element's object reference ("12 0 R"), as the ParentTree names it. */
  ref: string;
  role: string;
  attributes: PdfDict;
  kids: StructKid[];
}
export type StructKid =
  | { kind: 'element'; node: StructNode }
  | { kind: 'content'; page: number; mcid: number }
  | { kind: 'annotation'; page: number; annotation: PdfDict };

export interface QpdfView {
  catalog: PdfDict;
  /** The /Page dictionaries in page order, with their object references ("12 0 R"). */
  pages: { ref: string; dict: PdfDict; content: string }[];
  structTreeRoot: PdfDict;
  /** The document's structure element (the one kid of the StructTreeRoot). */
  tree: StructNode;
  /** ParentTree: key → the element of each MCID (page keys) or of the object (annotation keys). */
  parentTree: Map<number, Json>;
  xmp: string;
  resolve(value: Json | undefined): Json | undefined;
}

const isRef = (v: unknown): v is string => typeof v === 'string' && /^\d+ \d+ R$/.test(v);

function load(file: string): Map<string, QpdfObject> {
  const out = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [, objects] = (JSON.parse(out) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf;
  return new Map(Object.entries(objects));
}

/** A qpdf JSON string as text: "u:…" is a text string, "/…" a name. */
export const textOf = (value: Json | undefined): string | undefined =>
  typeof value === 'string' ? (value.startsWith('u:') ? value.slice(2) : value.startsWith('/') ? value.slice(1) : value) : undefined;

export function readWithQpdf(file: string): QpdfView {
  const objects = load(file);
  const object = (ref: string) => objects.get(`obj:${ref}`);
  const resolve = (value: Json | undefined): Json | undefined => {
    if (!isRef(value)) return value;
    const o = object(value);
    return o?.value ?? (o?.stream?.dict as Json | undefined) ?? null;
  };
  const dict = (value: Json | undefined) => (resolve(value) ?? {}) as PdfDict;
  const streamText = (ref: Json | undefined) => {
    const data = isRef(ref) ? object(ref)?.stream?.data : undefined;
    return data ? Buffer.from(data, 'base64').toString('latin1') : '';
  };

  const trailer = objects.get('trailer')?.value as PdfDict;
  const catalog = dict(trailer['/Root']);
  const pages: QpdfView['pages'] = [];
  const walkPages = (ref: Json | undefined) => {
    const node = dict(ref);
    if (node['/Type'] === '/Pages') for (const kid of node['/Kids'] as Json[]) walkPages(kid);
    else {
      const contents = node['/Contents'];
      const content = (Array.isArray(contents) ? contents : [contents]).map(streamText).join('\n');
      pages.push({ ref: ref as string, dict: node, content });
    }
  };
  walkPages(catalog['/Pages']);
  const pageIndex = (ref: Json | undefined) => pages.findIndex((p) => p.ref === ref);

  const element = (ref: Json, seen: Set<string>): StructNode => {
    if (isRef(ref)) {
      if (seen.has(ref)) throw new Error(`structure element ${ref} appears twice`);
      seen.add(ref);
    }
    const e = dict(ref);
    const k = e['/K'];
    const kids = (Array.isArray(k) ? k : k === undefined ? [] : [k]).map((kid): StructKid => {
      if (typeof kid === 'number') return { kind: 'content', page: pageIndex(e['/Pg']), mcid: kid };
      const d = dict(kid);
      if (d['/Type'] === '/MCR') return { kind: 'content', page: pageIndex(d['/Pg'] ?? e['/Pg']), mcid: d['/MCID'] as number };
      if (d['/Type'] === '/OBJR') return { kind: 'annotation', page: pageIndex(d['/Pg'] ?? e['/Pg']), annotation: dict(d['/Obj']) };
      return { kind: 'element', node: element(kid, seen) };
    });
    return { ref: String(ref), role: textOf(e['/S']) ?? '', attributes: dict(e['/A']), kids };
  };

  const structTreeRoot = dict(catalog['/StructTreeRoot']);
  const rootKids = structTreeRoot['/K'];
  const [documentRef] = Array.isArray(rootKids) ? rootKids : [rootKids];
  const parentTree = new Map<number, Json>();
  const walkNumbers = (node: PdfDict) => {
    const nums = (node['/Nums'] ?? []) as Json[];
    for (let i = 0; i + 1 < nums.length; i += 2) parentTree.set(nums[i] as number, nums[i + 1] as Json);
    for (const kid of (node['/Kids'] ?? []) as Json[]) walkNumbers(dict(kid));
  };
  walkNumbers(dict(structTreeRoot['/ParentTree']));
  const xmpRef = catalog['/Metadata'];
  const xmp = isRef(xmpRef) ? Buffer.from(object(xmpRef)?.stream?.data ?? '', 'base64').toString('utf8') : '';
  return { catalog, pages, structTreeRoot, tree: element(documentRef ?? null, new Set()), parentTree, xmp, resolve };
}
