'use client';
/**
 * Under the summary and "Sposób załatwienia sprawy" (issue 14): how easy the text is to read as
 * the editor types — the FOG-PL index and Pisarek's, with their plain meaning, hints for
 * sentences over 25 words and for office jargon (the list in schemas/quality/jargon.pl.json).
 * Computed in the browser by the same pure module the server uses; it never blocks saving.
 */
import { useFormFields } from '@payloadcms/ui';
import type React from 'react';
import { useDeferredValue, useMemo } from 'react';
import { analyseReadability, type ReadabilityHint } from '../../../schemas/quality/readability';
import { countOf, formatNumber, type PluralForms } from '../../../templates/format/plural';

/** Enough of a long sentence to recognise it in the field. */
const QUOTE_LENGTH = 70;
/** Hard words listed: a few examples, not the whole text again. */
const HARD_WORDS_SHOWN = 8;

const WORDS: PluralForms = { one: 'wyraz', few: 'wyrazy', many: 'wyrazów', other: 'wyrazu' };
const SENTENCES: PluralForms = { one: 'zdanie', few: 'zdania', many: 'zdań', other: 'zdania' };

const oneDecimal = (value: number) => formatNumber(Math.round(value * 10) / 10);

function quote(sentence: string): string {
  const chars = [...sentence.trim()];
  return chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('').trimEnd()}…` : chars.join('');
}

function Hint({ hint }: { hint: ReadabilityHint }) {
  if (hint.kind === 'long-sentence') {
    return (
      <>
        <q className="readability__quote">{quote(hint.sentence)}</q> {hint.message}
      </>
    );
  }
  return <>{hint.message}</>;
}

export function Readability({ path }: { path: string }): React.ReactElement {
  const value = useFormFields(([fields]) => fields[path]?.value);
  const text = useDeferredValue(typeof value === 'string' ? value : '');
  const report = useMemo(() => analyseReadability(text), [text]);
  const headingId = `readability-${path.replaceAll('.', '-')}`;
  return (
    <section className="readability" data-readability={path} aria-labelledby={headingId}>
      <p className="readability__figure">
        <span id={headingId} className="readability__label">
          Czytelność:
        </span>{' '}
        {report.band === null ? (
          report.meaning
        ) : (
          <>
            FOG-PL <strong data-fog-pl={oneDecimal(report.fogPl)}>{oneDecimal(report.fogPl)}</strong>, indeks Pisarka{' '}
            <strong>{oneDecimal(report.pisarek.nonlinear)}</strong> —{' '}
            <span className={`readability__meaning readability__meaning--${report.band}`}>{report.meaning}</span>
          </>
        )}
      </p>
      {report.band !== null ? (
        <p className="readability__counts">
          {countOf(report.words, WORDS)}, {countOf(report.sentences, SENTENCES)}, średnio{' '}
          {countOf(Math.round(report.averageSentenceLength * 10) / 10, WORDS)} w zdaniu; wyrazy długie (co najmniej 4 sylaby):{' '}
          {oneDecimal(report.hardWordPercent)}%
          {report.hardWordList.length > 0 ? ` — np. ${report.hardWordList.slice(0, HARD_WORDS_SHOWN).join(', ')}` : ''}.
        </p>
      ) : null}
      {report.hints.length > 0 ? (
        <ul className="readability__hints">
          {report.hints.map((hint, index) => (
            // The same sentence may stand twice in a text: the position tells the hints apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: hints have no identity of their own
            <li key={`${hint.kind}-${index}`} className={`readability__hint readability__hint--${hint.kind}`}>
              <Hint hint={hint} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
