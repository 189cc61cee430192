import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ListBlock, ParagraphBlock } from '../../templates/pdf/blocks';
import { formatDuration } from '../../templates/pdf/durations';
import { embedFonts, type Fonts, widthOf } from '../../templates/pdf/fonts';
import { markdownBlocks } from '../../templates/pdf/markdownBlocks';
import { breakLines } from '../../templates/pdf/textFlow';

describe('Polish deadlines', () => {
  it.each([
    [1, 'days', '1 dzień'],
    [2, 'days', '2 dni'],
    [5, 'days', '5 dni'],
    [1, 'weeks', '1 tydzień'],
    [2, 'weeks', '2 tygodnie'],
    [5, 'weeks', '5 tygodni'],
    [12, 'weeks', '12 tygodni'],
    [24, 'weeks', '24 tygodnie'],
    [1, 'months', '1 miesiąc'],
    [2, 'months', '2 miesiące'],
    [4, 'months', '4 miesiące'],
    [5, 'months', '5 miesięcy'],
    [14, 'months', '14 miesięcy'],
    [22, 'months', '22 miesiące'],
    [1.5, 'months', '1,5 miesiąca'],
  ] as const)('writes %s %s as “%s”', (value, unit, expected) => {
    expect(formatDuration(value, unit)).toBe(expected);
  });
});

const texts = (p: Block | undefined) => (p as ParagraphBlock).runs.map((r) => r.text).join('');

describe('editor Markdown as card blocks', () => {
  it('keeps lists as lists, nested ones inside their item, with the first number of an ordered list', () => {
    const [list, ordered] = markdownBlocks('- listownie\n- osobiście:\n  - kancelaria\n  - urna\n\n3. trzeci\n4. czwarty');
    expect(list).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [{ runs: [{ text: 'listownie' }] }, { runs: [{ text: 'osobiście:' }] }],
    });
    expect((list as ListBlock).items[1]?.blocks).toEqual([
      { kind: 'list', ordered: false, items: [{ runs: [{ text: 'kancelaria' }] }, { runs: [{ text: 'urna' }] }] },
    ]);
    expect(ordered).toMatchObject({ kind: 'list', ordered: true, start: 3 });
  });

  it('keeps bold text, safe links and line breaks; headings go below the section’s H2', () => {
    const [heading, paragraph] = markdownBlocks(
      '## Uwaga\n\n**Wniosek** na [wizyty.uml.lodz.pl](https://wizyty.uml.lodz.pl/) lub lckm@uml.lodz.pl\nw urzędzie',
    );
    expect(heading).toEqual({ kind: 'heading', level: 3, text: 'Uwaga' });
    expect((paragraph as ParagraphBlock).runs).toEqual([
      { text: 'Wniosek', bold: true },
      { text: ' na ' },
      { text: 'wizyty.uml.lodz.pl', href: 'https://wizyty.uml.lodz.pl/' },
      { text: ' lub ' },
      { text: 'lckm@uml.lodz.pl', href: 'mailto:lckm@uml.lodz.pl' },
      { text: '\n' },
      { text: 'w urzędzie' },
    ]);
  });

  it('skips no heading level: a first "####" is an H3, one after an H3 an H4', () => {
    expect(markdownBlocks('#### Uwaga\n\n### Zasady\n\n#### Wyjątki').map((b) => b.kind === 'heading' && b.level)).toEqual([3, 3, 4]);
  });

  it('drops scripts and unsafe links, keeping the text a reader sees on the portal', () => {
    const blocks = markdownBlocks(
      '<script>alert("x")</script><img src=x onerror=alert(1)>\n\n[kliknij](javascript:alert(1)) i <b>pogrubione</b> &amp; więcej',
    );
    expect(blocks.map(texts)).toEqual(['kliknij i pogrubione & więcej']);
    expect(JSON.stringify(blocks)).not.toMatch(/alert|javascript|onerror/);
  });

  it('turns a Markdown table into a table block', () => {
    expect(markdownBlocks('| Rodzaj | Kwota |\n|---|---|\n| opłata | **17 zł** |')).toEqual([
      { kind: 'table', header: ['Rodzaj', 'Kwota'], rows: [[[{ text: 'opłata' }], [{ text: '17 zł', bold: true }]]] },
    ]);
  });
});

describe('line breaking', () => {
  let fonts: Fonts;
  beforeAll(async () => {
    fonts = await embedFonts(await PDFDocument.create());
  });

  it('fills lines up to the width, keeping the space at each break and the runs apart', () => {
    const runs = [
      { text: 'Wpłać wskazaną kwotę w terminie ' },
      { text: '2 miesięcy', bold: true },
      { text: ' od dnia doręczenia informacji o wysokości opłaty.' },
    ];
    const lines = breakLines(runs, fonts, 10.5, 150);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150);
    expect(lines.map((l) => l.segments.map((s) => s.text).join('')).join('')).toBe(runs.map((r) => r.text).join(''));
    expect(
      lines
        .flatMap((l) => l.segments)
        .find((s) => s.bold)
        ?.text.trim(),
    ).toBe('2 miesięcy');
  });

  it('cuts a URL longer than the line after a slash or a hyphen', () => {
    const url = 'https://epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/opis-uslugi/skargi-wnioski-zapytania-do-urzedu';
    const lines = breakLines([{ text: url, href: url }], fonts, 9, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.segments[0]?.text).join('')).toBe(url);
    for (const line of lines.slice(0, -1)) expect(line.segments[0]?.text).toMatch(/[/-]$/);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200);
    expect(widthOf(url, fonts.regular, false, 9)).toBeGreaterThan(200);
  });
});
