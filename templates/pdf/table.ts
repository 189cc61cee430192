import type { PDFOperator } from 'pdf-lib';
import type { Run, TableBlock } from './blocks';
import { MARGIN, type PageFlow, type TextStyle } from './layout';
import type { Place } from './render';
import { beginArtifact, endMarked, type StructElement } from './structure';
import { breakLines, type Line } from './textFlow';

const CELL: TextStyle = { size: 9 };
const LEADING = 1.35;
const PAD = 4;
const RULE: readonly [number, number, number] = [0.7, 0.7, 0.7];
const HEADER_FILL: readonly [number, number, number] = [0.92, 0.92, 0.92];

interface RowLayout {
  lines: Line[][];
  height: number;
}

function layoutRow(flow: PageFlow, cells: readonly Run[][], widths: readonly number[]): RowLayout {
  const lines = cells.map((runs, i) => breakLines(runs, flow.fonts, CELL.size, (widths[i] ?? 0) - 2 * PAD));
  const height = Math.max(...lines.map((l) => l.length)) * CELL.size * LEADING + 2 * PAD;
  return { lines, height };
}

/** Left edges of the columns. */
const columnsAt = (x: number, widths: readonly number[]) => widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));

/** A header repeated on a continuation page: a reader has it once, from the first page. */
function repeatHeader(flow: PageFlow, header: RowLayout, place: Place, widths: readonly number[]): void {
  const ops: PDFOperator[] = [...flow.artifactBox(place.x, flow.y - header.height, place.width, header.height, HEADER_FILL)];
  const top = flow.y;
  ops.push(beginArtifact(flow.pdf.context));
  for (const [i, x] of columnsAt(place.x, widths).entries()) {
    for (const [n, line] of (header.lines[i] ?? []).entries()) {
      const baseline = top - PAD - n * CELL.size * LEADING - CELL.size;
      for (const s of line.segments) ops.push(...flow.textOperators(flow.page, s.text, x + PAD + s.x, baseline, { ...CELL, bold: true }));
    }
  }
  ops.push(endMarked(), ...flow.artifactLine(place.x, top - header.height, place.x + place.width, top - header.height, RULE));
  flow.page.page.pushOperators(...ops);
  flow.y -= header.height;
}

function drawRow(
  flow: PageFlow,
  row: RowLayout,
  cells: { type: 'TH' | 'TD'; bold: boolean },
  tr: StructElement,
  place: Place,
  widths: readonly number[],
): void {
  const top = flow.y;
  if (cells.type === 'TH')
    flow.page.page.pushOperators(...flow.artifactBox(place.x, top - row.height, place.width, row.height, HEADER_FILL));
  for (const [i, x] of columnsAt(place.x, widths).entries()) {
    const cell = flow.tree.element(cells.type, tr, cells.type === 'TH' ? { O: 'Table', Scope: 'Column' } : undefined);
    const links = new Map<Run, StructElement>();
    flow.y = top - PAD;
    for (const line of row.lines[i] ?? []) {
      if (line.segments.length > 0) flow.drawLine(line, x + PAD, { ...CELL, bold: cells.bold }, cell, links);
      flow.y -= CELL.size * LEADING;
    }
  }
  flow.y = top - row.height;
  flow.page.page.pushOperators(...flow.artifactLine(place.x, flow.y, place.x + place.width, flow.y, RULE));
}

/**
 * A real table: TR rows of TH column headers and TD cells. A row is never split; one that does not
 * fit starts a new page, where the header is drawn again as an artifact.
 */
export function renderTable(flow: PageFlow, block: TableBlock, place: Place): void {
  const relative = block.widths ?? block.header.map(() => 1);
  const total = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => (w / total) * place.width);
  const table = flow.tree.element('Table', place.parent);
  const header = layoutRow(
    flow,
    block.header.map((h) => [{ text: h, bold: true }]),
    widths,
  );
  const firstRow = block.rows[0] ? layoutRow(flow, block.rows[0], widths) : undefined;
  flow.ensure(header.height + (firstRow?.height ?? 0));
  drawRow(flow, header, { type: 'TH', bold: true }, flow.tree.element('TR', table), place, widths);
  for (const [i, cells] of block.rows.entries()) {
    const row = i === 0 && firstRow ? firstRow : layoutRow(flow, cells, widths);
    if (flow.y - row.height < MARGIN && !flow.atTopOfPage) {
      flow.newPage();
      repeatHeader(flow, header, place, widths);
    }
    drawRow(flow, row, { type: 'TD', bold: false }, flow.tree.element('TR', table), place, widths);
  }
  flow.y -= 8;
}
