import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../templates/escape/jsonForScript';
import { escapeXml, XmlCharacterError, xml, xmlDocument } from '../../templates/escape/xml';
import { renderAtom } from '../../templates/feeds/atom';

const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('JSON inside <script>', () => {
  const hostile = { name: '</script><script>alert(1)</script><!-- & \u2028\u2029 "' };

  it('cannot end the element or open a comment, and parses back to the same value', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});

describe('XML by construction', () => {
  it('escapes every interpolated value once, nested fragments not twice', () => {
    const inner = xml`<b>${'a & b'}</b>`;
    const doc = xmlDocument(xml`<root title="${'"quoted" <x>'}">${inner}${['<1>', 2]}</root>`);
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(new XMLParser({ ignoreAttributes: false }).parse(doc)).toEqual({
      '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
      root: { '@_title': '"quoted" <x>', b: 'a & b', '#text': '<1>2' },
    });
  });

  it.each([
    ['\u0001', 'U+0001'],
    ['\u000b', 'U+000B'],
    ['\ud800', 'U+D800'],
    ['\uffff', 'U+FFFF'],
  ])('refuses %j, which XML 1.0 does not allow, naming it', (character, label) => {
    expect(() => escapeXml(`tytuł${character}`)).toThrow(XmlCharacterError);
    expect(() => escapeXml(`tytuł${character}`)).toThrow(label);
  });

  it('keeps tab, newline and every Polish letter', () => {
    expect(escapeXml('Łódź\tżółć\n')).toBe('Łódź\tżółć\n');
  });

  it('writes one Atom <author> per person', () => {
    const atom = renderAtom({
      id: 'x',
      title: 't',
      updated: '2026-11-29T00:00:00Z',
      selfLink: 'https://a/',
      alternateLink: 'https://a/',
      author: 'Urząd',
      entries: [
        {
          id: 'e',
          title: 'T',
          updated: '2026-11-29T00:00:00Z',
          link: 'https://a/e',
          summary: 's',
          authors: ['Nowak Anna', 'Kowalski Jan'],
        },
      ],
    });
    const parsed = new XMLParser().parse(atom) as { feed: { entry: { author: { name: string }[] } } };
    expect(parsed.feed.entry.author).toEqual([{ name: 'Nowak Anna' }, { name: 'Kowalski Jan' }]);
  });
});

describe('the only ways to write raw markup', () => {
  it('site/src passes nothing but sanitised Markdown or script-safe JSON to set:html', () => {
    const uses = filesUnder(path.join(root, 'site/src'), /\.astro$/).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/set:html=\{([^}]*)\}/g)].map((m) => ({
        file: path.relative(root, file),
        expression: m[1] ?? '',
      })),
    );
    expect(uses.length).toBeGreaterThan(0);
    const unsafe = uses.filter(({ expression }) => !/^(renderMarkdown|jsonForScript)\(/.test(expression.trim()));
    expect(unsafe).toEqual([]);
  });

  it('has no innerHTML or set:html-free escape hatches in the portal or the admin components', () => {
    const files = [
      ...filesUnder(path.join(root, 'site/src'), /\.(astro|ts)$/),
      ...filesUnder(path.join(root, 'cms/components'), /\.tsx?$/),
    ];
    const found = files.filter((file) =>
      /\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(fs.readFileSync(file, 'utf8')),
    );
    expect(found.map((f) => path.relative(root, f))).toEqual([]);
  });
});
