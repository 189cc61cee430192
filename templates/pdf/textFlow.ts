import type { Run } from './blocks';
import { type Fonts, widthOf } from './fonts';

/** Consecutive words of one line that share a face and a run (so one link stays one piece). */
export interface Segment {
  text: string;
  /** Offset from the start of the line. */
  x: number;
  width: number;
  bold: boolean;
  run: Run;
}

export interface Line {
  segments: Segment[];
  width: number;
}

interface Word {
  text: string;
  bold: boolean;
  run: Run;
  spaceBefore: boolean;
  width: number;
}

type Token = Word | 'newline';

/** Whitespace that may break a line: every kind but the no-break space (and "\n", a hard break). */
const SPLIT = /(\n|[^\S\n\u00a0]+)/;
/** Where a word too long for a line (a URL) is best cut: after these characters. */
const CUT_AFTER = new Set(['/', '-', '.', '?', '&', '=', '_']);

function cutLongWord(word: Word, maxWidth: number, fonts: Fonts, size: number): Word[] {
  const font = word.bold ? fonts.bold : fonts.regular;
  const out: Word[] = [];
  let start = 0;
  let width = 0;
  let lastCut = -1;
  const chars = [...word.text];
  for (let i = 0; i < chars.length; i++) {
    const w = widthOf(chars[i] as string, font, word.bold, size);
    if (width + w > maxWidth && i > start) {
      const end = lastCut > start ? lastCut : i;
      const piece = chars.slice(start, end).join('');
      out.push({ ...word, text: piece, spaceBefore: out.length === 0 && word.spaceBefore, width: widthOf(piece, font, word.bold, size) });
      start = end;
      width = chars.slice(start, i).reduce((sum, c) => sum + widthOf(c, font, word.bold, size), 0);
      lastCut = -1;
    }
    width += w;
    if (CUT_AFTER.has(chars[i] as string)) lastCut = i + 1;
  }
  const rest = chars.slice(start).join('');
  out.push({ ...word, text: rest, spaceBefore: out.length === 0 && word.spaceBefore, width: widthOf(rest, font, word.bold, size) });
  return out;
}

function tokens(runs: readonly Run[], fonts: Fonts, size: number, maxWidth: number, allBold: boolean): Token[] {
  const out: Token[] = [];
  let space = false;
  for (const run of runs) {
    const bold = allBold || run.bold === true;
    for (const part of run.text.split(SPLIT)) {
      if (part === '\n') {
        out.push('newline');
        space = false;
      } else if (part.trim() === '' && part !== '\u00a0') {
        if (part) space = out.length > 0 && out.at(-1) !== 'newline';
      } else {
        const word: Word = {
          text: part,
          bold,
          run,
          spaceBefore: space,
          width: widthOf(part, bold ? fonts.bold : fonts.regular, bold, size),
        };
        out.push(...(word.width > maxWidth ? cutLongWord(word, maxWidth, fonts, size) : [word]));
        space = false;
      }
    }
  }
  return out;
}

/** Groups a line's words into segments; a space between two segments goes with the first, so extracted text keeps it. */
function segmentsOf(words: readonly { word: Word; x: number }[]): Segment[] {
  const segments: Segment[] = [];
  for (const { word, x } of words) {
    const last = segments.at(-1);
    if (last && last.bold === word.bold && last.run === word.run) {
      last.text += word.spaceBefore ? ` ${word.text}` : word.text;
      last.width = x + word.width - last.x;
      continue;
    }
    if (last && word.spaceBefore) last.text += ' ';
    segments.push({ text: word.text, x, width: word.width, bold: word.bold, run: word.run });
  }
  return segments;
}

function endWithSpace(words: { word: Word }[]): void {
  const last = words.at(-1);
  if (last) last.word = { ...last.word, text: `${last.word.text} ` };
}

/** Breaks runs into lines no wider than `maxWidth` points, at spaces (long words are cut); `bold` sets every run in bold. */
export function breakLines(runs: readonly Run[], fonts: Fonts, size: number, maxWidth: number, bold = false): Line[] {
  const space = widthOf(' ', fonts.regular, false, size);
  const lines: Line[] = [];
  let words: { word: Word; x: number }[] = [];
  let width = 0;
  const flush = () => {
    lines.push({ segments: segmentsOf(words), width });
    words = [];
    width = 0;
  };
  for (const token of tokens(runs, fonts, size, maxWidth, bold)) {
    if (token === 'newline') {
      flush();
      continue;
    }
    let gap = words.length > 0 && token.spaceBefore ? space : 0;
    if (words.length > 0 && width + gap + token.width > maxWidth) {
      // A line broken at a space keeps it: extracted and read-out text must not join the two words (PDF/UA 7.2).
      if (token.spaceBefore) endWithSpace(words);
      flush();
      gap = 0;
    }
    words.push({ word: words.length === 0 ? { ...token, spaceBefore: false } : token, x: width + gap });
    width += gap + token.width;
  }
  if (words.length > 0 || lines.length === 0) flush();
  // A break at the very end (Markdown "  \n" before nothing) leaves an empty last line.
  while (lines.length > 1 && lines.at(-1)?.segments.length === 0) lines.pop();
  return lines;
}
