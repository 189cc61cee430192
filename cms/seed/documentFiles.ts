import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PdfTextWriter } from '../../templates/pdf/writer';

/** A real, readable A4 PDF with a Polish title and body (fonts embedded, so "Łódź" renders). */
export async function makePdf(title: string, paragraphs: readonly string[]): Promise<Uint8Array> {
  const writer = await PdfTextWriter.create(title, 'Urząd Miasta Łodzi');
  writer.note('Urząd Miasta Łodzi');
  writer.title(title);
  for (const paragraph of paragraphs) writer.paragraph(paragraph);
  return writer.save();
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
