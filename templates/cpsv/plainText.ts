import { marked, type Token, type Tokens } from 'marked';

const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'list_item', 'code']);

/** Tokens as text: blocks and list items on their own lines, markup and raw HTML dropped. */
function textOf(tokens: readonly Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'list') text += `\n${(token as Tokens.List).items.map((item) => textOf(item.tokens)).join('\n')}\n`;
    else if (token.type === 'html' || token.type === 'tag') continue;
    else if (token.type === 'br' || token.type === 'space') text += '\n';
    else if ('tokens' in token && token.tokens) text += textOf(token.tokens) + (BLOCKS.has(token.type) ? '\n' : '');
    else if ('text' in token) text += token.text + (BLOCKS.has(token.type) ? '\n' : '');
  }
  return text;
}

const tidy = (text: string) =>
  text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();

/**
 * Markdown as plain lines, from marked's lexer alone. The export reads every `place` and every
 * "Formy i miejsce składania dokumentów" item; rendering HTML and sanitising it back to text
 * (templates/markdown.ts) costs far more, which shows at 10,000 procedures.
 */
export function plainText(markdown: string): string {
  return tidy(textOf(marked.lexer(markdown)));
}

/** The top-level list items of a Markdown text, each as plain lines. */
export function listItems(markdown: string): string[] {
  return marked
    .lexer(markdown)
    .filter((token): token is Tokens.List => token.type === 'list')
    .flatMap((list) => list.items.map((item) => tidy(textOf(item.tokens))));
}
