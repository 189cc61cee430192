/**
 * XML built by construction: the `xml` tag escapes every interpolated value, and a value with a
 * character that XML 1.0 does not allow (C0 controls other than tab, LF and CR; lone surrogates;
 * U+FFFE, U+FFFF) is refused instead of written, because one such character makes the whole
 * document unreadable for every consumer. Fragments made by `xml` nest without being escaped
 * twice; nothing else can reach the output unescaped.
 */
const FRAGMENT = Symbol('xml-fragment');

export interface XmlFragment {
  readonly [FRAGMENT]: string;
}

export class XmlCharacterError extends Error {
  constructor(
    readonly codePoint: number,
    readonly index: number,
  ) {
    super(`Znak U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} (pozycja ${index + 1}) nie jest dozwolony w XML 1.0.`);
    this.name = 'XmlCharacterError';
  }
}

// With the `u` flag a lone surrogate is one code point in D800–DFFF, outside every allowed range.
const NOT_XML_10 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Throws on the first character XML 1.0 does not allow. */
export function assertXmlText(text: string): void {
  const match = NOT_XML_10.exec(text);
  if (match) throw new XmlCharacterError(match[0].codePointAt(0) ?? 0, match.index);
}

const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text or attribute content, escaped. */
export function escapeXml(text: string): string {
  assertXmlText(text);
  return text.replace(/[<>&'"]/g, (c) => ENTITIES[c] as string);
}

export function isXmlFragment(value: unknown): value is XmlFragment {
  return typeof value === 'object' && value !== null && FRAGMENT in value;
}

type XmlValue = XmlFragment | string | number | null | undefined | false | readonly XmlValue[];

function render(value: XmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isXmlFragment(value)) return value[FRAGMENT];
  return escapeXml(String(value));
}

/** ``xml`<title>${title}</title>` `` — every interpolation escaped; arrays and nested fragments joined. */
export function xml(strings: TemplateStringsArray, ...values: XmlValue[]): XmlFragment {
  let out = strings[0] ?? '';
  for (const [i, value] of values.entries()) out += render(value) + (strings[i + 1] ?? '');
  return { [FRAGMENT]: out };
}

/** The document's text, with the XML declaration. */
export function xmlDocument(root: XmlFragment): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${root[FRAGMENT]}\n`;
}
