import { Marked, type Token, type Tokens } from 'marked';
import { type Block, type ListItem, paragraph, type Run } from './blocks';

// The same dialect as the portal's renderMarkdown (templates/markdown.ts): GFM, a newline is a break.
const marked = new Marked({ gfm: true, breaks: true, async: false });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** marked keeps character references as typed; the portal's HTML shows them decoded, so the card does too. */
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

/** Tags whose content is code, never text (sanitize-html drops it on the portal too). */
const NON_TEXT = /^<(script|style|textarea|noscript|iframe|object|template)\b/i;

/** Raw HTML as the portal shows it: tags dropped, their text kept, scripts and styles dropped whole. */
const htmlText = (html: string) =>
  decode(html.replace(/<(script|style|textarea|noscript|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<[^>]*>/g, ''));

const plain = (tokens: readonly Token[]): string =>
  inlineRuns(tokens, false)
    .map((r) => r.text)
    .join('');

const SAFE_HREF = /^(https?:|mailto:|tel:)/i;

/** Inline Markdown as runs: bold kept, links kept when their scheme is safe, raw HTML reduced to its text. */
function inlineRuns(tokens: readonly Token[], bold: boolean): Run[] {
  const runs: Run[] = [];
  let skipUntil: string | undefined;
  const push = (text: string) => {
    if (text) runs.push(bold ? { text, bold } : { text });
  };
  for (const token of tokens) {
    if (skipUntil) {
      if (token.type === 'html' && token.raw.toLowerCase().startsWith(skipUntil)) skipUntil = undefined;
      continue;
    }
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, true));
        break;
      case 'em':
      case 'del':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, bold));
        break;
      case 'link': {
        const { href, tokens: inner } = token as Tokens.Link;
        const label = plain(inner);
        if (SAFE_HREF.test(href)) runs.push(bold ? { text: label, href, bold } : { text: label, href });
        else push(label);
        break;
      }
      case 'br':
        push('\n');
        break;
      case 'html': {
        const match = NON_TEXT.exec(token.raw);
        if (match && !/<\/\w+\s*>\s*$/.test(token.raw)) skipUntil = `</${(match[1] as string).toLowerCase()}`;
        else push(htmlText(token.raw));
        break;
      }
      case 'image':
        break;
      case 'text': {
        const inner = (token as Tokens.Text).tokens;
        if (inner?.length) runs.push(...inlineRuns(inner, bold));
        else push(decode((token as Tokens.Text).text));
        break;
      }
      default:
        // codespan, escape and anything newer: their text.
        push(decode('text' in token && typeof token.text === 'string' ? token.text : ''));
    }
  }
  return runs;
}

function listItem(item: Tokens.ListItem, headingLevel: 3 | 4): ListItem {
  const [first, ...rest] = item.tokens;
  const hasText = first?.type === 'text' || first?.type === 'paragraph';
  const runs = hasText ? inlineRuns((first as Tokens.Text).tokens ?? [first], false) : [];
  const blocks = blocksOf(hasText ? rest : item.tokens, headingLevel);
  return blocks.length > 0 ? { runs, blocks } : { runs };
}

function blocksOf(tokens: readonly Token[], headingLevel: 3 | 4): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        blocks.push({
          kind: 'heading',
          level: (token as Tokens.Heading).depth <= 3 ? headingLevel : 4,
          text: plain((token as Tokens.Heading).tokens),
        });
        break;
      case 'paragraph':
      case 'text':
        blocks.push(paragraph(inlineRuns((token as Tokens.Paragraph).tokens ?? [token], false)));
        break;
      case 'list': {
        const list = token as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        blocks.push({
          kind: 'list',
          ordered: list.ordered,
          ...(start !== 1 ? { start } : {}),
          items: list.items.map((i) => listItem(i, headingLevel)),
        });
        break;
      }
      case 'blockquote':
        blocks.push(...blocksOf((token as Tokens.Blockquote).tokens, headingLevel));
        break;
      case 'code':
        blocks.push(paragraph((token as Tokens.Code).text));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        blocks.push({
          kind: 'table',
          header: table.header.map((cell) => plain(cell.tokens)),
          rows: table.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens, false))),
        });
        break;
      }
      case 'html': {
        const text = htmlText(token.raw).trim();
        if (text) blocks.push(paragraph(text));
        break;
      }
      // space, hr, def: nothing to read.
    }
  }
  return blocks;
}

/**
 * Editor Markdown as blocks for the card: paragraphs, lists with their bullets or numbers (nested
 * lists too), headings below the section's own (H3/H4, as the portal's h3/h4), tables, links.
 */
export function markdownBlocks(source: string, headingLevel: 3 | 4 = 3): Block[] {
  const blocks = blocksOf(marked.lexer(source), headingLevel);
  // A reader must not find a level skipped (Matterhorn 14-003): an H4 before any H3 is an H3.
  let levels = headingLevel - 1;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    if (block.level > levels + 1) block.level = (levels + 1) as 3 | 4;
    levels = block.level;
  }
  return blocks;
}
