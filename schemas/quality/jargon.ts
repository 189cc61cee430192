/**
 * Office jargon found in a text, from the one list kept in `jargon.pl.json`. Patterns are word
 * sequences; a word ending in `*` matches every form with that beginning, which is how Polish
 * inflection ("niniejszy", "niniejszego", "niniejszym") is caught without a dictionary.
 */
import jargonList from './jargon.pl.json' with { type: 'json' };

export interface JargonEntry {
  term: string;
  patterns: string[];
  plain: string;
}

export interface JargonMatch {
  term: string;
  plain: string;
  /** The words as they stand in the text (first occurrence). */
  found: string;
  count: number;
}

interface CompiledPattern {
  entry: JargonEntry;
  words: { stem: string; prefix: boolean }[];
}

export const jargonEntries: readonly JargonEntry[] = jargonList.entries;

function compile(entries: readonly JargonEntry[]): CompiledPattern[] {
  const compiled = entries.flatMap((entry) =>
    entry.patterns.map((pattern) => ({
      entry,
      words: pattern
        .toLocaleLowerCase('pl')
        .split(/\s+/)
        .filter(Boolean)
        .map((word) => ({ stem: word.replace(/\*$/, ''), prefix: word.endsWith('*') })),
    })),
  );
  // Longer phrases first, so "w przedmiotowej sprawie" is reported once, not again as "przedmiotowy".
  return compiled.sort((a, b) => b.words.length - a.words.length);
}

const patterns = compile(jargonEntries);

function matchesAt(words: readonly string[], at: number, pattern: CompiledPattern): boolean {
  return pattern.words.every(({ stem, prefix }, k) => {
    const word = words[at + k];
    return word !== undefined && (prefix ? word.startsWith(stem) : word === stem);
  });
}

/**
 * Jargon in a list of sentences (each a list of words); a phrase never spans two sentences and a
 * word is reported under one entry only.
 */
export function findJargon(sentences: readonly (readonly string[])[]): JargonMatch[] {
  const found = new Map<string, JargonMatch & { firstAt: [number, number] }>();
  for (const [index, original] of sentences.entries()) {
    const words = original.map((word) => word.toLocaleLowerCase('pl'));
    const used = new Array<boolean>(words.length).fill(false);
    for (const pattern of patterns) {
      for (let at = 0; at + pattern.words.length <= words.length; at++) {
        const span = pattern.words.length;
        if (!matchesAt(words, at, pattern) || used.slice(at, at + span).some(Boolean)) continue;
        used.fill(true, at, at + span);
        const match = found.get(pattern.entry.term);
        if (match) match.count += 1;
        else {
          const { term, plain } = pattern.entry;
          found.set(term, { term, plain, found: original.slice(at, at + span).join(' '), count: 1, firstAt: [index, at] });
        }
      }
    }
  }
  // In reading order, as the editor meets them.
  return [...found.values()]
    .sort((a, b) => a.firstAt[0] - b.firstAt[0] || a.firstAt[1] - b.firstAt[1])
    .map(({ firstAt: _, ...match }) => match);
}
