import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Corpus } from './parse-corpus';
import { parseCorpus } from './parse-corpus';

/** The folder with the repository's corpus: linking.{dev,held-out}.jsonl and suggestion.{dev,held-out}.jsonl. */
export const REPOSITORY_CORPUS_DIR = resolve(__dirname, '../../corpus');

export type CorpusHalf = 'dev' | 'held-out';

/** The path of one half of the repository's linking or suggestion corpus. */
export function repositoryCorpusPath(kind: Corpus['kind'], half: CorpusHalf): string {
  return resolve(REPOSITORY_CORPUS_DIR, `${kind}.${half}.jsonl`);
}

/** Reads and parses a corpus file of either kind. */
export function readCorpusFile(path: string): Corpus {
  return parseCorpus(readFileSync(path, 'utf8'), path);
}
