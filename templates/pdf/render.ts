import type { Block, HeadingBlock, ListBlock, ParagraphBlock, Run } from './blocks';
import { BLACK, GREY, type PageFlow, type TextStyle } from './layout';
import { endMarked, type StructElement, type StructType } from './structure';
import { renderTable } from './table';
import { breakLines, type Line } from './textFlow';

const LEADING = 1.4;

const HEADINGS: Record<HeadingBlock['level'], { style: TextStyle; before: number; after: number }> = {
  1: { style: { size: 17, bold: true }, before: 0, after: 10 },
  2: { style: { size: 12.5, bold: true }, before: 10, after: 4 },
  3: { style: { size: 11, bold: true }, before: 6, after: 3 },
  4: { style: { size: 10.5, bold: true }, before: 4, after: 2 },
};
const PARAGRAPHS: Record<NonNullable<ParagraphBlock['style']>, { style: TextStyle; after: number }> = {
  body: { style: { size: 10.5, color: BLACK }, after: 6 },
  lead: { style: { size: 11, color: BLACK }, after: 8 },
  note: { style: { size: 9, color: GREY }, after: 4 },
};
const ITEM: TextStyle = { size: 10.5 };

/** Where a block goes: its parent element and the column it is laid out in. */
export interface Place {
  parent: StructElement;
  x: number;
  width: number;
}

/** Draws lines from the cursor down, breaking pages between lines; one element owns them all, on every page. */
export function flowLines(flow: PageFlow, lines: readonly Line[], x: number, style: TextStyle, owner: StructElement): void {
  const links = new Map<Run, StructElement>();
  const height = style.size * LEADING;
  for (const line of lines) {
    flow.ensure(height);
    if (line.segments.length > 0) flow.drawLine(line, x, style, owner, links);
    flow.y -= height;
  }
}

function renderHeading(flow: PageFlow, block: HeadingBlock, place: Place): void {
  const { style, before, after } = HEADINGS[block.level];
  const lines = breakLines([{ text: block.text }], flow.fonts, style.size, place.width, true);
  if (!flow.atTopOfPage) flow.y -= before;
  // Keep a heading with the first lines of what it introduces.
  flow.ensure(lines.length * style.size * LEADING + 3 * ITEM.size * LEADING);
  flowLines(flow, lines, place.x, style, flow.tree.element(`H${block.level}` as StructType, place.parent));
  flow.y -= after;
}

function renderParagraph(flow: PageFlow, block: ParagraphBlock, place: Place): void {
  if (block.runs.every((r) => r.text.trim() === '')) return;
  const { style, after } = PARAGRAPHS[block.style ?? 'body'];
  const lines = breakLines(block.runs, flow.fonts, style.size, place.width);
  flowLines(flow, lines, place.x, style, flow.tree.element('P', place.parent));
  flow.y -= after;
}

function renderList(flow: PageFlow, block: ListBlock, place: Place): void {
  const start = block.start ?? 1;
  const labels = block.items.map((_, i) => (block.ordered ? `${start + i}.` : '•'));
  const indent = Math.max(...labels.map((l) => flow.fonts.regular.widthOfTextAtSize(l, ITEM.size))) + 6;
  const list = flow.tree.element('L', place.parent, { O: 'List', ListNumbering: block.ordered ? 'Decimal' : 'Disc' });
  const height = ITEM.size * LEADING;
  for (const [i, item] of block.items.entries()) {
    const li = flow.tree.element('LI', list);
    const lines = breakLines(item.runs, flow.fonts, ITEM.size, place.width - indent);
    flow.ensure(height);
    // The label sits on the first line of the body; it is read before it.
    const label = flow.tree.element('Lbl', li);
    const ops = flow.textOperators(flow.page, labels[i] as string, place.x, flow.y - ITEM.size, ITEM);
    flow.page.page.pushOperators(flow.tree.beginMarked(flow.page, label), ...ops, endMarked());
    const body = flow.tree.element('LBody', li);
    if (item.runs.some((r) => r.text.trim() !== '')) flowLines(flow, lines, place.x + indent, ITEM, body);
    const inner = { parent: body, x: place.x + indent, width: place.width - indent };
    for (const child of item.blocks ?? []) renderBlock(flow, child, inner);
    flow.y -= 2;
  }
  // A nested list ends inside its item, which adds its own space.
  if (place.parent.type !== 'LBody') flow.y -= 4;
}

const RENDERERS: { [K in Block['kind']]: (flow: PageFlow, block: Extract<Block, { kind: K }>, place: Place) => void } = {
  heading: renderHeading,
  paragraph: renderParagraph,
  list: renderList,
  table: renderTable,
};

export function renderBlock(flow: PageFlow, block: Block, place: Place): void {
  (RENDERERS[block.kind] as (flow: PageFlow, block: Block, place: Place) => void)(flow, block, place);
}
