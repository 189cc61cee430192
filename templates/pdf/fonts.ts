import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);
const fontFile = (name: string) => path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', name);

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

/**
 * Widths at size 1, measured once per process and shared by every size: measuring runs OpenType
 * shaping, the costly part of a card. Without kerning a word's width is linear in the size.
 */
const UNIT_WIDTHS = new Map<string, number>();

/** The two faces of a document, embedded as subsets (so "Łódź" renders and extracts). */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export async function embedFonts(pdf: PDFDocument): Promise<Fonts> {
  pdf.registerFontkit(sharedFontkit);
  const regular = await pdf.embedFont(fontBytes('DejaVuSans.ttf'), { subset: true, features: FEATURES });
  const bold = await pdf.embedFont(fontBytes('DejaVuSans-Bold.ttf'), { subset: true, features: FEATURES });
  return { regular, bold };
}

/** The width of `text` in points (cached per face and text, across documents). */
export function widthOf(text: string, font: PDFFont, bold: boolean, size: number): number {
  const key = bold ? `b${text}` : `r${text}`;
  let unit = UNIT_WIDTHS.get(key);
  if (unit === undefined) {
    unit = font.widthOfTextAtSize(text, 1000) / 1000;
    UNIT_WIDTHS.set(key, unit);
  }
  return unit * size;
}
