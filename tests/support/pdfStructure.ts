import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type PdfJsView, readWithPdfJs } from './pdfJs';
import { type QpdfView, readWithQpdf, type StructNode } from './pdfQpdf';

/** A structure element with the text pdf.js extracts from its own marked content and its descendants' (white space collapsed). */
export interface TextNode {
  role: string;
  node: StructNode;
  text: string;
  /** The text of its own marked content only, without its child elements'. */
  ownText: string;
  children: TextNode[];
  /** Pages (0-based) this element's own content is on. */
  pages: number[];
}

/** One card read by two independent readers, joined: qpdf for objects and the tree, pdf.js for text and marked content. */
export interface ReadPdf {
  file: string;
  qpdf: QpdfView;
  pdfjs: PdfJsView;
  tree: TextNode;
  pdfinfo: string;
  pdftotext: string;
}

export const contentKey = (page: number, mcid: number) => `${page}:${mcid}`;

function textTree(node: StructNode, texts: ReadonlyMap<string, string>): TextNode {
  const children: TextNode[] = [];
  const pages = new Set<number>();
  let text = '';
  let ownText = '';
  for (const kid of node.kids) {
    if (kid.kind === 'element') {
      const child = textTree(kid.node, texts);
      children.push(child);
      text += ` ${child.text} `;
      ownText += ' ';
    } else if (kid.kind === 'content') {
      pages.add(kid.page);
      const content = texts.get(contentKey(kid.page, kid.mcid)) ?? '';
      text += content;
      ownText += content;
    }
  }
  const collapse = (t: string) => t.replace(/\s+/g, ' ').trim();
  return { role: node.role, node, text: collapse(text), ownText: collapse(ownText), children, pages: [...pages] };
}

/** Writes the bytes to a scratch file (qpdf and poppler read files), reads them with every reader, removes the file. */
export async function readPdf(bytes: Uint8Array, name: string): Promise<ReadPdf> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lckm-pdf-'));
  const file = path.join(dir, `${name}.pdf`);
  try {
    fs.writeFileSync(file, bytes);
    const qpdf = readWithQpdf(file);
    const pdfjs = await readWithPdfJs(bytes);
    const texts = new Map<string, string>();
    for (const [page, { marked }] of pdfjs.pages.entries()) {
      for (const m of marked) if (m.mcid !== undefined) texts.set(contentKey(page, m.mcid), m.text);
    }
    return {
      file,
      qpdf,
      pdfjs,
      tree: textTree(qpdf.tree, texts),
      pdfinfo: execFileSync('pdfinfo', [file], { encoding: 'utf8' }),
      pdftotext: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Every element below `node` (itself included), depth first: the reading order. */
export function allNodes(node: TextNode): TextNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}

/** The structure's content items in reading order (depth first), as "page:mcid". */
export function contentOrder(node: StructNode): string[] {
  return node.kids.flatMap((kid) =>
    kid.kind === 'element' ? contentOrder(kid.node) : kid.kind === 'content' ? [contentKey(kid.page, kid.mcid)] : [],
  );
}

/** The tree as indented text: each element's role and its own text (shortened). */
export function outline(node: TextNode, depth = 0): string {
  const own = node.ownText.length > 72 ? `${node.ownText.slice(0, 71)}…` : node.ownText;
  const line = `${'  '.repeat(depth)}${node.role}${own ? ` “${own}”` : ''}`;
  return [line, ...node.children.map((c) => outline(c, depth + 1))].join('\n');
}
