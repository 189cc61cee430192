/**
 * The sections of a published procedure as the portal page and the PDF card both show them. A
 * section says what to show (its id, heading, whether it is shown, and typed parts whose texts are
 * already formatted); each renderer decides only how (HTML elements, PDF blocks). Markdown stays
 * Markdown: the portal renders it with `renderMarkdown`, the card with `markdownBlocks`.
 */

/** A section's anchor on the portal page (`routes.procedureSection(slug, 'termin')`); residents' links rely on them. */
export type SectionId =
  | 'etapy'
  | 'online'
  | 'przydatne'
  | 'sposob'
  | 'uzupelniajace'
  | 'termin'
  | 'miejsce'
  | 'wizyty'
  | 'oplaty'
  | 'skladanie'
  | 'termin-skladania'
  | 'dokumenty'
  | 'pozostale'
  | 'podstawa'
  | 'odwolanie'
  | 'ponowne'
  | 'powiazane'
  | 'metryka';

/** The steps of "Najważniejsze etapy", numbered; one marked "@" can be done without a visit. */
export interface StepsPart {
  kind: 'steps';
  steps: { name: string; comment?: string; isOnline: boolean }[];
  /** The template's mark of a step done online, and what it means said in words. */
  onlineMark: string;
  onlineNote: string;
}

/** Short phrases as a bulleted list. */
export interface ListPart {
  kind: 'list';
  items: string[];
}

/** Editor Markdown, as entered. */
export interface MarkdownPart {
  kind: 'markdown';
  source: string;
}

/** A formatted value or a fixed sentence ("2 miesiące", "brak"); `isStrong` for one that must not be missed. */
export interface TextPart {
  kind: 'text';
  text: string;
  isStrong?: boolean;
}

export interface FeesPart {
  kind: 'fees';
  columns: readonly string[];
  /** One row per fee, its cells in the order of `columns`. */
  rows: string[][];
}

/** A file to download: its public route (`routes.file(…)`) and what the reader is told about it. */
export interface FileLink {
  /** What the file is, as a printed caption ("Formularz", "Wzór wypełnienia", "Plik"). */
  label: string;
  /** What a link to it says on screen, understandable alone ("Pobierz: Wniosek o …"). */
  linkText: string;
  /** Type and size: "PDF, 47 kB". */
  details: string;
  route: string;
}

export interface RequiredDocument {
  name: string;
  files: FileLink[];
  /** In which forms the document is accepted ("Forma dokumentu": "oryginał papierowy, skan…"), with the editor's notes. */
  formats?: { label: string; text: string; notes?: string };
  /** Electronic forms of the document on other platforms (ePUAP, biznes.gov.pl…), by their own URLs. */
  eForms?: { label: string; forms: { platform: string; url: string }[] };
}

/** "Wymagane dokumenty" in the template's groups: "do złożenia", then "do wglądu". */
export interface DocumentGroupsPart {
  kind: 'documentGroups';
  groups: { id: string; heading: string; documents: RequiredDocument[] }[];
}

/** Documents with at most one file each ("Pozostałe dokumenty"). */
export interface DocumentsPart {
  kind: 'documents';
  documents: { name: string; file?: FileLink }[];
}

/** Links to other pages of the portal, by route. */
export interface LinksPart {
  kind: 'links';
  links: { text: string; route: string }[];
}

/** Labelled values (the BIP metadata; per online step its sign-in, per fee its online payment), under an optional caption. */
export interface FactsPart {
  kind: 'facts';
  caption?: string;
  facts: { label: string; value: string }[];
}

export type Part = StepsPart | ListPart | MarkdownPart | TextPart | FeesPart | DocumentGroupsPart | DocumentsPart | LinksPart | FactsPart;

/** What the page and the card show under the title, before the sections: the residents' own names of the matter. */
export interface Intro {
  /** "Inne nazwy i słowa kluczowe" (`keywords`), when the editors gave some. */
  otherNames?: { label: string; items: string[] };
}

export interface Section {
  id: SectionId;
  /** The template's name of the field, as the section's heading (h2 on the page, H2 on the card). */
  heading: string;
  /** Its entry in the page's "Na tej stronie" list; sections without one are not listed. */
  contentsLabel?: string;
  /** False when an optional field is empty: the section is left out, heading and all. */
  isShown: boolean;
  /** False for what is not the matter itself (links elsewhere, metadata): the portal's search skips it. */
  isSearchable: boolean;
  parts: Part[];
}
