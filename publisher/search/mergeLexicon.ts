import fs from 'node:fs/promises';
import path from 'node:path';
import type { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import { addForm, type FormEntry, shardOf } from '../../schemas/search/lexicon';
import type { FormShard, LexiconMeta } from '../../schemas/search/publishedLexicon';
import { formsFile, META_FILE, vocabularyFile } from '../../schemas/search/publishedLexicon';

/** Writes a file of a release folder that may be hard links to the live release: unlinked first, never written through. */
async function replace(file: string, content: string): Promise<void> {
  await fs.rm(file, { force: true });
  await fs.writeFile(file, content);
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

/** The forms of one shard with those of the analysis added; undefined when nothing was new. */
function mergedShard(shard: FormShard, added: [string, FormEntry[]][]): FormShard | undefined {
  const forms = new Map(Object.entries(shard).map(([key, entries]) => [key, entries.map((e) => [...e] as FormEntry)]));
  const before = JSON.stringify([...forms]);
  for (const [, entries] of added) for (const [form, ...lemmas] of entries) for (const lemma of lemmas) addForm(forms, form, lemma);
  return JSON.stringify([...forms]) === before ? undefined : Object.fromEntries(forms);
}

/**
 * Adds what an analysis of a few procedures (a delta) knows to the lexicon a main index was
 * published with (`<dir>`: `/pagefind/analiza/`), keeping its sharding: the forms of every lemma
 * they use and the words a typo may be corrected to. The result holds everything a full build
 * would publish (and perhaps forms of words no live procedure uses any more, which find nothing).
 * Returns how many files were written.
 */
export async function mergeLexicon(dir: string, analysis: CorpusAnalysis): Promise<number> {
  const meta = JSON.parse(await fs.readFile(path.join(dir, META_FILE), 'utf8')) as LexiconMeta;
  let written = 0;
  const byShard = new Map<number, [string, FormEntry[]][]>();
  for (const [key, entries] of analysis.lexicon.forms) {
    const n = shardOf(key, meta.shards);
    const list = byShard.get(n) ?? [];
    list.push([key, entries]);
    byShard.set(n, list);
  }
  for (const [n, added] of byShard) {
    const file = path.join(dir, formsFile(n));
    const merged = mergedShard(await readJson<FormShard>(file, {}), added);
    if (merged) {
      await replace(file, JSON.stringify(merged));
      written++;
    }
  }
  const lengths = new Set(meta.lengths);
  for (const length of analysis.lexicon.vocabularyLengths()) {
    const file = path.join(dir, vocabularyFile(length));
    const known = await readJson<string[]>(file, []);
    const words = new Set([...known, ...analysis.lexicon.vocabulary(length)]);
    if (words.size === known.length) continue;
    await replace(file, JSON.stringify([...words].sort()));
    lengths.add(length);
    written++;
  }
  if (lengths.size !== meta.lengths.length) {
    await replace(path.join(dir, META_FILE), JSON.stringify({ ...meta, lengths: [...lengths].sort((a, b) => a - b) }));
    written++;
  }
  return written;
}
