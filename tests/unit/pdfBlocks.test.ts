import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, ListBlock, ParagraphBlock } from '../../templates/pdf/blocks';
import { embedFonts, type Fonts, widthOf } from '../../templates/pdf/fonts';
import { markdownBlocks } from '../../templates/pdf/markdownBlocks';
import { partBlocks } from '../../templates/pdf/partBlocks';
import { breakLines } from '../../templates/pdf/textFlow';

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

describe('section-model parts as card blocks', () => {
  const SITE = 'https://lckm.example.pl';
  const file = { label: 'Formularz', linkText: 'Pobierz: Wniosek', details: 'DOCX, 47 kB', route: '/pliki/wniosek.docx' };

  it('prints each file with its caption, type, size and full URL, and each e-form with its platform', () => {
    const [heading, list] = partBlocks(
      {
        kind: 'documentGroups',
        groups: [
          {
            id: 'dokumenty-do-zlozenia',
            heading: 'Do złożenia',
            documents: [
              {
                name: 'Wniosek',
                files: [file],
                eForms: { label: 'Formularz elektroniczny', forms: [{ platform: 'ePUAP', url: 'https://epuap.gov.pl/x' }] },
              },
            ],
          },
        ],
      },
      SITE,
    );
    expect(heading).toEqual({ kind: 'heading', level: 3, text: 'Do złożenia' });
    expect((list as ListBlock).items[0]?.blocks?.map((b) => (b as ParagraphBlock).runs)).toEqual([
      [{ text: 'Formularz (DOCX, 47 kB): ' }, { text: `${SITE}/pliki/wniosek.docx`, href: `${SITE}/pliki/wniosek.docx` }],
      [{ text: 'Formularz elektroniczny ePUAP: ' }, { text: 'https://epuap.gov.pl/x', href: 'https://epuap.gov.pl/x' }],
    ]);
  });

  it('numbers the steps and spells out the "@" mark; a strong text stays bold', () => {
    const [steps] = partBlocks(
      { kind: 'steps', steps: [{ name: 'złóż wniosek', isOnline: true }], onlineMark: '@', onlineNote: '(bez wizyty)' },
      SITE,
    );
    expect(steps).toEqual({
      kind: 'list',
      ordered: true,
      items: [{ runs: [{ text: 'złóż wniosek', bold: true }, { text: ' @ (bez wizyty)' }] }],
    });
    expect(partBlocks({ kind: 'text', text: 'Wizyta wymaga wcześniejszego umówienia.', isStrong: true }, SITE)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Wizyta wymaga wcześniejszego umówienia.', bold: true }] },
    ]);
  });
});
