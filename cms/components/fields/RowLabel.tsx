'use client';
/**
 * The label of a list row in the form: "Etap 2: Złożenie wniosku" rather than Payload's "Etap 02",
 * so a collapsed list still says what each row holds. The text is the row's first filled text field.
 */
import { useRowLabel } from '@payloadcms/ui';
import type React from 'react';

const LONGEST = 60;

export function RowLabel({ singular, textFields }: { singular: string; textFields: string[] }): React.ReactElement {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>();
  const text = textFields.map((name) => data?.[name]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const shown = text ? [...text.trim()] : [];
  const brief = shown.length > LONGEST ? `${shown.slice(0, LONGEST - 1).join('')}…` : shown.join('');
  return (
    <span className="row-label">
      {singular} {(rowNumber ?? 0) + 1}
      {brief ? `: ${brief}` : ''}
    </span>
  );
}
