import type { AnalysedWord, LemmaLookup } from './analyse';
import { analyseText, contentWords } from './analyse';

/** One synonym group: words and phrases residents and officials use for the same matter. */
export interface ThesaurusGroup {
  terms: string[];
  domain?: string;
  note?: string;
}

/** The thesaurus file (`schemas/thesaurus.schema.json`). */
export interface Thesaurus {
  language: 'pl';
  groups: ThesaurusGroup[];
}

/**
 * A member phrase after analysis: its content words, each as the set of lemmas that match it.
 * Published as JSON for the browser, so the browser needs no dictionary to find phrases.
 */
export type CompiledMember = string[][];

export interface CompiledThesaurus {
  /** `groups[id]`: the members of group `id`. */
  groups: CompiledMember[][];
}

/** Analyses every member of every group (the thesaurus works on lemmas, not on spellings). */
export function compileThesaurus(thesaurus: Thesaurus, lookup: LemmaLookup): CompiledThesaurus {
  return {
    groups: thesaurus.groups.map((group) =>
      group.terms.map((term) => contentWords(analyseText(term, lookup)).map((w) => w.lemmas)).filter((member) => member.length > 0),
    ),
  };
}

/** Every lemma a compiled thesaurus mentions (the browser lexicon must know their forms). */
export function thesaurusLemmas(compiled: CompiledThesaurus): Set<string> {
  return new Set(compiled.groups.flat(3));
}

/** A group found in a text: its member covers content words `from`..`to` (inclusive). */
export interface GroupMatch {
  group: number;
  from: number;
  to: number;
}

interface Candidate {
  group: number;
  member: CompiledMember;
}

/** Finds thesaurus members in analysed text; built once per thesaurus. */
export class ThesaurusMatcher {
  private readonly byFirstLemma = new Map<string, Candidate[]>();

  constructor(readonly compiled: CompiledThesaurus) {
    compiled.groups.forEach((members, group) => {
      for (const member of members) {
        for (const lemma of member[0] ?? []) {
          const list = this.byFirstLemma.get(lemma) ?? [];
          list.push({ group, member });
          this.byFirstLemma.set(lemma, list);
        }
      }
    });
  }

  /** Members found in a sequence of content words (stop words already removed on both sides). */
  find(content: readonly AnalysedWord[]): GroupMatch[] {
    const found = new Map<string, GroupMatch>();
    content.forEach((word, from) => {
      for (const lemma of word.lemmas) {
        for (const { group, member } of this.byFirstLemma.get(lemma) ?? []) {
          const to = from + member.length - 1;
          if (to >= content.length) continue;
          const fits = member.every((alternatives, k) => (content[from + k]?.lemmas ?? []).some((l) => alternatives.includes(l)));
          if (fits) found.set(`${group}:${from}:${to}`, { group, from, to });
        }
      }
    });
    return [...found.values()];
  }
}
