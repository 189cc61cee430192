import sanitizeHtml from 'sanitize-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderingSourcesHash } from '../../publisher/manifest';
import { planPages } from '../../publisher/pages';
import { buildSiteData } from '../../publisher/siteData';
import { rendererFor } from '../../publisher/views';
import type { PublicProcedure } from '../../schemas/types.generated';
import { procedureSections } from '../../templates/sections/procedureSections';
import type { Part, Section } from '../../templates/sections/types';
import { BONIFIKATA, demoPublicProcedures } from '../support/pdfProcedures';

const procedures = demoPublicProcedures();
const bonifikata = procedures.find((p) => p.slug === BONIFIKATA) as PublicProcedure;
const sectionOf = (p: PublicProcedure, id: Section['id']) => procedureSections(p).find((s) => s.id === id) as Section;
const partOf = <K extends Part['kind']>(section: Section, kind: K) =>
  section.parts.find((p) => p.kind === kind) as Extract<Part, { kind: K }>;

/** Written out by hand, not computed: what a Polish reader expects after each number of the demo data. */
const DEMO_DEADLINES: Record<string, string> = {
  'days:7': '7 dni',
  'days:14': '14 dni',
  'days:30': '30 dni',
  'months:1': '1 miesiąc',
  'months:2': '2 miesiące',
  'months:4': '4 miesiące',
};

describe('the sections of a procedure', () => {
  it('come in the template’s order, with the portal’s anchors and the template’s headings', () => {
    expect(procedureSections(bonifikata).map((s) => [s.id, s.heading])).toEqual([
      ['etapy', 'Najważniejsze etapy realizacji procedury'],
      ['online', 'Czynności możliwe do załatwienia drogą elektroniczną'],
      ['przydatne', 'Przydatne informacje'],
      ['sposob', 'Sposób załatwienia sprawy'],
      ['uzupelniajace', 'Informacje uzupełniające'],
      ['termin', 'Termin realizacji'],
      ['miejsce', 'Miejsce załatwienia'],
      ['wizyty', 'Umawianie/rezerwacja wizyty'],
      ['oplaty', 'Opłaty'],
      ['skladanie', 'Formy i miejsce składania dokumentów'],
      ['termin-skladania', 'Termin składania dokumentów'],
      ['dokumenty', 'Wymagane dokumenty'],
      ['pozostale', 'Pozostałe dokumenty'],
      ['podstawa', 'Podstawa prawna'],
      ['odwolanie', 'Tryb odwoławczy'],
      ['ponowne', 'Warunki ponownego wykorzystywania informacji publicznej'],
      ['powiazane', 'Powiązane procedury'],
      ['metryka', 'Metryka (BIP)'],
    ]);
  });

  it('leave out an empty optional section, never a required one', () => {
    const { onlineActions, usefulInfo, additionalInfo, submissionDeadline, requiredDocuments, otherDocuments, related, ...required } =
      bonifikata;
    const hidden = procedureSections({ ...required, fees: [], reuseConditions: null })
      .filter((s) => !s.isShown)
      .map((s) => s.id);
    expect(hidden).toEqual(['online', 'przydatne', 'uzupelniajace', 'termin-skladania', 'dokumenty', 'pozostale', 'ponowne', 'powiazane']);
  });

  it('list the main sections in the page’s contents, "Wymagane dokumenty" only when there are some', () => {
    expect(
      procedureSections(bonifikata)
        .filter((s) => s.contentsLabel)
        .map((s) => s.contentsLabel),
    ).toEqual([
      'Najważniejsze etapy',
      'Sposób załatwienia sprawy',
      'Termin realizacji',
      'Miejsce załatwienia',
      'Opłaty',
      'Gdzie złożyć dokumenty',
      'Wymagane dokumenty',
      'Tryb odwoławczy',
    ]);
  });

  it('write every demo deadline with its Polish plural form, then its description', () => {
    const written = procedures
      .filter((p) => p.deadline.value !== undefined && p.deadline.unit)
      .map((p) => [sectionOf(p, 'termin').parts[0], DEMO_DEADLINES[`${p.deadline.unit}:${p.deadline.value}`]] as const);
    expect(written.length).toBeGreaterThan(6);
    for (const [part, expected] of written) expect(part).toEqual({ kind: 'text', text: expected });
    expect(written.map(([, text]) => text)).toEqual(expect.arrayContaining(['1 miesiąc', '2 miesiące', '4 miesiące']));
    expect(sectionOf(bonifikata, 'termin').parts[1]).toEqual({ kind: 'markdown', source: bonifikata.deadline.description });
  });

  it('mark the steps that need no visit with "@" and say what it means', () => {
    const steps = partOf(sectionOf(bonifikata, 'etapy'), 'steps');
    expect(steps.steps.map((s) => s.isOnline)).toEqual([true, false, false, false, true]);
    expect([steps.onlineMark, steps.onlineNote]).toEqual(['@', '(można załatwić bez wizyty w urzędzie)']);
    expect(steps.steps[0]).toEqual({
      name: 'złóż wniosek i załączniki',
      comment: 'elektronicznie, w urzędzie lub pocztą elektroniczną albo tradycyjną',
      isOnline: true,
    });
  });

  it('give the fees as a table, a missing account as a dash, or „brak” when there is none', () => {
    const fees = partOf(sectionOf(bonifikata, 'oplaty'), 'fees');
    expect(fees.columns).toEqual(['Rodzaj opłaty', 'Wysokość', 'Numer konta', 'Uwagi']);
    expect(fees.rows.map((row) => row[1])).toEqual(['50 zł', 'kwota wskazana w informacji o wysokości opłaty', '17 zł']);
    const noAccount = { ...bonifikata, fees: [{ type: 'opłata skarbowa', amount: '17 zł' }] };
    expect(partOf(sectionOf(noAccount, 'oplaty'), 'fees').rows).toEqual([['opłata skarbowa', '17 zł', '—', '']]);
    expect(sectionOf({ ...bonifikata, fees: [] }, 'oplaty').parts).toEqual([{ kind: 'text', text: 'brak' }]);
  });

  it('group the required documents "do złożenia", then "do wglądu", each with its files and e-forms', () => {
    const { groups } = partOf(sectionOf(bonifikata, 'dokumenty'), 'documentGroups');
    expect(groups.map((g) => [g.id, g.heading, g.documents.length])).toEqual([
      ['dokumenty-do-zlozenia', 'Do złożenia', 4],
      ['dokumenty-do-wgladu', 'Do wglądu', 1],
    ]);
    const [application] = groups[0]?.documents ?? [];
    expect(application?.files).toEqual([
      {
        label: 'Formularz',
        linkText: `Pobierz: ${application?.name}`,
        details: 'DOCX, 47 kB',
        route: '/pliki/wniosek-o-wydanie-zaswiadczenia-o-przeksztalceniu.docx',
      },
      {
        label: 'Wzór wypełnienia',
        linkText: 'Wzór wypełnienia',
        details: 'PDF, 47 kB',
        route: '/pliki/wniosek-o-wydanie-zaswiadczenia-o-przeksztalceniu-przyklad.pdf',
      },
    ]);
    expect(application?.eForms?.label).toBe('Formularz elektroniczny');
    expect(application?.eForms?.forms.map((f) => f.platform)).toEqual(['ePUAP', 'gov.pl']);
    expect(partOf(sectionOf(bonifikata, 'pozostale'), 'documents').documents[0]?.file?.details).toBe('PDF, 47 kB');
  });

  it('link related procedures by route, and keep them and the metadata out of the search', () => {
    expect(partOf(sectionOf(bonifikata, 'powiazane'), 'links').links.map((l) => l.route)).toEqual([
      '/procedury/podatek-od-nieruchomosci-osoby-fizyczne/',
      '/procedury/deklaracja-oplata-za-gospodarowanie-odpadami/',
    ]);
    expect(
      procedureSections(bonifikata)
        .filter((s) => !s.isSearchable)
        .map((s) => s.id),
    ).toEqual(['powiazane', 'metryka']);
  });

  it('give the BIP metadata with Polish dates, times on Łódź’s clock', () => {
    const p = { ...bonifikata, bip: { ...bonifikata.bip, createdAt: '2026-11-29', publishedAt: '2026-11-28T23:30:00Z', version: 3 } };
    const facts = partOf(sectionOf({ ...p, bip: { ...p.bip, modifiedAt: '2027-06-01T09:15:00.000Z' } }, 'metryka'), 'facts').facts;
    expect(Object.fromEntries(facts.map((f) => [f.label, f.value]))).toMatchObject({
      'Data wytworzenia': '29.11.2026',
      'Data udostępnienia': '29.11.2026, 00:30',
      'Ostatnia zmiana': '01.06.2027, 11:15 (wersja 3)',
    });
  });

  it('give "Ostatnia weryfikacja" in the BIP metadata once the team confirmed the description, and nothing before', () => {
    const labels = (p: PublicProcedure) => partOf(sectionOf(p, 'metryka'), 'facts').facts.map((f) => f.label);
    const { lastVerifiedAt: _none, ...unverified } = bonifikata.bip;
    expect(labels({ ...bonifikata, bip: unverified })).not.toContain('Ostatnia weryfikacja');
    const facts = partOf(sectionOf({ ...bonifikata, bip: { ...bonifikata.bip, lastVerifiedAt: '2027-03-05' } }, 'metryka'), 'facts').facts;
    expect(facts.find((f) => f.label === 'Ostatnia weryfikacja')?.value).toBe('05.03.2027');
  });

  it('say in Polish how to sign in for each online step and how each fee can be paid online', () => {
    const p: PublicProcedure = {
      ...bonifikata,
      steps: [
        { name: 'złóż wniosek', online: true, eAuth: ['trusted-profile', 'mobywatel'] },
        { name: 'odbierz decyzję', online: false },
      ],
      fees: [{ type: 'opłata skarbowa', amount: '17 zł', onlinePayment: ['blik', 'card'] }],
    };
    const stepsFacts = partOf(sectionOf(p, 'etapy'), 'facts');
    expect(stepsFacts.caption).toBe('Logowanie i podpis przy etapach online');
    expect(stepsFacts.facts).toEqual([{ label: 'złóż wniosek', value: 'profil zaufany; aplikacja mObywatel' }]);
    const feeFacts = partOf(sectionOf(p, 'oplaty'), 'facts');
    expect(feeFacts.caption).toBe('Płatność online');
    expect(feeFacts.facts).toEqual([{ label: 'opłata skarbowa', value: 'BLIK; karta płatnicza online' }]);
    // Nothing to say, no caption: a step without eAuth, a fee without onlinePayment.
    const plain: PublicProcedure = { ...p, steps: [{ name: 'złóż wniosek', online: false }], fees: [{ type: 'opłata', amount: '1 zł' }] };
    expect(sectionOf(plain, 'etapy').parts.map((part) => part.kind)).toEqual(['steps']);
    expect(sectionOf(plain, 'oplaty').parts.map((part) => part.kind)).toEqual(['fees']);
  });
});

type Element = { tag: string; id: string; text: string };

/** The page's h2 headings and paragraphs in document order, by the parser the portal's Markdown goes through. */
function outline(html: string): Element[] {
  const found: Element[] = [];
  sanitizeHtml(html, {
    allowedTags: false,
    exclusiveFilter: (frame) => {
      if (frame.tag === 'h2' || frame.tag === 'p') found.push({ tag: frame.tag, id: frame.attribs.id ?? '', text: frame.text.trim() });
      return false;
    },
  });
  return found;
}

describe('the portal page, rendered from the section model', () => {
  const pages = new Map<string, Element[]>();

  beforeAll(async () => {
    const data = buildSiteData(
      procedures.map((procedure) => ({ procedure, archive: [] })),
      'https://lckm.example.pl',
      '2027-06-01T10:00:00.000Z',
    );
    // The renderer every publish run uses: the compiled views of this version of site/ and templates/.
    const renderer = await rendererFor(renderingSourcesHash());
    for (const spec of planPages(data).filter((s) => s.view === 'ProcedurePage')) pages.set(spec.file, outline(await renderer.page(spec)));
  }, 120_000);

  const pageOf = (p: PublicProcedure) => pages.get(`procedury/${p.slug}/index.html`) ?? [];

  it('shows each shown section under its anchor and heading, in the model’s order, then the error report', () => {
    const report = { tag: 'h2', id: 'zglos-blad', text: 'Czy te informacje są aktualne? Zgłoś błąd' };
    for (const p of procedures) {
      const shown = procedureSections(p).filter((s) => s.isShown);
      expect(pageOf(p).filter((e) => e.tag === 'h2' && e.id)).toEqual([
        ...shown.map((s) => ({ tag: 'h2', id: s.id, text: s.heading })),
        report,
      ]);
    }
  });

  it('shows "1 miesiąc" and "2 miesiące" under "Termin realizacji", not "1 miesięcy" and "2 miesięcy"', () => {
    const deadlineOf = (slug: string) => {
      const page = pages.get(`procedury/${slug}/index.html`) ?? [];
      return page[page.findIndex((e) => e.id === 'termin') + 1]?.text;
    };
    expect(deadlineOf('stypendium-szkolne')).toBe('1 miesiąc');
    expect(deadlineOf('dotacja-na-wymiane-zrodla-ciepla')).toBe('2 miesiące');
    for (const p of procedures.filter((x) => x.deadline.value !== undefined && x.deadline.unit))
      expect(deadlineOf(p.slug), p.slug).toBe(DEMO_DEADLINES[`${p.deadline.unit}:${p.deadline.value}`]);
  });
});
