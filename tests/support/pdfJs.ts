import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One marked-content sequence as pdf.js finds it in a page's content stream, in stream order. */
export interface MarkedSequence {
  tag: string;
  /** The MCID, when the sequence has one (structure content); artifacts have none. */
  mcid?: number;
  text: string;
}

export interface StructTreeJson {
  role?: string;
  type?: string;
  id?: string;
  children?: StructTreeJson[];
}

export interface PdfJsPage {
  /** Outermost marked-content sequences with their text, in stream order. */
  marked: MarkedSequence[];
  /** Text drawn outside any marked-content sequence: must be none in a tagged PDF. */
  untagged: string[];
  /** The page's part of the structure tree (`page.getStructTree()`). */
  structTree: StructTreeJson | null;
  links: { url?: string; contents: string; structParent?: number }[];
}

export interface PdfJsView {
  info: Record<string, unknown>;
  /** XMP properties as pdf.js parses them ("dc:title", "pdfuaid:part"…). */
  xmp: Map<string, unknown>;
  lang: string | null;
  pages: PdfJsPage[];
}

interface TextPart {
  type?: string;
  tag?: string;
  id?: string;
  str?: string;
  hasEOL?: boolean;
}

/** Follows BDC/EMC nesting: text belongs to the outermost open sequence (where our writer puts the MCID). */
function markedSequences(items: readonly TextPart[]): { marked: MarkedSequence[]; untagged: string[] } {
  const marked: MarkedSequence[] = [];
  const untagged: string[] = [];
  let depth = 0;
  for (const item of items) {
    if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') {
      if (depth === 0) {
        const mcid = item.id ? /_mc(\d+)$/.exec(item.id)?.[1] : undefined;
        marked.push({ tag: item.tag ?? '', ...(mcid !== undefined ? { mcid: Number(mcid) } : {}), text: '' });
      }
      depth++;
    } else if (item.type === 'endMarkedContent') {
      depth--;
    } else if (item.str !== undefined) {
      const current = marked.at(-1);
      // pdf.js drops a line's trailing space and reports the line change instead: read it as the space it stands for.
      if (depth > 0 && current) current.text += item.hasEOL ? `${item.str} ` : item.str;
      else if (item.str.trim() !== '') untagged.push(item.str);
    }
  }
  return { marked, untagged };
}

/** A PDF as pdf.js (Mozilla's reader, legacy build for Node) reads it: metadata, marked content, structure, links. */
export async function readWithPdfJs(bytes: Uint8Array): Promise<PdfJsView> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const meta = (await doc.getMetadata()) as unknown as { info: Record<string, unknown>; metadata: Iterable<[string, unknown]> | null };
    const pages: PdfJsPage[] = [];
    let lang: string | null = null;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      lang = content.lang ?? null;
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        url?: string;
        contentsObj?: { str: string };
        structParent?: number;
      }[];
      pages.push({
        ...markedSequences(content.items as TextPart[]),
        structTree: (await page.getStructTree()) as StructTreeJson | null,
        links: annotations
          .filter((a) => a.subtype === 'Link')
          .map((a) => ({
            ...(a.url ? { url: a.url } : {}),
            contents: a.contentsObj?.str ?? '',
            ...(a.structParent !== undefined ? { structParent: a.structParent } : {}),
          })),
      });
    }
    return { info: meta.info, xmp: new Map(meta.metadata ?? []), lang, pages };
  } finally {
    await doc.destroy();
  }
}
