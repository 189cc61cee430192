/**
 * Markdown as the sentences and words a reader meets: marked's lexer (already used to render the
 * same fields) drops the markup, links keep their text, URLs and e-mail addresses are removed
 * (nobody reads them as words), and every paragraph, heading, list item and table cell ends a
 * sentence even without a full stop — a list of items is not one long sentence. Pure and
 * browser-safe.
 */
import { Marked, type Token, type Tokens } from 'marked';

export interface Sentence {
  text: string;
  words: string[];
}

const lexer = new Marked({ gfm: true, breaks: true, async: false });

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*/gu;

function inlineText(tokens: readonly Token[] | undefined): string {
  return (tokens ?? []).map(inlineTokenText).join('');
}

function inlineTokenText(token: Token): string {
  switch (token.type) {
    case 'text':
      return 'tokens' in token && token.tokens ? inlineText(token.tokens) : token.text;
    case 'link': {
      const link = token as Tokens.Link;
      // An autolink's text is its URL: not words a resident reads.
      return link.text === link.href || link.href === `mailto:${link.text}` ? ' ' : inlineText(link.tokens);
    }
    case 'strong':
    case 'em':
    case 'del':
      return inlineText((token as Tokens.Strong).tokens);
    case 'codespan':
    case 'escape':
      return token.text;
    case 'br':
      return ' ';
    case 'html':
    case 'image':
      return ' ';
    default:
      return 'text' in token && typeof token.text === 'string' ? token.text : '';
  }
}

/** The text of each block that ends a sentence by its own end. */
function blockTexts(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'paragraph':
      case 'heading':
      case 'text':
        out.push(inlineText((token as Tokens.Paragraph).tokens) || (token as Tokens.Paragraph).text);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) out.push(...blockTexts(item.tokens));
        break;
      case 'blockquote':
        out.push(...blockTexts((token as Tokens.Blockquote).tokens));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const cell of [...table.header, ...table.rows.flat()]) out.push(inlineText(cell.tokens));
        break;
      }
      default:
        // Code, rules, raw HTML and blank lines carry no prose.
        break;
    }
  }
  return out;
}

/** Abbreviations whose full stop never ends a sentence ("ul. Piotrkowska", "Dz. U.", "m.in."). */
const NEVER_END = new Set(
  'al art dr dz gen godz hab im inż lit m.in mgr np nr os par pkt pl pn pok poz późn prof sygn św tel tj t.j tzw ul ust wew ww zm'.split(
    ' ',
  ),
);
/** Abbreviations that end a sentence only before a capital letter ("w 2019 r. prawo" vs "do 2025 r. Nowy"). */
const MAYBE_END = new Set('r ok itd itp tys mln mld zł gr w wg dot jw'.split(' '));

function endsSentence(text: string, dotAt: number): boolean {
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(0, dotAt))?.[1] ?? '';
  const word = before.replace(/^\.+|\.+$/g, '').toLocaleLowerCase('pl');
  const next = /\S/u.exec(text.slice(dotAt + 1))?.[0];
  const nextIsCapital = next !== undefined && /\p{Lu}/u.test(next);
  if (next === undefined) return true;
  if (text[dotAt] !== '.') return true;
  if (NEVER_END.has(word)) return false;
  if (MAYBE_END.has(word)) return nextIsCapital;
  // A single capital is an initial ("J. Kowalski", "Dz. U."); a number before lower case is an ordinal ("2. piętro").
  if (/^\p{Lu}$/u.test(before)) return false;
  if (/^\p{N}+$/u.test(word)) return nextIsCapital || /\p{N}/u.test(next);
  return true;
}

function splitSentences(block: string): Sentence[] {
  const text = block.replace(URL, ' ').replace(EMAIL, ' ').replace(/\s+/g, ' ').trim();
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…]+(?=\s|$)/g)) {
    const end = (match.index ?? 0) + match[0].length;
    // "1." opening a numbered paragraph ("**1. Zaświadczenie…**") numbers the sentence, it does not end one.
    if (/^\s*\p{N}+\.$/u.test(text.slice(start, end)) || !endsSentence(text, end - 1)) continue;
    pushSentence(sentences, text.slice(start, end));
    start = end;
  }
  pushSentence(sentences, text.slice(start));
  return sentences;
}

function pushSentence(sentences: Sentence[], raw: string): void {
  const text = raw.trim();
  const words = text.match(WORD) ?? [];
  if (words.length > 0) sentences.push({ text, words });
}

/** The sentences of a Markdown text, each with its words. */
export function sentencesOf(markdown: string): Sentence[] {
  const tokens = lexer.lexer(markdown);
  return blockTexts(tokens).flatMap(splitSentences);
}
