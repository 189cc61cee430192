import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicProcedure } from '../../schemas/types.generated';
import { renderCard } from '../../templates/pdf/card';
import { demoPublicProcedures } from '../support/pdfProcedures';
import { textOf } from '../support/pdfQpdf';
import { allNodes, contentKey, contentOrder, outline, type ReadPdf, readPdf, type TextNode } from '../support/pdfStructure';

const SITE = 'https://lckm.example.pl';

/** The sections the portal shows (site/src/views/ProcedureBody.astro), in the template's order; optional ones only when filled. */
const expectedSections = (p: PublicProcedure): string[] =>
  [
    'Najważniejsze etapy realizacji procedury',
    p.onlineActions && 'Czynności możliwe do załatwienia drogą elektroniczną',
    p.usefulInfo && 'Przydatne informacje',
    'Sposób załatwienia sprawy',
    p.additionalInfo && 'Informacje uzupełniające',
    'Termin realizacji',
    'Miejsce załatwienia',
    'Umawianie/rezerwacja wizyty',
    'Opłaty',
    'Formy i miejsce składania dokumentów',
    p.submissionDeadline && 'Termin składania dokumentów',
    p.requiredDocuments && 'Wymagane dokumenty',
    p.otherDocuments && 'Pozostałe dokumenty',
    'Podstawa prawna',
    'Tryb odwoławczy',
    p.reuseConditions && 'Warunki ponownego wykorzystywania informacji publicznej',
    p.related && 'Powiązane procedury',
    'Metryka (BIP)',
  ].filter((s): s is string => typeof s === 'string');

/** Written out by hand, not computed: what a Polish reader expects after each number. */
const POLISH_DEADLINES: Record<string, string> = {
  'days:7': '7 dni',
  'days:14': '14 dni',
  'days:30': '30 dni',
  'months:1': '1 miesiąc',
  'months:2': '2 miesiące',
  'months:4': '4 miesiące',
};

/** The elements of one section: what follows its H2 up to the next H2. */
function section(doc: TextNode, title: string): TextNode[] {
  const start = doc.children.findIndex((n) => n.role === 'H2' && n.text === title);
  if (start < 0) throw new Error(`no section “${title}”`);
  const end = doc.children.findIndex((n, i) => i > start && n.role === 'H2');
  return doc.children.slice(start + 1, end < 0 ? undefined : end);
}

const markdownListItems = (source: string | undefined) => (source ?? '').split('\n').filter((l) => /^\s*([-*+]|\d+[.)])\s/.test(l)).length;

describe('the PDF card as a tagged PDF/UA-1 document, read by pdf.js and qpdf', () => {
  const procedures = demoPublicProcedures();
  const cards = new Map<string, ReadPdf>();

  beforeAll(async () => {
    for (const p of procedures) cards.set(p.slug, await readPdf(await renderCard(p, SITE), p.slug));
  });
  const each = (check: (p: PublicProcedure, card: ReadPdf) => void) => {
    for (const p of procedures) {
      try {
        check(p, cards.get(p.slug) as ReadPdf);
      } catch (error) {
        // Name the card; the assertion's own diff stays.
        (error as Error).message = `${p.slug}: ${(error as Error).message}`;
        throw error;
      }
    }
  };

  it('covers the 13 demo procedures', () => {
    expect(procedures).toHaveLength(13);
  });

  it('declares itself tagged, in Polish, titled in the window, with XMP claiming PDF/UA-1', () => {
    each((p, card) => {
      expect(card.pdfinfo).toMatch(/Tagged:\s+yes/);
      expect(card.qpdf.catalog['/MarkInfo']).toMatchObject({ '/Marked': true });
      expect(textOf(card.qpdf.catalog['/Lang'])).toBe('pl-PL');
      expect(card.pdfjs.lang).toBe('pl-PL');
      expect(card.qpdf.resolve(card.qpdf.catalog['/ViewerPreferences'])).toMatchObject({ '/DisplayDocTitle': true });
      expect(card.pdfjs.info.Title).toBe(p.title);
      expect(card.pdfjs.xmp.get('dc:title')).toBe(p.title);
      expect(card.pdfjs.xmp.get('dc:language')).toBe('pl-PL');
      expect(card.pdfjs.xmp.get('pdfuaid:part')).toBe('1');
      expect(card.pdfjs.xmp.get('pdf:producer')).toBe(card.pdfjs.info.Producer);
      expect(card.qpdf.xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    });
  });

  it('puts every page in the structure with tab order following it', () => {
    each((_p, card) => {
      const keys = card.qpdf.pages.map((page) => page.dict['/StructParents']);
      for (const page of card.qpdf.pages) expect(page.dict['/Tabs']).toBe('/S');
      expect(new Set(keys).size).toBe(keys.length);
      const next = card.qpdf.structTreeRoot['/ParentTreeNextKey'] as number;
      for (const key of card.qpdf.parentTree.keys()) expect(key).toBeLessThan(next);
    });
  });

  it('draws no text outside marked content, and only page furniture as artifacts', () => {
    each((p, card) => {
      const pages = card.pdfjs.pages.length;
      for (const [i, page] of card.pdfjs.pages.entries()) {
        expect(page.untagged).toEqual([]);
        const artifacts = page.marked
          .filter((m) => m.tag === 'Artifact')
          .map((m) => m.text.trim())
          .filter(Boolean);
        const header = `${p.unit} — ${p.department}`;
        const footer = new RegExp(`^Karta procedury, wersja \\d+ z \\d{2}\\.\\d{2}\\.\\d{4} Strona ${i + 1} z ${pages}$`);
        expect(artifacts.filter((a) => a === header)).toHaveLength(1);
        expect(artifacts.filter((a) => footer.test(a))).toHaveLength(1);
        // Anything else drawn as an artifact is the fee table's header repeated on a continuation page.
        for (const other of artifacts.filter((a) => a !== header && !footer.test(a)))
          expect(other).toBe('Rodzaj opłaty Wysokość Numer konta Uwagi');
        // The header and footer are pagination artifacts (qpdf's content stream; pdf.js does not report the properties).
        expect(card.qpdf.pages[i]?.content.match(/\/Artifact\s*<<[^>]*\/Type \/Pagination[^>]*\/Subtype \/Footer/g)).toHaveLength(1);
        expect(card.qpdf.pages[i]?.content.match(/\/Artifact\s*<<[^>]*\/Type \/Pagination[^>]*\/Subtype \/Header/g)).toHaveLength(1);
      }
    });
  });

  it('reads in the order it is drawn: every marked sequence once in the structure, the ParentTree agreeing', () => {
    each((_p, card) => {
      const drawn = card.pdfjs.pages.flatMap((page, i) =>
        page.marked.filter((m) => m.tag !== 'Artifact').map((m) => contentKey(i, m.mcid ?? -1)),
      );
      expect(contentOrder(card.qpdf.tree)).toEqual(drawn);
      for (const node of allNodes(card.tree)) {
        for (const kid of node.node.kids) {
          if (kid.kind !== 'content') continue;
          const key = card.qpdf.pages[kid.page]?.dict['/StructParents'] as number;
          expect((card.qpdf.parentTree.get(key) as string[])[kid.mcid]).toBe(node.node.ref);
        }
      }
    });
  });

  it('opens with the title as the one H1, then an H2 per section in the template order', () => {
    each((p, card) => {
      expect(card.tree.role).toBe('Document');
      expect(card.tree.children[0]).toMatchObject({ role: 'H1', text: p.title });
      expect(allNodes(card.tree).filter((n) => n.role === 'H1')).toHaveLength(1);
      expect(card.tree.children.filter((n) => n.role === 'H2').map((n) => n.text)).toEqual(expectedSections(p));
      // pdf.js's own view of the first page agrees.
      const first = card.pdfjs.pages[0]?.structTree?.children?.[0];
      expect(first?.role).toBe('Document');
      expect(first?.children?.[0]?.role).toBe('H1');
    });
  });

  it('lists the steps as a numbered list: Lbl "1." … and no bullet', () => {
    each((p, card) => {
      const [steps] = section(card.tree, 'Najważniejsze etapy realizacji procedury');
      expect(steps?.role).toBe('L');
      expect(steps?.node.attributes['/ListNumbering']).toBe('/Decimal');
      expect(steps?.children.map((li) => li.children.map((c) => c.role))).toEqual(p.steps.map(() => ['Lbl', 'LBody']));
      expect(steps?.children.map((li) => li.children[0]?.text.trim())).toEqual(p.steps.map((_, i) => `${i + 1}.`));
      for (const [i, li] of (steps?.children ?? []).entries()) expect(li.children[1]?.text.startsWith(p.steps[i]?.name ?? '?')).toBe(true);
      expect(steps?.text).not.toContain('•');
    });
  });

  it('keeps the bullets of other lists and of Markdown lists', () => {
    each((p, card) => {
      for (const [title, items] of [
        ['Przydatne informacje', p.usefulInfo],
        ['Podstawa prawna', p.legalBasis],
      ] as const) {
        if (!items) continue;
        const [list] = section(card.tree, title);
        expect(list?.children.map((li) => li.children[0]?.text.trim())).toEqual(items.map(() => '•'));
      }
      for (const [title, source] of [
        ['Sposób załatwienia sprawy', p.howTo],
        ['Informacje uzupełniające', p.additionalInfo],
        ['Miejsce załatwienia', p.place],
        ['Formy i miejsce składania dokumentów', p.submissionChannels],
      ] as const) {
        const expected = markdownListItems(source);
        if (expected === 0) continue;
        const items = section(card.tree, title)
          .flatMap(allNodes)
          .filter((n) => n.role === 'LI');
        expect(items, title).toHaveLength(expected);
        for (const li of items) expect(li.children[0]).toMatchObject({ role: 'Lbl' });
      }
    });
  });

  it('gives the fees as a table with column headers, or "brak"', () => {
    each((p, card) => {
      const fees = section(card.tree, 'Opłaty');
      if (p.fees.length === 0) {
        expect(fees.map((n) => [n.role, n.text])).toEqual([['P', 'brak']]);
        return;
      }
      const [table] = fees;
      expect(table?.role).toBe('Table');
      const [header, ...rows] = table?.children ?? [];
      expect(header?.children.map((c) => [c.role, c.text.trim()])).toEqual(
        ['Rodzaj opłaty', 'Wysokość', 'Numer konta', 'Uwagi'].map((h) => ['TH', h]),
      );
      for (const th of header?.children ?? []) expect(th.node.attributes['/Scope']).toBe('/Column');
      expect(rows.map((tr) => tr.children.map((c) => c.role))).toEqual(p.fees.map(() => ['TD', 'TD', 'TD', 'TD']));
      expect(rows.map((tr) => tr.children[1]?.text.trim())).toEqual(p.fees.map((f) => f.amount));
    });
  });

  it('makes URLs clickable Link elements whose annotations carry /Contents', () => {
    each((p, card) => {
      const links = allNodes(card.tree).filter((n) => n.role === 'Link');
      expect(links.map((l) => l.text.trim())).toContain(`${SITE}/procedury/${p.slug}/`);
      for (const link of links) {
        const annotations = link.node.kids.filter((k) => k.kind === 'annotation');
        expect(annotations.length).toBeGreaterThan(0);
        for (const a of annotations) {
          if (a.kind !== 'annotation') continue;
          expect(textOf(a.annotation['/Subtype'])).toBe('Link');
          expect(textOf(a.annotation['/Contents'])).toBeTruthy();
          expect(card.qpdf.parentTree.get(a.annotation['/StructParent'] as number)).toBe(link.node.ref);
        }
      }
      const seen = card.pdfjs.pages.flatMap((page) => page.links);
      expect(seen.length).toBeGreaterThan(0);
      for (const l of seen) expect(l).toMatchObject({ url: expect.stringMatching(/^(https?|mailto|tel):/), contents: expect.any(String) });
    });
  });

  it('writes deadlines with Polish plural forms', () => {
    each((p, card) => {
      const [first] = section(card.tree, 'Termin realizacji');
      if (p.deadline.value !== undefined && p.deadline.unit)
        expect(first?.text).toBe(POLISH_DEADLINES[`${p.deadline.unit}:${p.deadline.value}`]);
    });
  });

  it.each([
    [5, 'months', '5 miesięcy'],
    [22, 'months', '22 miesiące'],
    [1, 'days', '1 dzień'],
    [2, 'weeks', '2 tygodnie'],
    [5, 'weeks', '5 tygodni'],
  ] as const)('prints a deadline of %i %s as “%s”', async (value, unit, expected) => {
    const p = procedures.find((x) => x.deadline.value !== undefined) as PublicProcedure;
    const card = await readPdf(await renderCard({ ...p, deadline: { value, unit } }, SITE), `${p.slug}-${value}-${unit}`);
    expect(section(card.tree, 'Termin realizacji').map((n) => [n.role, n.text])).toEqual([['P', expected]]);
  });

  it('keeps text that runs onto the next page in one element, and Polish letters extractable', () => {
    const spanning = [...cards.values()].flatMap((card) => allNodes(card.tree).filter((n) => n.pages.length > 1));
    expect(spanning.length).toBeGreaterThan(0);
    each((p, card) => {
      expect(card.pdftotext).toContain(p.unit);
      expect(card.pdftotext.replace(/\s+/g, ' ')).toContain(p.summary.slice(0, 60));
    });
  });

  it('shows the bonifikata card’s structure', () => {
    const card = cards.get('przeksztalcenie-uzytkowania-wieczystego-bonifikata') as ReadPdf;
    const text = outline(card.tree);
    expect(text.split('\n')[1]).toMatch(/^ {2}H1 “Bonifikata/);
    if (process.env.PRINT_PDF_STRUCTURE) console.log(text);
  });
});
