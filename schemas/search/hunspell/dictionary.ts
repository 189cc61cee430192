import type { AffixRule, AffixTable } from './affixes';

/**
 * A hunspell dictionary: its words (lemmas, as sjp.pl lists them) with their affix flags, and the
 * affix rules. `lemmas` answers "which dictionary words is this form an inflection of" by undoing
 * the rules (the way hunspell itself checks a word); `forms` applies them forwards. Both follow the
 * same rules, so every generated form is analysed back to its lemma (unit-tested).
 */
export class HunspellDictionary {
  constructor(
    private readonly words: ReadonlyMap<string, string>,
    private readonly affixes: AffixTable,
  ) {}

  get size(): number {
    return this.words.size;
  }

  /** The flags of a dictionary word, trying the capitalised spelling of proper names too. */
  private flagsOf(base: string): string | undefined {
    return this.words.get(base) ?? this.words.get(base.charAt(0).toUpperCase() + base.slice(1));
  }

  private hasFlag(base: string, flag: string): boolean {
    return this.flagsOf(base)?.includes(flag) ?? false;
  }

  /** Dictionary bases of `word` reached by one suffix rule (optionally also carrying `prefixFlag`). */
  private suffixBases(word: string, prefixFlag: string | undefined, out: Set<string>): void {
    for (let cut = 1; cut <= word.length; cut++) {
      const rules = this.affixes.suffixesByAdd.get(word.slice(cut));
      if (!rules) continue;
      const head = word.slice(0, cut);
      for (const rule of rules) {
        const base = head + rule.strip;
        if (!rule.condition.test(base) || !this.hasFlag(base, rule.flag)) continue;
        if (prefixFlag !== undefined && (!rule.cross || !this.hasFlag(base, prefixFlag))) continue;
        out.add(base.toLowerCase());
      }
    }
  }

  /** The lemmas (lower-case dictionary words) `word` is a form of; empty when it is not Polish. */
  lemmas(word: string): string[] {
    const out = new Set<string>();
    if (this.flagsOf(word) !== undefined) out.add(word);
    this.suffixBases(word, undefined, out);
    for (const rule of this.affixes.prefixes) {
      if (!word.startsWith(rule.add) || word.length <= rule.add.length) continue;
      const base = rule.strip + word.slice(rule.add.length);
      if (rule.condition.test(base) && this.hasFlag(base, rule.flag)) out.add(base.toLowerCase());
      if (rule.cross) this.suffixBases(base, rule.flag, out);
    }
    return [...out];
  }

  private apply(rule: AffixRule, base: string): string | undefined {
    // The cheap string test first: most of a flag's rules strip an ending this word lacks.
    if (rule.kind === 'SFX') {
      if (!base.endsWith(rule.strip) || !rule.condition.test(base)) return undefined;
      return base.slice(0, base.length - rule.strip.length) + rule.add;
    }
    if (!base.startsWith(rule.strip) || !rule.condition.test(base)) return undefined;
    return rule.add + base.slice(rule.strip.length);
  }

  /** The suffix rules of `flags` that may apply to `base` (those stripping one of its endings). */
  private suffixRules(flags: string, base: string): AffixRule[] {
    const out: AffixRule[] = [];
    for (const flag of flags) {
      const byStrip = this.affixes.suffixesByFlagStrip.get(flag);
      if (!byStrip) continue;
      for (let cut = 0; cut <= base.length; cut++) out.push(...(byStrip.get(base.slice(cut)) ?? []));
    }
    return out;
  }

  /** Every form of a dictionary word (itself included), lower-case; empty when not in the dictionary. */
  forms(lemma: string): string[] {
    const entry = this.words.has(lemma) ? lemma : lemma.charAt(0).toUpperCase() + lemma.slice(1);
    const flags = this.words.get(entry);
    if (flags === undefined) return [];
    const out = new Set<string>([lemma]);
    const suffixed: string[] = [];
    for (const rule of this.suffixRules(flags, entry)) {
      const form = this.apply(rule, entry);
      if (form === undefined) continue;
      out.add(form.toLowerCase());
      if (rule.cross) suffixed.push(form);
    }
    for (const rule of this.affixes.prefixes) {
      if (!flags.includes(rule.flag)) continue;
      const form = this.apply(rule, entry);
      if (form !== undefined) out.add(form.toLowerCase());
      if (!rule.cross) continue;
      for (const base of suffixed) {
        const both = this.apply(rule, base);
        if (both !== undefined) out.add(both.toLowerCase());
      }
    }
    return [...out];
  }
}

/** Reads an `.dic` file's text: a count line, then `word` or `word/FLAGS` per line. */
export function parseDictionaryWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = slash < 0 ? line : line.slice(0, slash);
    const flags = slash < 0 ? '' : line.slice(slash + 1);
    // A word listed twice (homonyms with different inflection) keeps the flags of both.
    const known = words.get(word);
    words.set(word, known === undefined ? flags : known + flags);
  }
  return words;
}
