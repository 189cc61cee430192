/** What the comparison knows of an attached file: its name, and from the register or the upload its size and content hash. */
export interface FileFacts {
  fileName: string;
  size?: number;
  sha256?: string;
}

/** One version's side of a comparison: its content in the exchange format and the facts of the files it names. */
export interface ComparedVersion {
  record: Record<string, unknown> | null;
  files: ReadonlyMap<string, FileFacts>;
}

export type RowStatus = 'same' | 'changed' | 'added' | 'removed';

/** A run of words (or one list item) and whether it was kept, taken out or put in. */
export interface Part {
  text: string;
  change: 'same' | 'removed' | 'added';
}

interface RowBase {
  /** The data path ("steps.3.online"): stable, for keys and tests. */
  path: string;
  /** The template's label ("Etap 4 — Etap możliwy bez wizyty w urzędzie (@)"). */
  label: string;
  status: RowStatus;
}

/** Text and Markdown, compared word by word. */
export interface WordsRow extends RowBase {
  display: 'words';
  parts: Part[];
}

/** A value read as a whole: "@: tak", "29.11.2026", "1 miesiąc", "do wglądu". */
export interface ValueRow extends RowBase {
  display: 'value';
  before?: string;
  after?: string;
}

/** A list of short texts or choices, compared item by item. */
export interface ListRow extends RowBase {
  display: 'list';
  items: Part[];
}

/** An attachment, compared by name, size and content hash. */
export interface FileRow extends RowBase {
  display: 'file';
  before?: FileFacts;
  after?: FileFacts;
}

export type ComparisonRow = WordsRow | ValueRow | ListRow | FileRow;
