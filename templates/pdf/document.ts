import { PDFDocument } from 'pdf-lib';
import type { Block, Furniture } from './blocks';
import { embedFonts } from './fonts';
import { A4, MARGIN, PageFlow } from './layout';
import { type DocumentInfo, writeMetadata } from './metadata';
import { renderBlock } from './render';
import { StructureTree } from './structure';

export interface DocumentSpec {
  info: DocumentInfo;
  furniture: Furniture;
  blocks: Block[];
}

/**
 * A tagged PDF (PDF/UA-1) of A4 pages from blocks: the structure tree follows the blocks, the
 * reading order is the drawing order, and the fonts (DejaVu) are embedded as subsets.
 */
export async function renderDocument(spec: DocumentSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(pdf);
  writeMetadata(pdf, spec.info);
  const tree = new StructureTree(pdf);
  const flow = new PageFlow(pdf, fonts, tree);
  const place = { parent: tree.root, x: MARGIN, width: A4[0] - 2 * MARGIN };
  for (const block of spec.blocks) renderBlock(flow, block, place);
  flow.drawFurniture(spec.furniture);
  tree.finish();
  // Without object streams: the catalog (title, /Lang) stays readable to every PDF reader and checker.
  return pdf.save({ useObjectStreams: false });
}
