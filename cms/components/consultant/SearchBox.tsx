'use client';
/**
 * The consultant's search box on the dashboard: procedures by the staff search, each result
 * leading to its card; the admin's list search stands in when the staff search cannot answer
 * (searchClient.ts), and the box says so above the results.
 */
import type React from 'react';
import { useEffect, useId, useState } from 'react';
import { countOf } from '../../../templates/format/plural';
import { isWorkflowState, STATE_LABELS } from '../../workflow/states';
import { cardHref } from './cardHref';
import { searchBoxMessages as m } from './messages';
import { type Found, searchProcedures } from './searchClient';

const PROCEDURES = { one: 'procedurę', few: 'procedury', many: 'procedur', other: 'procedury' };
/** Typing pauses briefly between words: search after the pause, not on every key. */
const PAUSE_MS = 250;
/** Shorter input finds too much to read out during a call. */
const MIN_LENGTH = 2;

const stateLabel = (state: string) => (isWorkflowState(state) ? STATE_LABELS[state].pl : state);

function useSearch(query: string) {
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const words = query.trim();
    if ([...words].length < MIN_LENGTH) {
      setFound(null);
      setError('');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchProcedures(words, controller.signal).then(
        (result) => {
          setError('');
          setFound(result);
        },
        (failure: Error) => {
          if (controller.signal.aborted) return;
          setFound(null);
          setError(failure.message);
        },
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return { found, error };
}

export function SearchBox() {
  const id = useId();
  const [query, setQuery] = useState('');
  const { found, error } = useSearch(query);
  const hits = found?.hits;
  const status = !hits ? '' : hits.length === 0 ? m.nothingFound(query.trim()) : `Znaleziono ${countOf(hits.length, PROCEDURES)}.`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Enter on a single result opens its card: the quickest way during a call.
    if (hits?.length === 1 && hits[0]) window.location.assign(cardHref(hits[0].slug));
  };
  return (
    <div className="consultant-search">
      <search aria-label="Wyszukiwanie procedur">
        <form onSubmit={submit}>
          <label htmlFor={`${id}-q`}>Szukaj procedury (nazwa, słowa mieszkańców, telefon, notatki)</label>
          <div className="consultant-search__row">
            <input id={`${id}-q`} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} />
            <button type="submit" className="btn btn--style-primary btn--size-medium">
              Szukaj
            </button>
          </div>
        </form>
      </search>
      <output className="consultant-muted">{status}</output>
      {/* Always in the page, so a screen reader announces what appears in it. */}
      <p role="alert" className="consultant-search__problem">
        {error || found?.notice || ''}
      </p>
      {hits?.length ? (
        <ul className="consultant-search__results">
          {hits.map((hit) => (
            <li key={hit.slug}>
              <a href={cardHref(hit.slug)}>{hit.title}</a>
              <div className="consultant-muted">{[hit.department, stateLabel(hit.workflowState)].filter(Boolean).join(' · ')}</div>
              {hit.snippet ? <div className="consultant-search__snippet">{hit.snippet}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
