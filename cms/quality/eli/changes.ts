/**
 * Which changes of a cited act came after a procedure's last approval. Pure: the API data are
 * passed in, so the rule is tested without a server.
 *
 * "After" is decided by the day the change was published in the journal (`promulgation`; the
 * act's own date when the API lacks it): what was published before the approval could have been
 * taken into account by the approver, what was published after could not. The day an amendment
 * enters into force is reported too (`effectiveOn`), since the department plans by it.
 *
 * Each change carries a stable `key` built from the base act, the kind and the changing act — the
 * same whichever consolidated text a procedure cites — so a change request is filed once per
 * procedure and change, however often the watch runs.
 */
import { eliMessages as m } from '../messages.pl';
import { citationOf } from './recognise';
import { type EliAct, type EliReference, type EliReferences, REFERENCE } from './types';

export type LegalChangeKind = 'amendment' | 'consolidated-text' | 'repeal';

export interface LegalChange {
  key: string;
  kind: LegalChangeKind;
  /** The ELI the legal basis cites (may be a consolidated text). */
  citedEli: string;
  /** The act itself (the one a consolidated text restates). */
  baseEli: string;
  changeEli: string;
  changeTitle?: string;
  publishedOn: string;
  effectiveOn?: string;
  /** The change request's text, in Polish. */
  message: string;
}

export interface CitedActData {
  citedEli: string;
  cited: EliAct;
  /** `/references` of the cited act, when it is a consolidated text ("Nowelizacje po tekście jednolitym"). */
  citedReferences?: EliReferences;
  baseEli: string;
  /** `/references` of the base act. */
  baseReferences: EliReferences;
}

/** A consolidated text restates a base act ("Tekst jednolity dla aktu"); any other act is its own base. */
export function baseEliOf(citedEli: string, cited: EliAct): string {
  return cited.references?.[REFERENCE.consolidatedTextOf]?.[0]?.id ?? citedEli;
}

function publishedOn(reference: EliReference, useCategoryDate: boolean): string | undefined {
  return reference.promulgation ?? reference.announcementDate ?? (useCategoryDate ? reference.date : undefined);
}

function describe(reference: EliReference): string {
  const address = reference.displayAddress ?? citationOf(reference.eli);
  return reference.title ? `${address} – „${reference.title}”` : address;
}

interface Candidate {
  kind: LegalChangeKind;
  reference: EliReference;
  published: string;
  effectiveOn?: string;
}

/**
 * Amendments from the base act's "Akty zmieniające" (whose `date` is the change's entry into
 * force) and the cited consolidated text's "Nowelizacje po tekście jednolitym" (whose `date` is
 * the amending act's own date); the two lists are not kept in step by the API, so both are read
 * and merged by ELI.
 */
function amendments(data: CitedActData): Candidate[] {
  const byEli = new Map<string, Candidate>();
  for (const reference of data.baseReferences[REFERENCE.amendingActs] ?? []) {
    const published = reference.promulgation ?? reference.announcementDate;
    if (published)
      byEli.set(reference.eli, { kind: 'amendment', reference, published, ...(reference.date ? { effectiveOn: reference.date } : {}) });
  }
  for (const reference of data.citedReferences?.[REFERENCE.amendmentsAfterConsolidation] ?? []) {
    const published = publishedOn(reference, true);
    if (published && !byEli.has(reference.eli)) byEli.set(reference.eli, { kind: 'amendment', reference, published });
  }
  return [...byEli.values()];
}

function others(data: CitedActData): Candidate[] {
  const dated = (kind: LegalChangeKind, useCategoryDate: boolean) => (reference: EliReference) => {
    const published = publishedOn(reference, useCategoryDate);
    return published ? [{ kind, reference, published }] : [];
  };
  // An entry without any date cannot be placed before or after the approval; the API dates Dz. U. entries.
  const consolidated = (data.baseReferences[REFERENCE.consolidatedTexts] ?? [])
    .filter((reference) => reference.eli !== data.citedEli)
    .flatMap(dated('consolidated-text', true));
  const repeals = (data.baseReferences[REFERENCE.repealingActs] ?? []).flatMap(dated('repeal', false));
  return [...consolidated, ...repeals];
}

function messageFor(candidate: Candidate, citedEli: string): string {
  const cited = citationOf(citedEli);
  const act = describe(candidate.reference);
  if (candidate.kind === 'amendment') return m.change.amendment(cited, act, candidate.published, candidate.effectiveOn);
  if (candidate.kind === 'consolidated-text') return m.change.consolidatedText(cited, act, candidate.published);
  return m.change.repeal(cited, act, candidate.published);
}

/** The changes of the cited act published after `since` (YYYY-MM-DD, the last approval's Warsaw day), oldest first. */
export function changesSince(data: CitedActData, since: string): LegalChange[] {
  return [...amendments(data), ...others(data)]
    .filter((candidate) => candidate.published > since)
    .sort((a, b) => a.published.localeCompare(b.published) || a.reference.eli.localeCompare(b.reference.eli))
    .map((candidate) => ({
      key: `eli:${data.baseEli}:${candidate.kind}:${candidate.reference.eli}`,
      kind: candidate.kind,
      citedEli: data.citedEli,
      baseEli: data.baseEli,
      changeEli: candidate.reference.eli,
      ...(candidate.reference.title ? { changeTitle: candidate.reference.title } : {}),
      publishedOn: candidate.published,
      ...(candidate.effectiveOn ? { effectiveOn: candidate.effectiveOn } : {}),
      message: messageFor(candidate, data.citedEli),
    }));
}
