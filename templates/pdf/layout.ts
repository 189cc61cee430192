import {
  beginText,
  endText,
  fill,
  lineTo,
  moveText,
  moveTo,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFName,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  showText,
  stroke,
} from 'pdf-lib';
import type { Furniture, Run } from './blocks';
import { type Fonts, widthOf } from './fonts';
import { pdfText, safeUri } from './pdfStrings';
import { beginArtifact, endMarked, type StructElement, type StructureTree, type TaggedPage } from './structure';
import type { Line } from './textFlow';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;

export type Color = readonly [number, number, number];
export const BLACK: Color = [0, 0, 0];
export const GREY: Color = [0.3, 0.3, 0.3];
const LINK: Color = [0.05, 0.27, 0.55];

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: Color;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The pages of one tagged document and a cursor on the current one: text is drawn with pdf-lib's
 * low-level operators so that every piece sits in a marked-content sequence of its structure
 * element, every link has its annotation in the structure, and everything else is an artifact.
 */
export class PageFlow {
  readonly pages: TaggedPage[] = [];
  /** The top of the next line on the current page. */
  y = 0;
  private current!: TaggedPage;
  private readonly fontKeys = new Map<TaggedPage, Map<PDFFont, PDFName>>();
  private readonly glyphCodes = new Map<PDFFont, Map<string, string>>();

  constructor(
    readonly pdf: PDFDocument,
    readonly fonts: Fonts,
    readonly tree: StructureTree,
  ) {
    this.newPage();
  }

  get page(): TaggedPage {
    return this.current;
  }

  get atTopOfPage(): boolean {
    return this.y >= A4[1] - MARGIN;
  }

  newPage(): void {
    this.current = this.tree.addPage(this.pdf.addPage(A4));
    this.pages.push(this.current);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN && !this.atTopOfPage) this.newPage();
  }

  /** The page's resource name of a font, added once per page (pdf-lib's drawText adds one per call). */
  private fontKey(page: TaggedPage, font: PDFFont): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }

  /**
   * The glyph codes of `text`, one character at a time, each asked of pdf-lib once per document:
   * pdf-lib shapes every string it encodes, at a fixed cost per call far above the cost per glyph.
   * Without ligatures, kerning or mark positioning (fonts.ts) a character is always the same glyph.
   */
  private encode(text: string, font: PDFFont): PDFHexString {
    let codes = this.glyphCodes.get(font);
    if (!codes) {
      codes = new Map();
      this.glyphCodes.set(font, codes);
    }
    let hex = '';
    for (const char of text) {
      let code = codes.get(char);
      if (code === undefined) {
        code = font.encodeText(char).asString();
        codes.set(char, code);
      }
      hex += code;
    }
    return PDFHexString.of(hex);
  }

  textOperators(page: TaggedPage, text: string, x: number, baseline: number, style: TextStyle): PDFOperator[] {
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const [r, g, b] = style.color ?? BLACK;
    return [
      beginText(),
      setFontAndSize(this.fontKey(page, font), style.size),
      setFillingRgbColor(r, g, b),
      moveText(round(x), round(baseline)),
      showText(this.encode(text, font)),
      endText(),
    ];
  }

  /** Draws one line at `x` with its top at the cursor, each segment marked as content of `owner` or of its link. */
  drawLine(line: Line, x: number, style: TextStyle, owner: StructElement, links: Map<Run, StructElement>): void {
    const page = this.current;
    const baseline = this.y - style.size;
    const ops: PDFOperator[] = [];
    for (const segment of line.segments) {
      const uri = segment.run.href ? safeUri(segment.run.href) : undefined;
      const linkStyle = uri ? { ...style, color: LINK } : style;
      const segmentStyle = { ...linkStyle, bold: segment.bold || style.bold === true };
      let element = owner;
      if (uri) {
        element = links.get(segment.run) ?? this.tree.element('Link', owner);
        links.set(segment.run, element);
      }
      ops.push(this.tree.beginMarked(page, element), ...this.textOperators(page, segment.text, x + segment.x, baseline, segmentStyle));
      ops.push(endMarked());
      if (uri && segment.run.href) {
        const box = [x + segment.x, baseline - style.size * 0.25, x + segment.x + segment.width, baseline + style.size * 0.9];
        this.addLink(page, element, box, uri, segment.run);
        ops.push(...this.artifactLine(x + segment.x, baseline - 1.5, x + segment.x + segment.width, baseline - 1.5, LINK));
      }
    }
    page.page.pushOperators(...ops);
  }

  private addLink(page: TaggedPage, element: StructElement, box: number[], uri: NonNullable<ReturnType<typeof safeUri>>, run: Run): void {
    const { context } = this.pdf;
    const ref = context.nextRef();
    const key = this.tree.addAnnotation(page, element, ref);
    const description = run.text.trim() === run.href ? run.text.trim() : `${run.text.trim()} (${run.href})`;
    const annotation = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: box.map(round),
      Border: [0, 0, 0],
      F: 4,
      A: { Type: 'Action', S: 'URI', URI: uri },
      Contents: pdfText(description),
      StructParent: key,
    });
    context.assign(ref, annotation);
    page.page.node.addAnnot(ref);
  }

  /** A rule or underline: page layout, not content. */
  artifactLine(x1: number, y1: number, x2: number, y2: number, color: Color, width = 0.5): PDFOperator[] {
    return [
      beginArtifact(this.pdf.context),
      pushGraphicsState(),
      setLineWidth(width),
      setStrokingRgbColor(...color),
      moveTo(round(x1), round(y1)),
      lineTo(round(x2), round(y2)),
      stroke(),
      popGraphicsState(),
      endMarked(),
    ];
  }

  /** A filled box (a table header's background): page layout, not content. */
  artifactBox(x: number, y: number, width: number, height: number, color: Color): PDFOperator[] {
    return [
      beginArtifact(this.pdf.context),
      pushGraphicsState(),
      setFillingRgbColor(...color),
      rectangle(round(x), round(y), round(width), round(height)),
      fill(),
      popGraphicsState(),
      endMarked(),
    ];
  }

  /** Header, footer and "Strona n z N" on every page, as pagination artifacts (drawn once the page count is known). */
  drawFurniture(furniture: Furniture): void {
    const style: TextStyle = { size: 8, color: GREY };
    const { context } = this.pdf;
    for (const [i, page] of this.pages.entries()) {
      const ops: PDFOperator[] = [];
      if (furniture.header) {
        ops.push(beginArtifact(context, 'Header'), ...this.textOperators(page, furniture.header, MARGIN, A4[1] - 34, style), endMarked());
        ops.push(...this.artifactLine(MARGIN, A4[1] - 40, A4[0] - MARGIN, A4[1] - 40, [0.75, 0.75, 0.75]));
      }
      ops.push(beginArtifact(context, 'Footer'));
      if (furniture.footer) ops.push(...this.textOperators(page, furniture.footer, MARGIN, 30, style));
      if (furniture.pageNumbers) {
        const label = `Strona ${i + 1} z ${this.pages.length}`;
        const width = widthOf(label, this.fonts.regular, false, style.size);
        ops.push(...this.textOperators(page, label, A4[0] - MARGIN - width, 30, style));
      }
      ops.push(endMarked());
      page.page.pushOperators(...ops);
    }
  }
}
