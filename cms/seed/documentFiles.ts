import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, rgb } from 'pdf-lib';

const require = createRequire(import.meta.url);
const fontPath = (name: string) => path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', name);

/** Breaks text into lines that fit `width` points at `size` in `font`. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) > width && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A real, readable A4 PDF with a Polish title and body (fonts embedded, so "Łódź" renders). */
export async function makePdf(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setLanguage('pl-PL');
  pdf.setAuthor('Urząd Miasta Łodzi');
  const regular = await pdf.embedFont(fs.readFileSync(fontPath('DejaVuSans.ttf')), { subset: true });
  const bold = await pdf.embedFont(fs.readFileSync(fontPath('DejaVuSans-Bold.ttf')), { subset: true });
  const page = pdf.addPage([595.28, 841.89]);
  const margin = 56;
  const width = page.getWidth() - 2 * margin;
  let y = page.getHeight() - margin;
  page.drawText('Urząd Miasta Łodzi', { x: margin, y, size: 10, font: regular, color: rgb(0.3, 0.3, 0.3) });
  y -= 28;
  for (const line of wrap(title, width, (s) => bold.widthOfTextAtSize(s, 16))) {
    page.drawText(line, { x: margin, y, size: 16, font: bold });
    y -= 22;
  }
  y -= 10;
  for (const paragraph of paragraphs) {
    for (const line of wrap(paragraph, width, (s) => regular.widthOfTextAtSize(s, 11))) {
      page.drawText(line, { x: margin, y, size: 11, font: regular });
      y -= 16;
    }
    y -= 8;
  }
  return pdf.save();
}

/** A real DOCX form: title, instructions and blank lines to fill in. */
export async function makeDocx(title: string, fieldsToFill: readonly string[]): Promise<Buffer> {
  const doc = new Document({
    creator: 'Urząd Miasta Łodzi',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('Łódź, dnia ....................')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title)] }),
          new Paragraph({ children: [new TextRun({ text: 'Prezydent Miasta Łodzi', bold: true })] }),
          ...fieldsToFill.map(
            (label) =>
              new Paragraph({
                spacing: { before: 240 },
                children: [new TextRun(`${label}: ........................................................`)],
              }),
          ),
          new Paragraph({ spacing: { before: 480 }, alignment: AlignmentType.RIGHT, children: [new TextRun('podpis wnioskodawcy')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
