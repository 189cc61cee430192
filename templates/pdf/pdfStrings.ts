import { PDFHexString, PDFString } from 'pdf-lib';

/** pdf-lib writes a literal string's value as is: escape what a literal string cannot hold unescaped. */
const literal = (value: string) => PDFString.of(value.replace(/[\\()]/g, (c) => `\\${c}`));

/** A text string: literal when printable ASCII (a quarter of the bytes of UTF-16 hex), else UTF-16. */
export const pdfText = (value: string): PDFString | PDFHexString =>
  /^[\x20-\x7e]*$/.test(value) ? literal(value) : PDFHexString.fromText(value);

/** A URI for a link action: ASCII only (non-ASCII percent-encoded), or undefined for anything but http(s), mailto and tel. */
export function safeUri(href: string): PDFString | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? literal(url.href) : undefined;
}
