/**
 * The block model the tagged PDF writer lays out: a document is a list of blocks, each mapped to
 * one structure element (PDF/UA). It knows nothing of procedures: the card turns the procedure's
 * section model (templates/sections) into blocks (cardBlocks.ts, partBlocks.ts).
 *
 * - heading → H1…H4
 * - paragraph → P (a `note` is the same element, printed smaller and grey)
 * - list → L of LI, each with Lbl ("1." when ordered, "•" otherwise) and LBody
 * - table → Table of TR, TH (column headers) and TD
 * - a run with `href` → Link with the link annotation (OBJR) and its /Contents
 * - page furniture (header, footer, page numbers) → Artifact, from `Furniture`
 */

/** A piece of inline text; consecutive runs flow together. "\n" in `text` breaks the line. */
export interface Run {
  text: string;
  bold?: boolean;
  /** A clickable URL (http, https, mailto, tel); anything else is printed as plain text. */
  href?: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3 | 4;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  runs: Run[];
  style?: 'body' | 'lead' | 'note';
}

export interface ListItem {
  runs: Run[];
  /** What follows the item's first text inside its body: a comment, links, a nested list. */
  blocks?: Block[];
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  /** The first number of an ordered list (Markdown "3. …"). */
  start?: number;
  items: ListItem[];
}

export interface TableBlock {
  kind: 'table';
  /** Column headers (TH, scope Column). */
  header: string[];
  rows: Run[][][];
  /** Relative column widths; equal when missing. */
  widths?: number[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

/** Page furniture, printed on every page as artifacts: a reader does not read it out. */
export interface Furniture {
  /** Top of every page; empty for none. */
  header: string;
  /** Bottom left of every page; empty for none. */
  footer: string;
  /** "Strona {page} z {pages}". */
  pageNumbers: boolean;
}

export const text = (value: string, bold = false): Run => (bold ? { text: value, bold } : { text: value });
export const link = (href: string, label = href): Run => ({ text: label, href });
export const paragraph = (runs: Run[] | string, style?: ParagraphBlock['style']): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [text(runs)] : runs,
  ...(style ? { style } : {}),
});
export const heading = (level: HeadingBlock['level'], value: string): HeadingBlock => ({ kind: 'heading', level, text: value });
export const list = (ordered: boolean, items: ListItem[]): ListBlock => ({ kind: 'list', ordered, items });
