import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', name);

const A4: [number, number] = [595.28, 841.89];

/**
 * Fonts parsed once per process: pdf-lib asks fontkit to parse the whole font for every document,
 * the largest cost of a card. A parsed font is read-only to the subsetter, so one is shared.
 */
const parsedFonts = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const fontFiles = new Map<string, Buffer>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create: (data: Uint8Array, postscriptName?: string) => {
    let font = parsedFonts.get(data);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsedFonts.set(data, font);
    }
    return font;
  },
};
const fontBytes = (name: string): Buffer => {
  let bytes = fontFiles.get(name);
  if (!bytes) {
    bytes = fs.readFileSync(fontFile(name));
    fontFiles.set(name, bytes);
  }
  return bytes;
};
/** Plain Latin text needs no ligatures or kerning; without them fontkit skips most OpenType lookups. */
const FEATURES = { liga: false, clig: false, calt: false, kern: false, rlig: false, ccmp: false, locl: false, mark: false, mkmk: false };
const WORD_WIDTHS = new Map<string, number>();
const MARGIN = 56;

/**
 * Flowing Polish text on A4 pages with embedded DejaVu fonts (so "Łódź" renders and extracts),
 * the document titled and its language set.
 */
export class PdfTextWriter {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    readonly pdf: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  static async create(title: string, author: string): Promise<PdfTextWriter> {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(sharedFontkit);
    pdf.setTitle(title, { showInWindowTitleBar: true });
    pdf.setLanguage('pl-PL');
    pdf.setAuthor(author);
    pdf.setCreator('Baza wiedzy o procedurach');
    const regular = await pdf.embedFont(fontBytes('DejaVuSans.ttf'), { subset: true, features: FEATURES });
    const bold = await pdf.embedFont(fontBytes('DejaVuSans-Bold.ttf'), { subset: true, features: FEATURES });
    return new PdfTextWriter(pdf, regular, bold);
  }

  private newPage(): void {
    this.page = this.pdf.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Word widths, measured once per process: measuring runs OpenType shaping, the costly part of a card. */
  private readonly widths = WORD_WIDTHS;

  private widthOf(word: string, font: PDFFont, size: number): number {
    const key = `${font === this.bold ? 'b' : 'r'}${size}:${word}`;
    let width = this.widths.get(key);
    if (width === undefined) {
      width = font.widthOfTextAtSize(word, size);
      this.widths.set(key, width);
    }
    return width;
  }

  private lines(text: string, font: PDFFont, size: number, width: number): string[] {
    const out: string[] = [];
    const space = this.widthOf(' ', font, size);
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const wordWidth = this.widthOf(word, font, size);
        if (line && lineWidth + space + wordWidth > width) {
          out.push(line);
          line = word;
          lineWidth = wordWidth;
        } else {
          line = line ? `${line} ${word}` : word;
          lineWidth = line === word ? wordWidth : lineWidth + space + wordWidth;
        }
      }
      out.push(line);
    }
    return out;
  }

  private write(
    text: string,
    {
      size,
      bold = false,
      indent = 0,
      gap = 6,
      grey = false,
    }: { size: number; bold?: boolean; indent?: number; gap?: number; grey?: boolean },
  ): void {
    const font = bold ? this.bold : this.regular;
    const width = A4[0] - 2 * MARGIN - indent;
    for (const line of this.lines(text, font, size, width)) {
      if (this.y < MARGIN + size) this.newPage();
      this.page.drawText(line, { x: MARGIN + indent, y: this.y - size, size, font, color: grey ? rgb(0.3, 0.3, 0.3) : rgb(0, 0, 0) });
      this.y -= size * 1.4;
    }
    this.y -= gap;
  }

  title(text: string): void {
    this.write(text, { size: 17, bold: true, gap: 10 });
  }
  heading(text: string): void {
    this.y -= 4;
    this.write(text, { size: 12.5, bold: true, gap: 4 });
  }
  paragraph(text: string): void {
    this.write(text, { size: 10.5 });
  }
  note(text: string): void {
    this.write(text, { size: 9, grey: true });
  }
  bullet(text: string): void {
    this.write(`• ${text}`, { size: 10.5, indent: 12, gap: 2 });
  }

  /** Without object streams: the catalog (title, /Lang) stays readable to every PDF reader and checker. */
  save(): Promise<Uint8Array> {
    return this.pdf.save({ useObjectStreams: false });
  }
}
