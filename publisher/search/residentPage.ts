import type { PublicProcedure } from '../../schemas/types.generated';

/**
 * The public fields the resident search reads: a `PublicProcedure` fits, and `keywords` ("Inne
 * nazwy i słowa kluczowe") once the schema has it. Only these fields reach the index, so nothing
 * internal can leak into it even if a whole exchange record is passed.
 */
export type SearchableProcedure = Pick<
  PublicProcedure,
  | 'slug'
  | 'title'
  | 'summary'
  | 'steps'
  | 'onlineActions'
  | 'usefulInfo'
  | 'howTo'
  | 'additionalInfo'
  | 'deadline'
  | 'place'
  | 'appointments'
  | 'fees'
  | 'submissionChannels'
  | 'submissionDeadline'
  | 'legalBasis'
  | 'appeal'
  | 'unit'
  | 'department'
> & {
  keywords?: string[];
  requiredDocuments?: { name: string }[];
  otherDocuments?: { name: string }[];
};

/** The text of a procedure by weight class: what a resident sees first weighs most. */
export interface WeightedText {
  title: string;
  keywords: string;
  summary: string;
  /** Short lists: steps, online actions, useful information, documents, fees, department. */
  short: string;
  /** The Markdown sections and the rest. */
  long: string;
}

export function searchableText(p: SearchableProcedure): WeightedText {
  const lines = (items: (string | undefined)[]) => items.filter((s): s is string => !!s && s.trim() !== '').join('\n');
  return {
    title: p.title,
    keywords: lines(p.keywords ?? []),
    summary: p.summary,
    short: lines([
      ...p.steps.flatMap((s) => [s.name, s.comment]),
      ...(p.onlineActions ?? []),
      ...(p.usefulInfo ?? []),
      ...(p.requiredDocuments ?? []).map((d) => d.name),
      ...(p.otherDocuments ?? []).map((d) => d.name),
      ...p.fees.flatMap((f) => [f.type, f.amount, f.remarks]),
      p.department,
      p.unit,
    ]),
    long: lines([
      p.howTo,
      p.additionalInfo,
      p.deadline.description,
      p.place,
      p.appointments,
      p.submissionChannels,
      p.submissionDeadline,
      p.appeal,
      ...p.legalBasis,
    ]),
  };
}

/**
 * Pagefind weights (0–10, squared in its ranking) of the classes: the title and the residents'
 * own names of the matter above the summary above the rest. The title is the page's `<h1>`,
 * which Pagefind weighs 7 by itself.
 */
export const PAGE_WEIGHTS = { titleTerms: 10, keywords: 7, keywordTerms: 8, summary: 4, summaryTerms: 4, short: 2, long: 1 } as const;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The analysis terms of each weight class (see `CorpusAnalysis.terms`). */
export interface PageTerms {
  title: string[];
  keywords: string[];
  summary: string[];
  short: string[];
  long: string[];
}

const div = (weight: number | undefined, text: string) =>
  !text ? '' : weight === undefined ? `<div>${escapeHtml(text)}</div>` : `<div data-pagefind-weight="${weight}">${escapeHtml(text)}</div>`;

/**
 * The page Pagefind indexes for one procedure (not the portal page: Pagefind only reads it). The
 * visible words keep Pagefind's own matching (prefixes, its stemmer) for words the dictionary
 * lacks; the analysis terms after them carry lemmas, synonym groups and word pairs. The summary
 * travels as metadata: excerpts of this page would show the terms. Without `terms` and
 * `weighted` it is the plain page of the quality baseline (Pagefind's defaults).
 */
export function residentPageHtml(p: SearchableProcedure, terms?: PageTerms, weighted = true): string {
  const text = searchableText(p);
  const w = (weight: number) => (weighted ? weight : undefined);
  const analysed = terms
    ? [
        div(PAGE_WEIGHTS.titleTerms, terms.title.join(' ')),
        div(PAGE_WEIGHTS.keywordTerms, terms.keywords.join(' ')),
        div(PAGE_WEIGHTS.summaryTerms, terms.summary.join(' ')),
        div(PAGE_WEIGHTS.short, terms.short.join(' ')),
        div(PAGE_WEIGHTS.long, terms.long.join(' ')),
      ].join('')
    : '';
  return [
    '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>',
    escapeHtml(p.title),
    '</title></head><body>',
    `<span data-pagefind-meta="opis">${escapeHtml(p.summary)}</span>`,
    `<span data-pagefind-meta="wydział">${escapeHtml(p.department)}</span>`,
    `<span data-pagefind-filter="wydział">${escapeHtml(p.department)}</span>`,
    '<main data-pagefind-body>',
    `<h1>${escapeHtml(p.title)}</h1>`,
    div(w(PAGE_WEIGHTS.keywords), text.keywords),
    div(w(PAGE_WEIGHTS.summary), text.summary),
    div(w(PAGE_WEIGHTS.short), text.short),
    div(w(PAGE_WEIGHTS.long), text.long),
    analysed,
    '</main></body></html>',
  ].join('');
}
