'use client';
/**
 * Under every field with a length limit in the schema: how many characters the text has and how
 * many the template allows, counted as the server counts (code points, so "ł" is one). Over the
 * limit it says by how much, in words, as the server will when the draft is saved.
 */
import { useFormFields } from '@payloadcms/ui';
import type React from 'react';
import { countOf, type PluralForms } from '../../../templates/format/plural';

const CHARACTERS: PluralForms = { one: 'znak', few: 'znaki', many: 'znaków', other: 'znaku' };
/** From this share of the limit on the counter turns amber: time to shorten. */
const NEAR = 0.9;

export function LimitCounter({ path, limit }: { path: string; limit: number }): React.ReactElement {
  const value = useFormFields(([fields]) => fields[path]?.value);
  const length = typeof value === 'string' ? [...value].length : 0;
  const over = length - limit;
  const state = over > 0 ? 'over' : length >= limit * NEAR ? 'near' : 'ok';
  return (
    <div className={`limit-counter limit-counter--${state}`} data-limit-counter={path}>
      <span>
        {length} / {countOf(limit, CHARACTERS)}
      </span>
      {over > 0 ? <span role="status"> — o {countOf(over, CHARACTERS)} za dużo, skróć tekst.</span> : null}
    </div>
  );
}
