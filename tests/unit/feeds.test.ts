import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { type ChangeFeedItem, renderFeeds } from '../../publisher/renderFeeds';
import { PublishValidationError } from '../../publisher/selectAndProject';
import type { PublishedProcedure } from '../../publisher/types';
import type { PublicProcedure } from '../../schemas/types.generated';

const SITE = 'https://lckm.example.pl';
const dir = path.resolve(import.meta.dirname, '../../schemas/examples/public-procedure/valid');
/** The schema's example procedure, three times over under their own slugs and titles. */
const samples: PublicProcedure[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => {
    const { $schema: _schema, ...procedure } = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as PublicProcedure & {
      $schema?: string;
    };
    return [1, 2, 3].map((i) => ({ ...procedure, slug: `${procedure.slug}-${i}`, title: `${procedure.title} (${i})` }) as PublicProcedure);
  });
const published = (procedures: readonly PublicProcedure[]): PublishedProcedure[] =>
  procedures.map((procedure) => ({ procedure, archive: [] }));
const hashOf = (p: PublicProcedure) => createHash('sha256').update(JSON.stringify(p)).digest('hex');
const AT = '2026-11-29T12:00:00.000Z';
const ATOM = 'bip/feed.atom';
const JSON_FEED = 'bip/feed.json';

describe('the live feeds kept between publish runs', () => {
  it('the JSON Feed is the text JSON.stringify writes of it, items last', () => {
    const feed = renderFeeds(published(samples), [], SITE, AT)[JSON_FEED] as string;
    const parsed = JSON.parse(feed) as { items: { id: string }[] };
    expect(feed).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(Object.keys(parsed).at(-1)).toBe('items');
    expect(parsed.items).toHaveLength(samples.length);
    const empty = renderFeeds([], [], SITE, AT)[JSON_FEED] as string;
    expect(empty).toBe(`${JSON.stringify(JSON.parse(empty), null, 2)}\n`);
    expect(JSON.parse(empty).items).toEqual([]);
  });

  it('gives the feeds made from nothing, cold, unchanged and after one procedure changed', () => {
    expect(renderFeeds(published(samples), [], SITE, AT, hashOf)).toEqual(renderFeeds(published(samples), [], SITE, AT));
    expect(renderFeeds(published(samples), [], SITE, AT, hashOf)).toEqual(renderFeeds(published(samples), [], SITE, AT));
    const [first, ...rest] = samples as [PublicProcedure, ...PublicProcedure[]];
    const changed = [{ ...first, title: `${first.title} — po zmianie`, summary: 'Nowy opis </summary><script>alert(1)</script>' }, ...rest];
    const kept = renderFeeds(published(changed), [], SITE, AT, hashOf);
    expect(kept).toEqual(renderFeeds(published(changed), [], SITE, AT));
    expect(kept[ATOM]).toContain(`${first.title} — po zmianie`);
    // The kept entries are escaped as the fresh ones are: the summary stays text.
    expect(kept[ATOM]).not.toContain('<script>');
    const atom = new XMLParser({ isArray: (name) => name === 'entry' }).parse(kept[ATOM] as string) as {
      feed: { entry: { summary: string }[] };
    };
    expect(atom.feed.entry.map((e) => e.summary)).toContain('Nowy opis </summary><script>alert(1)</script>');
    // Another site's feeds do not reuse this one's entries.
    expect(renderFeeds(published(changed), [], 'https://bip.example.pl', AT, hashOf)[JSON_FEED]).not.toContain(SITE);
  });

  it('keeps the change register entries too, each made again when what it shows changed', () => {
    const line = (version: number, note: string): ChangeFeedItem => ({
      slug: 'wymiana-dowodu-osobistego',
      title: 'Wymiana dowodu osobistego',
      kind: 'approval',
      version,
      date: `2026-11-0${version}T10:00:00.000Z`,
      note,
      by: 'Nowak Anna',
    });
    const before = [line(1, 'Pierwsza publikacja.'), line(2, 'Nowe opłaty.')];
    expect(renderFeeds([], before, SITE, AT, hashOf)).toEqual(renderFeeds([], before, SITE, AT));
    const after = [line(1, 'Pierwsza publikacja.'), line(2, 'Nowe opłaty & <terminy>.'), line(3, 'Trzecia wersja.')];
    const kept = renderFeeds([], after, SITE, AT, hashOf);
    expect(kept).toEqual(renderFeeds([], after, SITE, AT));
    expect(kept['bip/zmiany.atom']).toContain('Nowe opłaty &amp; &lt;terminy&gt;.');
  });

  it('refuses a feed item its schema refuses, naming it, and keeps nothing of the refused run', () => {
    const [first, ...rest] = samples as [PublicProcedure, ...PublicProcedure[]];
    renderFeeds(published(samples), [], SITE, AT, hashOf);
    const tooLong = [{ ...first, summary: 'ż'.repeat(651) }, ...rest];
    const refused = () => renderFeeds(published(tooLong), [], SITE, AT, hashOf);
    expect(refused).toThrow(PublishValidationError);
    expect(refused).toThrow(first.slug);
    expect(refused).toThrow('feed.json');
    // Made again (and refused again) the next time, not taken from the refused run.
    expect(refused).toThrow(PublishValidationError);
    expect(renderFeeds(published(samples), [], SITE, AT, hashOf)).toEqual(renderFeeds(published(samples), [], SITE, AT));
  });
});
