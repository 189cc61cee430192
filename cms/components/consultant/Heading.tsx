import type React from 'react';

export type Level = 1 | 2 | 3 | 4;

/**
 * A heading at a level given by where the card is shown: under Payload's own h1 (the document's
 * tab) or as the page itself (the consultant's own route), so headings stay in order in both.
 */
export function Heading({ level, id, className, children }: { level: Level; id?: string; className?: string; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

export const below = (level: Level): Level => Math.min(level + 1, 4) as Level;
