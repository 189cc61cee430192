import { type PDFDocument, PDFName } from 'pdf-lib';

export interface DocumentInfo {
  title: string;
  author: string;
  subject?: string;
  keywords?: string[];
  /** BCP 47, e.g. "pl-PL". */
  lang: string;
  /** Creation and modification date: the content's own date keeps a card's bytes the same for the same content. */
  date: Date;
}

const CREATOR = 'Baza wiedzy o procedurach';
const PRODUCER = 'Baza wiedzy o procedurach (pdf-lib 1.17)';

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** XMP (ISO 16684-1) with the same title, author and dates as the Info dictionary, and the PDF/UA-1 claim. */
function xmp(info: DocumentInfo): string {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const subject = info.subject
    ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.subject)}</rdf:li></rdf:Alt></dc:description>`
    : '';
  const keywords = info.keywords?.length ? `<pdf:Keywords>${xml(info.keywords.join(', '))}</pdf:Keywords>` : '';
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    subject,
    `<dc:language><rdf:Bag><rdf:li>${xml(info.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${PRODUCER}</pdf:Producer>`,
    keywords,
    `<xmp:CreatorTool>${CREATOR}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Title (shown in the window title bar instead of the file name), language, Info dictionary and
 * the XMP metadata stream, consistent with each other as PDF/UA-1 (7.1) asks.
 */
export function writeMetadata(pdf: PDFDocument, info: DocumentInfo): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setLanguage(info.lang);
  pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  if (info.keywords?.length) pdf.setKeywords(info.keywords);
  pdf.setCreator(CREATOR);
  pdf.setProducer(PRODUCER);
  pdf.setCreationDate(info.date);
  pdf.setModificationDate(info.date);
  // Uncompressed, as XMP is meant to be found by tools that do not parse PDF.
  const stream = pdf.context.stream(new TextEncoder().encode(xmp(info)), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
