/**
 * Hunspell affix rules (the `PFX`/`SFX` lines of an `.aff` file), read as data. The Polish
 * dictionary (`dictionary-pl`, from sjp.pl) uses single-character flags, one prefix class ("nie")
 * and about fifty suffix classes, all combinable (cross product `Y`), no compounding; that is the
 * subset read here. Other directives (`TRY`, `MAP`, `REP`) serve spelling suggestions, not lemmas.
 */
export interface AffixRule {
  flag: string;
  kind: 'PFX' | 'SFX';
  /** Characters removed from the base word before `add` is attached ("" for none). */
  strip: string;
  /** Characters attached to the base word ("" for none). */
  add: string;
  /** The rule applies only to base words this matches (anchored at the affix's end of the word). */
  condition: RegExp;
  /** May combine with an affix of the other kind (hunspell's cross product flag). */
  cross: boolean;
}

export interface AffixTable {
  /** Rules by flag, for generating the forms of a dictionary word. */
  byFlag: ReadonlyMap<string, readonly AffixRule[]>;
  /** Suffix rules by flag and by the ending they strip: a word meets only the rules of its endings. */
  suffixesByFlagStrip: ReadonlyMap<string, ReadonlyMap<string, readonly AffixRule[]>>;
  /** Suffix rules by the characters they add, for finding the base of an inflected form. */
  suffixesByAdd: ReadonlyMap<string, readonly AffixRule[]>;
  /** Prefix rules (few: "nie" in Polish), for finding the base of a prefixed form. */
  prefixes: readonly AffixRule[];
}

const EMPTY = '0';

function conditionRegExp(kind: 'PFX' | 'SFX', condition: string): RegExp {
  // Hunspell conditions are a subset of regular expressions: literals, ".", "[abc]", "[^abc]".
  const body = condition === '.' ? '' : condition;
  return new RegExp(kind === 'SFX' ? `${body}$` : `^${body}`, 'u');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Reads the affix rules of an `.aff` file's text. */
export function parseAffixes(text: string): AffixTable {
  const byFlag = new Map<string, AffixRule[]>();
  const suffixesByFlagStrip = new Map<string, Map<string, AffixRule[]>>();
  const suffixesByAdd = new Map<string, AffixRule[]>();
  const prefixes: AffixRule[] = [];
  const cross = new Map<string, boolean>();
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    const [kind, flag, third, fourth, fifth] = parts;
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag || third === undefined || fourth === undefined) continue;
    if (fifth === undefined) {
      // Header line: "SFX a Y 6" — cross-product flag and the number of rules.
      cross.set(`${kind}${flag}`, third === 'Y');
      continue;
    }
    // Continuation classes ("add/flags") are not used by the Polish dictionary; they are ignored.
    const add = fourth.split('/')[0] ?? '';
    const rule: AffixRule = {
      flag,
      kind,
      strip: third === EMPTY ? '' : third,
      add: add === EMPTY ? '' : add,
      condition: conditionRegExp(kind, fifth),
      cross: cross.get(`${kind}${flag}`) ?? false,
    };
    push(byFlag, flag, rule);
    if (kind === 'SFX') {
      push(suffixesByAdd, rule.add, rule);
      const byStrip = suffixesByFlagStrip.get(flag) ?? new Map<string, AffixRule[]>();
      suffixesByFlagStrip.set(flag, byStrip);
      push(byStrip, rule.strip, rule);
    } else prefixes.push(rule);
  }
  return { byFlag, suffixesByFlagStrip, suffixesByAdd, prefixes };
}
