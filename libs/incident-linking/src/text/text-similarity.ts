import { isMeaningTag, meaningsOf } from './dutch-concepts';
import type { TextProfile } from './text-profile';

export interface TextSimilarity {
  /** In [0, 1]. */
  readonly similarity: number;
  /** The words both texts use. */
  readonly sharedWords: readonly string[];
  /** Meanings both texts express in different words (e.g. "verlichting" for lantaarnpaal and straatlamp). */
  readonly sharedMeanings: readonly string[];
}

/** How much of the similarity comes from whole words; the rest comes from character trigrams. */
const WORD_SHARE = 0.4;

/**
 * Cosine similarity of the two word sets (words and their meaning tags) and of the two trigram sets, mixed. Words reward the same
 * vocabulary; trigrams forgive spelling variants, split or joined compounds and inflections.
 */
export function textSimilarity(a: TextProfile, b: TextProfile): TextSimilarity {
  const shared = sharedSorted(a.tokens, b.tokens);
  const words = setCosine(shared.length, a.tokens.length, b.tokens.length);
  const trigrams = setCosine(countSharedSorted(a.trigrams, b.trigrams), a.trigrams.length, b.trigrams.length);
  const sharedWords = shared.filter((t) => !isMeaningTag(t));
  const carried = new Set(sharedWords.flatMap(meaningsOf));
  const sharedMeanings = shared.filter((t) => isMeaningTag(t) && !carried.has(t)).map((t) => t.slice(1));
  return { similarity: WORD_SHARE * words + (1 - WORD_SHARE) * trigrams, sharedWords, sharedMeanings };
}

function setCosine(shared: number, sizeA: number, sizeB: number): number {
  return sizeA === 0 || sizeB === 0 ? 0 : shared / Math.sqrt(sizeA * sizeB);
}

function sharedSorted(a: readonly string[], b: readonly string[]): string[] {
  const shared: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared.push(a[i]);
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

function countSharedSorted(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}
