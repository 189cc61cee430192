/**
 * The legal-basis watch for one procedure: which ELI each entry of its legal basis has (the
 * editor's, else the recognised one), and which changes each cited act had after the last
 * approval. The scheduler (lead) runs it weekly with a `memoisedEliClient`, files one change
 * request per procedure and `LegalChange.key`, and shows `error` entries without failing the run.
 */
import type { QualityRecord } from '../../../schemas/quality/additions';
import { baseEliOf, type CitedActData, changesSince, type LegalChange } from './changes';
import { type EliCitation, primaryEli } from './recognise';
import type { EliClient, EliError } from './types';

export interface LegalBasisEli {
  entry: string;
  eli: string | null;
  /** editor: set in `legalBasisEli` (null = "no ELI"); recognised: read from the citation; none: nothing found. */
  source: 'editor' | 'recognised' | 'none';
  citation?: EliCitation;
}

export interface LegalBasisCheck extends LegalBasisEli {
  changes: LegalChange[];
  /** The API could not answer for this act; the others are still checked. */
  error?: EliError;
}

/** The ELI of every legal-basis entry; the editor's choice wins over recognition. */
export function eliOfEntries(record: Pick<QualityRecord, 'legalBasis' | 'legalBasisEli'>): LegalBasisEli[] {
  const chosen = new Map((record.legalBasisEli ?? []).map(({ entry, eli }) => [entry, eli]));
  return (record.legalBasis ?? []).map((entry) => {
    if (chosen.has(entry)) return { entry, eli: chosen.get(entry) ?? null, source: 'editor' as const };
    const citation = primaryEli(entry);
    return citation ? { entry, eli: citation.eli, source: 'recognised' as const, citation } : { entry, eli: null, source: 'none' as const };
  });
}

/** The changes of one cited act after `since` (YYYY-MM-DD), or the API's error. */
export async function watchAct(citedEli: string, since: string, client: EliClient): Promise<{ changes: LegalChange[]; error?: EliError }> {
  const cited = await client.act(citedEli);
  if (!cited.ok) return { changes: [], error: cited.error };
  const baseEli = baseEliOf(citedEli, cited.value);
  const baseReferences = await client.references(baseEli);
  if (!baseReferences.ok) return { changes: [], error: baseReferences.error };
  const data: CitedActData = { citedEli, cited: cited.value, baseEli, baseReferences: baseReferences.value };
  if (baseEli === citedEli) return { changes: changesSince(data, since) };
  // A consolidated text's own list adds amendments the base act's list may not have yet; without it the base list still stands.
  const citedReferences = await client.references(citedEli);
  if (!citedReferences.ok) return { changes: changesSince(data, since), error: citedReferences.error };
  return { changes: changesSince({ ...data, citedReferences: citedReferences.value }, since) };
}

/** Every legal-basis entry of a procedure with the changes of its act after `since`. */
export async function watchLegalBasis(
  record: Pick<QualityRecord, 'legalBasis' | 'legalBasisEli'>,
  since: string,
  client: EliClient,
): Promise<LegalBasisCheck[]> {
  const checks: LegalBasisCheck[] = [];
  // One act at a time: the API is a public service, and a run over all procedures is not urgent.
  for (const entry of eliOfEntries(record)) {
    if (entry.eli === null) {
      checks.push({ ...entry, changes: [] });
      continue;
    }
    checks.push({ ...entry, ...(await watchAct(entry.eli, since, client)) });
  }
  return checks;
}
