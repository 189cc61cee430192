import type React from 'react';
import type { Part } from './types';

/**
 * A removed or inserted run, marked for every reader: struck out or underlined in the page, and
 * announced as "usunięto" / "dodano" to a screen reader (which reads neither colour nor `<del>`).
 */
export function Marked({ change, children }: { change: Part['change']; children: React.ReactNode }) {
  if (change === 'removed')
    return (
      <del>
        <span className="review-sr">[usunięto: </span>
        {children}
        <span className="review-sr">]</span>
      </del>
    );
  if (change === 'added')
    return (
      <ins>
        <span className="review-sr">[dodano: </span>
        {children}
        <span className="review-sr">]</span>
      </ins>
    );
  return <>{children}</>;
}

/** Nothing on this side: said in words, not by an empty cell. */
export const Nothing = () => <span className="review-empty">brak</span>;

/** One side of a text compared word by word: the older side keeps its removed words, the newer its added ones. */
export function WordsSide({ parts, side }: { parts: readonly Part[]; side: 'before' | 'after' }) {
  const hidden: Part['change'] = side === 'before' ? 'added' : 'removed';
  const shown = parts.filter((part) => part.change !== hidden);
  if (shown.length === 0) return <Nothing />;
  return (
    <div className="review-text">
      {shown.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the order of the parts is the text itself
        <Marked key={i} change={part.change}>
          {part.text}
        </Marked>
      ))}
    </div>
  );
}

/** One side of a list compared item by item. */
export function ListSide({ items, side }: { items: readonly Part[]; side: 'before' | 'after' }) {
  const hidden: Part['change'] = side === 'before' ? 'added' : 'removed';
  const shown = items.filter((item) => item.change !== hidden);
  if (shown.length === 0) return <Nothing />;
  return (
    <ul className="review-list">
      {shown.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list may hold the same text twice; its place tells them apart
        <li key={i}>
          <Marked change={item.change}>{item.text}</Marked>
        </li>
      ))}
    </ul>
  );
}
