/**
 * ELI identifiers recognised in Polish legal citations: "Dz. U. z 2023 r. poz. 40" → DU/2023/40,
 * "Dz.U. 2022 poz. 1526", "M.P. z 2021 r. poz. 10" → MP/2021/10, "Dz.U.2022.1526", "(t.j. Dz. U. …)",
 * "… poz. 1 ze zm.". The ELI of the Sejm's API is publisher/year/position: positions are numbered
 * per year across the journal's issues, so the pre-2012 "Nr 193, poz. 1617" is DU/2002/1617 and the
 * issue number is dropped. Pure.
 */

export type EliPublisher = 'DU' | 'MP';

export interface EliCitation {
  eli: string;
  publisher: EliPublisher;
  year: number;
  position: number;
  /** The matched citation text and where it starts in the input. */
  text: string;
  index: number;
  /** Cited as a consolidated text ("t.j.", "tekst jednolity"). */
  consolidated: boolean;
  /** Followed by "z późn. zm." / "ze zm.": the citation itself says later amendments exist. */
  withAmendments: boolean;
  /** The citation named no year; it was taken from the act's own date ("z dnia 12 listopada 2002 r."). */
  yearInferred: boolean;
  /** Further positions of the same year in the same citation ("poz. 40, 572 i 1463"): amending acts, not the act. */
  alsoCited: string[];
}

const PUBLISHER = String.raw`(?<pub>Dz\.\s*U\.(?!\s*(?:UE|Urz|Woj))|Dziennik(?:a|u|iem)?\s+Ustaw|M\.\s*P\.|Monitor(?:a|ze|em)?\s+Polski(?:ego|m)?)`;
const YEAR = String.raw`(?:\s*(?:z\s*)?(?<year>(?:19|20)\d{2})\s*(?:r\b\.?)?)?`;
const ISSUE = String.raw`(?:\s*,?\s*Nr\s*\d+)?`;
const POSITION = String.raw`\s*,?\s*poz\.\s*(?<pos>\d+)(?<more>(?:\s*(?:,|\bi\b|\boraz\b)\s*\d+\b(?!\s*r\.))*)`;
const COMPACT = String.raw`(?<cpub>Dz\.\s?U\.|M\.\s?P\.)\s?(?<cyear>(?:19|20)\d{2})\.(?<cpos>\d+)\b`;
const CITATION = new RegExp(`${COMPACT}|${PUBLISHER}${YEAR}${ISSUE}${POSITION}`, 'giu');

const CONSOLIDATED_BEFORE = /(?:t\.\s?j\.|j\.\s?t\.|tekst(?:u)?\s+jedn(?:olit(?:y|ego)|\.))\s*[:\-–]?\s*$/iu;
const CONSOLIDATED_AFTER = /^\s*[,\-–]?\s*(?:t\.\s?j\.|tekst\s+jednolity)/iu;
const AMENDED_AFTER = /^\s*,?\s*(?:z\s+późn\.\s*zm\.|ze\s+zm\.|z\s+zm\.|z\s+późniejszymi\s+zmianami)/iu;
const ACT_DATE = /z\s+dnia\s+\d{1,2}\s+\p{L}+\s+(?<year>(?:19|20)\d{2})\s*r\./giu;

function publisherOf(name: string): EliPublisher {
  return /^(?:M|Monitor)/iu.test(name) ? 'MP' : 'DU';
}

/** The year of the last "z dnia … r." before the citation: the act's own date. */
function inferredYear(text: string, before: number): number | undefined {
  let year: number | undefined;
  for (const match of text.slice(0, before).matchAll(ACT_DATE)) year = Number(match.groups?.year);
  return year;
}

function extraPositions(more: string | undefined): number[] {
  return (more?.match(/\d+/g) ?? []).map(Number);
}

function citationAt(text: string, match: RegExpMatchArray): EliCitation | undefined {
  const groups = match.groups ?? {};
  const index = match.index ?? 0;
  const compact = groups.cpub !== undefined;
  const publisher = publisherOf((compact ? groups.cpub : groups.pub) ?? '');
  const position = Number(compact ? groups.cpos : groups.pos);
  const explicitYear = compact ? groups.cyear : groups.year;
  const year = explicitYear !== undefined ? Number(explicitYear) : inferredYear(text, index);
  if (year === undefined || !Number.isInteger(position) || position < 1) return undefined;
  const after = text.slice(index + match[0].length, index + match[0].length + 40);
  const eliOf = (pos: number) => `${publisher}/${year}/${pos}`;
  return {
    eli: eliOf(position),
    publisher,
    year,
    position,
    text: match[0],
    index,
    consolidated: CONSOLIDATED_BEFORE.test(text.slice(Math.max(0, index - 30), index)) || CONSOLIDATED_AFTER.test(after),
    withAmendments: AMENDED_AFTER.test(after),
    yearInferred: explicitYear === undefined,
    alsoCited: extraPositions(compact ? undefined : groups.more).map(eliOf),
  };
}

/** Every journal citation in a text, in order. A citation without a year nor an act date is skipped: no ELI can be formed. */
export function recogniseEli(text: string): EliCitation[] {
  const found: EliCitation[] = [];
  for (const match of text.matchAll(CITATION)) {
    const citation = citationAt(text, match);
    if (citation) found.push(citation);
  }
  return found;
}

/** The act a legal-basis entry cites: its first journal citation. */
export function primaryEli(entry: string): EliCitation | undefined {
  return recogniseEli(entry)[0];
}

/** An ELI written the way the template's legal basis writes it: "Dz. U. z 2023 r. poz. 40". */
export function citationOf(eli: string): string {
  const [publisher, year, position] = eli.split('/');
  return `${publisher === 'MP' ? 'M.P.' : 'Dz. U.'} z ${year} r. poz. ${position}`;
}
