import { formatFileSize } from '../../../templates/format';
import { ListSide, Marked, Nothing, WordsSide } from './Marked';
import type { ComparisonRow, FileFacts, RowStatus } from './types';

const STATUS_LABELS: Record<RowStatus, string> = { same: 'bez zmian', changed: 'zmieniono', added: 'dodano', removed: 'usunięto' };

type SideName = 'before' | 'after';

function FileSide({ facts, other, side }: { facts: FileFacts | undefined; other: FileFacts | undefined; side: SideName }) {
  if (!facts) return <Nothing />;
  const change = side === 'before' ? 'removed' : 'added';
  // Only what differs from the other side is marked; a file with no counterpart is new or gone whole.
  const mark = (mine: unknown, theirs: unknown, text: string) =>
    other === undefined || mine !== theirs ? <Marked change={change}>{text}</Marked> : text;
  return (
    <dl className="review-file">
      <div>
        <dt>Plik:</dt>
        <dd>{mark(facts.fileName, other?.fileName, facts.fileName)}</dd>
      </div>
      <div>
        <dt>Rozmiar:</dt>
        <dd>{facts.size === undefined ? 'nieznany' : mark(facts.size, other?.size, formatFileSize(facts.size))}</dd>
      </div>
      <div>
        <dt>Skrót SHA-256:</dt>
        <dd>{facts.sha256 === undefined ? 'nieznany' : <code>{mark(facts.sha256, other?.sha256, facts.sha256)}</code>}</dd>
      </div>
    </dl>
  );
}

function Side({ row, side }: { row: ComparisonRow; side: SideName }) {
  switch (row.display) {
    case 'words':
      return <WordsSide parts={row.parts} side={side} />;
    case 'list':
      return <ListSide items={row.items} side={side} />;
    case 'file':
      return <FileSide facts={row[side]} other={row[side === 'before' ? 'after' : 'before']} side={side} />;
    case 'value': {
      const text = row[side];
      if (text === undefined) return <Nothing />;
      return row.status === 'same' ? text : <Marked change={side === 'before' ? 'removed' : 'added'}>{text}</Marked>;
    }
  }
}

function Row({ row }: { row: ComparisonRow }) {
  return (
    <tr className={`review-row review-row--${row.status}`} data-path={row.path}>
      <th scope="row">
        <span className="review-row__label">{row.label}</span>{' '}
        <span className={`review-status review-status--${row.status}`}>{STATUS_LABELS[row.status]}</span>
      </th>
      {row.status === 'same' ? (
        <td colSpan={2}>
          <Side row={row} side="after" />
        </td>
      ) : (
        <>
          <td>
            <Side row={row} side="before" />
          </td>
          <td>
            <Side row={row} side="after" />
          </td>
        </>
      )}
    </tr>
  );
}

/** The rows of a comparison as a table: the template's label, then the older and the newer side. */
export function ComparisonTable({ rows, before, after }: { rows: readonly ComparisonRow[]; before: string; after: string }) {
  return (
    <div className="review-table-wrap">
      <table className="review-table">
        <caption className="review-sr">
          Różnice między wersjami: było — {before}; jest — {after}
        </caption>
        <thead>
          <tr>
            <th scope="col">Pole</th>
            <th scope="col">Było: {before}</th>
            <th scope="col">Jest: {after}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // A removed list item is named by its old place, which a kept item may hold now: the path alone is not unique.
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are rendered once, in the schema's order
            <Row key={`${i}-${row.path}`} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
