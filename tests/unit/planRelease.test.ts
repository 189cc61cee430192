import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_SOURCES, type Manifest, SOURCES } from '../../publisher/manifest';
import { type BuildPlan, type PlanOptions, planRelease, type ReleasePlan, SINGLE_CHANGE_PAGE_LIMIT } from '../../publisher/planRelease';
import type { PreviousRelease } from '../../publisher/previousRelease';
import { selectAndProject } from '../../publisher/selectAndProject';
import type { RegisterEntry } from '../../schemas/rules/register';
import { warsawDay } from '../../schemas/rules/time';
import type { ProcedureRecord } from '../../schemas/types.generated';
import { buildProcedure } from '../support/factories';

/** planRelease is pure: these tests give it a register, a previous manifest and options, and read the plan. */
const AT = new Date('2027-03-01T10:00:00Z');
const OPTIONS: PlanOptions = {
  releaseId: 'r-next',
  at: AT,
  siteUrl: 'https://lckm.example.pl',
  sources: 'sources-1',
  cardTemplate: 'card-1',
};
const PREVIOUS_DIR = '/out/releases/r-previous';

function approval(slug: string, traits: { version?: number; decidedAt?: string; record?: Partial<ProcedureRecord> } = {}): RegisterEntry {
  const content = buildProcedure({ slug, title: `Procedura ${slug}`, ...traits.record });
  return {
    procedureId: slug,
    slug,
    title: content.title,
    kind: 'approval',
    version: traits.version ?? 1,
    note: 'Pierwsza publikacja.',
    decidedAt: traits.decidedAt ?? '2027-01-10T09:00:00.000Z',
    decidedByName: 'Zespół ds. procedur',
    validFrom: null,
    validTo: null,
    content,
    files: [],
  };
}

const withdrawal = (slug: string): RegisterEntry => ({
  procedureId: slug,
  slug,
  title: `Procedura ${slug}`,
  kind: 'withdrawal',
  version: 1,
  note: 'Wycofano.',
  decidedAt: '2027-02-01T09:00:00.000Z',
  decidedByName: 'Zespół ds. procedur',
  content: null,
  files: null,
});

function plan(entries: RegisterEntry[], previous?: PreviousRelease, options: Partial<PlanOptions> = {}): ReleasePlan {
  return planRelease({ entries }, selectAndProject(entries, AT, warsawDay(AT)), previous, { ...OPTIONS, ...options });
}

function build(entries: RegisterEntry[], previous?: PreviousRelease, options: Partial<PlanOptions> = {}): BuildPlan {
  const made = plan(entries, previous, options);
  if (made.mode === 'unchanged') throw new Error('expected a release to build');
  return made;
}

/** The release a plan made, as the next run finds it (every file it planned is there unless `hasFile` says otherwise). */
const releasedBy = (made: BuildPlan, manifest: Partial<Manifest> = {}, hasFile = () => true): PreviousRelease => ({
  dir: PREVIOUS_DIR,
  manifest: { ...made.manifest, releaseId: 'r-previous', ...manifest },
  hasFile,
});

const files = (made: BuildPlan) => made.pages.map((p) => p.file);
const pagesOf = (slug: string) => [`procedury/${slug}/index.html`, `procedury/${slug}/rejestr-zmian/index.html`];
const A_CHANGED = approval('a', {
  version: 2,
  decidedAt: '2027-02-10T09:00:00.000Z',
  record: { summary: 'Nowe streszczenie procedury a.' },
});

describe('planRelease', () => {
  it('plans every page, card and JSON of a first release, with its search index', () => {
    const made = build([approval('a'), approval('b')]);
    expect(made.mode).toBe('full');
    expect(files(made)).toEqual(expect.arrayContaining(['index.html', 'a-z/index.html', '404.html', ...pagesOf('a'), ...pagesOf('b')]));
    expect(made.totalPages).toBe(made.pages.length);
    expect(made.cards.make.map((c) => c.file)).toEqual(['procedury/a/karta.pdf', 'procedury/b/karta.pdf']);
    expect(made.cards.link).toEqual([]);
    expect(made.procedureJson.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(made.remove).toEqual([]);
    expect(made.search).toEqual({ kind: 'full' });
    expect(made.counts).toEqual({ changed: 2, rendered: 2, reused: 0, removed: 0 });
    expect(made.manifest).toMatchObject({ releaseId: 'r-next', sources: 'sources-1', cards: 'card-1', searchIndexed: true });
    expect(Object.keys(made.manifest.pages ?? {})).toEqual(files(made));
  });

  it('keeps the live release when nothing it is made of changed, and says whether its search index is behind', () => {
    const entries = [approval('a'), approval('b')];
    const first = build(entries);
    expect(plan(entries, releasedBy(first), { releaseId: 'r-later' })).toEqual({
      mode: 'unchanged',
      releaseId: 'r-previous',
      day: '2027-03-01',
      live: 2,
      searchPending: false,
    });
    expect(plan(entries, releasedBy(first, { searchIndexed: false }))).toMatchObject({ mode: 'unchanged', searchPending: true });
  });

  it('plans only the pages, card and JSON a changed procedure touches, from a linked copy of the live release', () => {
    const first = build([approval('a'), approval('b')]);
    const made = build([approval('a'), approval('b'), A_CHANGED], releasedBy(first));
    expect(made.mode).toBe('changes');
    expect(files(made)).toEqual(expect.arrayContaining([...pagesOf('a'), 'procedury/a/wersje/1/index.html']));
    expect(files(made)).not.toContain('procedury/b/index.html');
    expect(files(made)).not.toContain('a-z/index.html');
    expect(made.totalPages).toBe(first.totalPages + 1);
    expect(made.cards).toEqual({ make: [expect.objectContaining({ file: 'procedury/a/karta.pdf' })], link: [] });
    expect(made.procedureJson.map((p) => p.slug)).toEqual(['a']);
    expect(made.remove).toEqual([]);
    // The search of the live release (its main index) with a delta of what changed since, made in the run.
    expect(made.search).toEqual({ kind: 'full' });
    const search = { thesaurus: '', pages: 2, ids: { a: 'pl_a', b: 'pl_b' }, main: first.manifest.hashes, delta: [] };
    expect(build([approval('a'), approval('b'), A_CHANGED], releasedBy(first, { search })).search).toEqual({
      kind: 'delta',
      changed: ['a'],
      replaced: ['a'],
    });
    expect(made.manifest.searchIndexed).toBe(true);
    expect(made.counts).toEqual({ changed: 1, rendered: 1, reused: 1, removed: 0 });
  });

  it('removes the pages, JSON and card of a procedure that is no longer live', () => {
    const first = build([approval('a'), approval('b')]);
    const made = build([approval('a'), approval('b'), withdrawal('b')], releasedBy(first));
    expect(made.mode).toBe('changes');
    expect(made.remove).toEqual(
      expect.arrayContaining([...pagesOf('b'), 'bip/procedury/b.json', 'bip/procedury/b.jsonld', 'procedury/b/karta.pdf']),
    );
    // Nothing else: the department page stays (it lists `a` now), and is rendered again, not removed.
    expect(made.remove.filter((f) => !/(^|\/)b(\/|\.json(ld)?$)/.test(f))).toEqual([]);
    expect(files(made)).toContain('wydzialy/wydzial-spraw-obywatelskich/index.html');
    expect(made.manifest.hashes).not.toHaveProperty('b');
    expect(made.counts).toMatchObject({ changed: 0, rendered: 0, removed: 1 });
  });

  it('renders every page again when the rendering sources or the site URL changed, taking over the cards that stay the same', () => {
    const first = build([approval('a'), approval('b')]);
    const made = build([approval('a'), approval('b'), A_CHANGED], releasedBy(first), { sources: 'sources-2' });
    expect(made.mode).toBe('full');
    expect(made.pages.length).toBe(made.totalPages);
    expect(made.cards.make.map((c) => c.file)).toEqual(['procedury/a/karta.pdf']);
    expect(made.cards.link).toEqual([{ file: 'procedury/b/karta.pdf', from: `${PREVIOUS_DIR}/procedury/b/karta.pdf` }]);
    expect(made.procedureJson.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(made.counts).toEqual({ changed: 1, rendered: 1, reused: 1, removed: 0 });
    expect(build([approval('a'), approval('b')], releasedBy(first), { siteUrl: 'https://procedury.example.pl' }).mode).toBe('full');
  });

  it('makes a card again when the card template changed or the previous release lacks it', () => {
    const first = build([approval('a')]);
    const otherTemplate = build([approval('a')], releasedBy(first), { sources: 'sources-2', cardTemplate: 'card-2' });
    expect(otherTemplate.cards).toEqual({ make: [expect.objectContaining({ file: 'procedury/a/karta.pdf' })], link: [] });
    const missing = build(
      [approval('a')],
      releasedBy(first, {}, () => false),
      { sources: 'sources-2' },
    );
    expect(missing.counts).toMatchObject({ rendered: 1, reused: 0 });
  });

  it('with `full` ignores the previous release altogether', () => {
    const first = build([approval('a'), approval('b')]);
    const made = build([approval('a')], releasedBy(first), { full: true });
    expect(made.mode).toBe('full');
    expect(made.counts).toEqual({ changed: 1, rendered: 1, reused: 0, removed: 0 });
    expect(made.remove).toEqual([]);
  });

  it('lists the approved files the release serves, by their file in it', () => {
    const sha256 = createHash('sha256').update('wniosek').digest('hex');
    const entry = approval('a', { record: { requiredDocuments: [{ group: 'submit', name: 'Wniosek', file: 'wniosek o kartę.pdf' }] } });
    entry.files = [{ fileName: 'wniosek o kartę.pdf', sha256, size: 1024, mediaType: 'application/pdf' }];
    expect([...build([entry]).attachments]).toEqual([['pliki/wniosek o kartę.pdf', sha256]]);
  });

  it(`builds the whole portal when more than ${SINGLE_CHANGE_PAGE_LIMIT} pages changed`, () => {
    const first = build([approval('a')]);
    // A manifest that knows none of the pages: every page counts as changed.
    const made = build(
      Array.from({ length: SINGLE_CHANGE_PAGE_LIMIT / 2 + 1 }, (_, i) => approval(`p${i}`)),
      releasedBy(first, { pages: {} }),
    );
    expect(made.pages.length).toBeGreaterThan(SINGLE_CHANGE_PAGE_LIMIT);
    expect(made.mode).toBe('full');
  });
});

describe('the sources a release is made with', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.astro', '/index.ts'];

  /** The files `file` imports by a relative path (type-only imports too: they shape the generated code's checks). */
  function localImports(file: string): string[] {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map(([, spec]) => {
      const base = path.resolve(path.dirname(file), spec as string);
      const found = EXTENSIONS.map((ext) => `${base}${ext}`).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
      if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
      return found;
    });
  }

  const filesUnder = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  /** Every file reached from `entries` by relative imports, not looking into `opaque` (hashed whole, and what it imports only feeds data). */
  function reached(entries: readonly string[], opaque: string): Set<string> {
    const seen = new Set<string>();
    const queue = [...entries];
    for (let file = queue.pop(); file; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (/\.(ts|mts|mjs|astro)$/.test(file) && !file.startsWith(opaque)) queue.push(...localImports(file));
    }
    return seen;
  }

  const uncovered = (files: Set<string>, sources: readonly string[]) =>
    [...files].map((f) => path.relative(root, f)).filter((f) => !sources.some((s) => f === s || f.startsWith(`${s}/`)));

  it('hashes every file the portal’s views and templates are made from (a change there renders every page again)', () => {
    const entries = [...filesUnder(path.join(root, 'site/src')), ...filesUnder(path.join(root, 'templates'))];
    expect(uncovered(reached(entries, path.join(root, 'publisher')), SOURCES)).toEqual([]);
  });

  it('hashes every file a PDF card is made from (a change there makes every card again)', () => {
    expect(uncovered(reached([path.join(root, 'templates/pdf/card.ts')], path.join(root, 'publisher')), CARD_SOURCES)).toEqual([]);
  });
});
