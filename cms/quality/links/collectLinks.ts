/**
 * The web addresses a procedure description sends residents to: its e-forms
 * (`requiredDocuments[].eForms[].url`) and the links inside its Markdown fields, found with
 * marked's lexer — the same parser that renders them, so what is checked is what the portal links
 * (GFM autolinks of bare "https://…" and "www.…" included). Only absolute http(s) addresses are
 * checked: mailto/tel links and relative links have nothing to fetch.
 */
import { Marked, type Token } from 'marked';
import type { QualityRecord } from '../../../schemas/quality/additions';

export type LinkSource = QualityRecord & { slug: string };

export interface LinkOccurrence {
  slug: string;
  /** Exchange-format path of the field: `howTo`, `requiredDocuments.0.eForms.1.url`. */
  path: string;
}

export interface LinkTarget {
  url: string;
  procedures: string[];
  occurrences: LinkOccurrence[];
}

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** Every Markdown field of the exchange format, internal call-center notes included (staff follow those links too). */
function markdownFields(record: LinkSource): [string, string | null | undefined][] {
  return [
    ['howTo', record.howTo],
    ['additionalInfo', record.additionalInfo],
    ['deadline.description', record.deadline?.description],
    ['place', record.place],
    ['appointments', record.appointments],
    ['submissionChannels', record.submissionChannels],
    ['submissionDeadline', record.submissionDeadline],
    ['appeal', record.appeal],
    ['reuseConditions', record.reuseConditions],
    ['callCenter.notes', record.callCenter?.notes],
    ['callCenter.other', record.callCenter?.other],
    ...(record.callCenter?.faq ?? []).map((item, i): [string, string] => [`callCenter.faq.${i}.answer`, item.answer]),
  ];
}

/** The absolute http(s) form of a link, or undefined for anything else. */
export function httpUrl(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function linksInMarkdown(source: string): string[] {
  const hrefs: string[] = [];
  markdown.walkTokens(markdown.lexer(source), (token: Token) => {
    if (token.type === 'link' || token.type === 'image') hrefs.push(token.href);
  });
  return hrefs.flatMap((href) => httpUrl(href) ?? []);
}

/** Each distinct address with every procedure and field that carries it, sorted by address. */
export function collectLinks(records: readonly LinkSource[]): LinkTarget[] {
  const targets = new Map<string, LinkTarget>();
  const add = (url: string, occurrence: LinkOccurrence) => {
    const target = targets.get(url) ?? { url, procedures: [], occurrences: [] };
    if (!target.procedures.includes(occurrence.slug)) target.procedures.push(occurrence.slug);
    target.occurrences.push(occurrence);
    targets.set(url, target);
  };
  for (const record of records) {
    (record.requiredDocuments ?? []).forEach((document, d) => {
      (document.eForms ?? []).forEach((form, f) => {
        // An e-form address that does not parse is still reported, so the editor sees it is broken.
        add(httpUrl(form.url) ?? form.url, { slug: record.slug, path: `requiredDocuments.${d}.eForms.${f}.url` });
      });
    });
    for (const [path, source] of markdownFields(record)) {
      if (typeof source !== 'string' || source === '') continue;
      for (const url of linksInMarkdown(source)) add(url, { slug: record.slug, path });
    }
  }
  return [...targets.values()].sort((a, b) => a.url.localeCompare(b.url));
}
