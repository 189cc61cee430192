import { type Block, heading, paragraph } from './blocks';
import { renderDocument } from './document';

/**
 * Flowing Polish text as a tagged A4 PDF, one call per block (the demo attachments of
 * cms/seed/documentFiles.ts). Documents with lists, tables or links give blocks to
 * `renderDocument` (templates/pdf/document.ts) directly, as the card does.
 */
export class PdfTextWriter {
  private readonly blocks: Block[] = [];

  private constructor(
    private readonly documentTitle: string,
    private readonly author: string,
  ) {}

  static async create(title: string, author: string): Promise<PdfTextWriter> {
    return new PdfTextWriter(title, author);
  }

  title(text: string): void {
    this.blocks.push(heading(1, text));
  }
  heading(text: string): void {
    this.blocks.push(heading(2, text));
  }
  paragraph(text: string): void {
    this.blocks.push(paragraph(text));
  }
  note(text: string): void {
    this.blocks.push(paragraph(text, 'note'));
  }
  bullet(text: string): void {
    const last = this.blocks.at(-1);
    if (last?.kind === 'list' && !last.ordered) last.items.push({ runs: [{ text }] });
    else this.blocks.push({ kind: 'list', ordered: false, items: [{ runs: [{ text }] }] });
  }

  save(): Promise<Uint8Array> {
    return renderDocument({
      info: { title: this.documentTitle, author: this.author, lang: 'pl-PL', date: new Date() },
      // The author is already the document's first line (cms/seed/documentFiles.ts): no header repeats it.
      furniture: { header: '', footer: this.documentTitle, pageNumbers: true },
      blocks: this.blocks,
    });
  }
}
