/**
 * Characters nobody types and no output can carry: C0 control characters (tab, LF and CR are
 * allowed in multi-line text), DEL, lone surrogates and the non-characters U+FFFE/U+FFFF. One of
 * them breaks every XML consumer of the BIP feeds, and NUL is silently cut by some databases.
 */
export type TextKind = 'line' | 'multiline';

const DISALLOWED: Record<TextKind, RegExp> = {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  line: /[\u0000-\u001f\u007f\u{d800}-\u{dfff}\u{fffe}\u{ffff}]/u,
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  multiline: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u{d800}-\u{dfff}\u{fffe}\u{ffff}]/u,
};

export interface DisallowedCharacter {
  codePoint: number;
  /** 1-based position in code points (as an editor counts). */
  position: number;
}

export function findDisallowedCharacter(text: string, kind: TextKind = 'multiline'): DisallowedCharacter | undefined {
  const match = DISALLOWED[kind].exec(text);
  if (!match) return undefined;
  return { codePoint: match[0].codePointAt(0) ?? 0, position: [...text.slice(0, match.index)].length + 1 };
}

/** "U+0001" */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
