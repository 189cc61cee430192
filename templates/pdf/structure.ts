import {
  type PDFContext,
  type PDFDict,
  type PDFDocument,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';

/** A property list written inline after BDC: pdf-lib serialises any PDF object as an operand, its types list fewer. */
const propertyList = (dict: PDFDict) => dict as unknown as PDFName;

/** The standard structure types the card uses (ISO 32000-1, 14.8.4), so no RoleMap is needed. */
export type StructType =
  | 'Document'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'H4'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Link';

/** A page taking part in the structure: its key in the ParentTree and the owner of each MCID. */
export interface TaggedPage {
  readonly page: PDFPage;
  readonly key: number;
  readonly owners: StructElement[];
}

type Kid = StructElement | { mcid: number; page: TaggedPage } | { annotation: PDFRef; page: TaggedPage };

/** One structure element; written out when the tree is finished, its reference known from the start for /P. */
export class StructElement {
  readonly kids: Kid[] = [];
  readonly ref: PDFRef;

  constructor(
    context: PDFContext,
    readonly type: StructType,
    readonly parent: StructElement | undefined,
    readonly attributes?: Record<string, string | number>,
  ) {
    this.ref = context.nextRef();
    parent?.kids.push(this);
  }
}

/**
 * The logical structure of a tagged PDF built over pdf-lib's low-level objects (pdf-lib has no
 * tagging API): structure elements, marked-content identifiers per page, link annotations as
 * object references, and the ParentTree that maps content back to its element.
 */
export class StructureTree {
  readonly root: StructElement;
  private nextKey = 0;
  private readonly parentTree: [number, () => PDFObject][] = [];

  constructor(private readonly pdf: PDFDocument) {
    this.root = new StructElement(pdf.context, 'Document', undefined);
  }

  element(type: StructType, parent: StructElement, attributes?: Record<string, string | number>): StructElement {
    return new StructElement(this.pdf.context, type, parent, attributes);
  }

  /** A new page in the structure: tab order follows the structure (PDF/UA 7.18.3). */
  addPage(page: PDFPage): TaggedPage {
    const tagged: TaggedPage = { page, key: this.nextKey++, owners: [] };
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(tagged.key));
    page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    this.parentTree.push([tagged.key, () => this.pdf.context.obj(tagged.owners.map((e) => e.ref))]);
    return tagged;
  }

  /** The BDC that opens the next marked-content sequence of `owner` on `page` (closed by `endMarked`). */
  beginMarked(page: TaggedPage, owner: StructElement): PDFOperator {
    const mcid = page.owners.length;
    page.owners.push(owner);
    owner.kids.push({ mcid, page });
    const properties: PDFDict = this.pdf.context.obj({ MCID: mcid });
    return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(owner.type), propertyList(properties)]);
  }

  /** Registers a link annotation as content of `owner`; returns its /StructParent key. */
  addAnnotation(page: TaggedPage, owner: StructElement, annotation: PDFRef): number {
    const key = this.nextKey++;
    owner.kids.push({ annotation, page });
    this.parentTree.push([key, () => owner.ref]);
    return key;
  }

  /** Writes every element, the ParentTree and the catalog entries that declare the document tagged. */
  finish(): void {
    const { context, catalog } = this.pdf;
    const rootRef = context.nextRef();
    this.write(this.root, rootRef);
    const nums = this.parentTree.flatMap(([key, value]) => [PDFNumber.of(key), value()]);
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(
      rootRef,
      context.obj({ Type: 'StructTreeRoot', K: [this.root.ref], ParentTree: parentTree, ParentTreeNextKey: this.nextKey }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }

  private write(element: StructElement, parentRef: PDFRef): void {
    const { context } = this.pdf;
    // The element's own page is that of its first content: MCIDs there need no /Pg of their own.
    const home = element.kids.find((k): k is Exclude<Kid, StructElement> => !(k instanceof StructElement))?.page;
    const kids = element.kids.map((kid): PDFObject => {
      if (kid instanceof StructElement) {
        this.write(kid, element.ref);
        return kid.ref;
      }
      if ('annotation' in kid) return context.obj({ Type: 'OBJR', Obj: kid.annotation, Pg: kid.page.page.ref });
      return kid.page === home ? PDFNumber.of(kid.mcid) : context.obj({ Type: 'MCR', Pg: kid.page.page.ref, MCID: kid.mcid });
    });
    const dict = context.obj({ Type: 'StructElem', S: element.type, P: parentRef, K: kids });
    if (home) dict.set(PDFName.of('Pg'), home.page.ref);
    if (element.attributes) dict.set(PDFName.of('A'), context.obj(element.attributes));
    context.assign(element.ref, dict);
  }
}

export const endMarked = (): PDFOperator => PDFOperator.of(PDFOperatorNames.EndMarkedContent);

/** The BDC of page furniture: not part of the content a reader reads out (PDF/UA 7.8). */
export function beginArtifact(context: PDFContext, subtype?: 'Header' | 'Footer'): PDFOperator {
  const properties: PDFDict = subtype ? context.obj({ Type: 'Pagination', Subtype: subtype }) : context.obj({ Type: 'Layout' });
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), propertyList(properties)]);
}
