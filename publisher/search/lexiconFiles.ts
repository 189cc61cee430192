import fs from 'node:fs/promises';
import path from 'node:path';
import type { CorpusAnalysis } from '../../schemas/search/corpusAnalysis';
import { shardOf } from '../../schemas/search/lexicon';
import type { FormShard, LexiconMeta } from '../../schemas/search/publishedLexicon';
import { formsFile, META_FILE, vocabularyFile } from '../../schemas/search/publishedLexicon';

/** A shard of about this many bytes loads quickly on a phone, and a query needs only a few. */
const SHARD_BYTES = 24 * 1024;

export interface LexiconStats {
  forms: number;
  shards: number;
  vocabulary: number;
  bytes: number;
}

/** The lexicon files as name → content, ready to write. */
export function lexiconFiles(analysis: CorpusAnalysis): Map<string, string> {
  const forms = analysis.lexicon.forms;
  let total = 0;
  for (const [key, entries] of forms) total += key.length + JSON.stringify(entries).length + 4;
  const shards = Math.max(1, Math.ceil(total / SHARD_BYTES));
  const parts: FormShard[] = Array.from({ length: shards }, () => ({}));
  for (const [key, entries] of forms) (parts[shardOf(key, shards)] as FormShard)[key] = entries;
  const files = new Map<string, string>();
  parts.forEach((part, n) => {
    files.set(formsFile(n), JSON.stringify(part));
  });
  const lengths = analysis.lexicon.vocabularyLengths();
  for (const length of lengths) files.set(vocabularyFile(length), JSON.stringify([...analysis.lexicon.vocabulary(length)].sort()));
  const meta: LexiconMeta = { version: 1, shards, lengths, thesaurus: analysis.compiled.groups };
  files.set(META_FILE, JSON.stringify(meta));
  return files;
}

/** Writes the lexicon into `dir` (created). */
export async function writeLexicon(analysis: CorpusAnalysis, dir: string): Promise<LexiconStats> {
  const files = lexiconFiles(analysis);
  await fs.mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const [name, content] of files) {
    await fs.writeFile(path.join(dir, name), content);
    bytes += Buffer.byteLength(content);
  }
  const lengths = analysis.lexicon.vocabularyLengths();
  let vocabulary = 0;
  for (const l of lengths) vocabulary += [...analysis.lexicon.vocabulary(l)].length;
  const shards = [...files.keys()].filter((n) => n.startsWith('formy-')).length;
  return { forms: analysis.lexicon.forms.size, shards, vocabulary, bytes };
}
