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

/** Of the surface similarity, how much comes from whole words; the rest comes from character trigrams. */
const WORD_SHARE = 0.4;
/** When both texts say what the problem is (each has a meaning tag), how much of the similarity their meanings decide. */
const MEANING_SHARE = 0.7;

/**
 * Surface similarity: the cosine similarity of the two word sets (words and their meaning tags) and of the two
 * trigram sets, mixed. Words reward the same vocabulary; trigrams forgive spelling variants, split or joined compounds
 * and inflections.
 *
 * When both texts name what is wrong in words with a meaning (a lamp, a sofa, a fight), the cosine similarity of
 * their meanings decides most of it. On the development half of the corpus, surface similarity alone separated
 * reports of one incident from different incidents close together worse than chance (AUC 0.42 over the pairs within
 * reach): neighbours reporting different problems at one corner share the corner's words (the school, the bus stop,
 * the cycle path), while neighbours reporting one problem share what it is, in different words. The meanings alone
 * separated them with AUC 0.77, and same-incident recall on that half rose from 0.52 to 0.71 at the same false-link
 * rate.
 */
export function textSimilarity(a: TextProfile, b: TextProfile): TextSimilarity {
  const shared = sharedSorted(a.tokens, b.tokens);
  const words = setCosine(shared.length, a.tokens.length, b.tokens.length);
  const trigrams = setCosine(countSharedSorted(a.trigrams, b.trigrams), a.trigrams.length, b.trigrams.length);
  const sharedWords = shared.filter((t) => !isMeaningTag(t));
  const carried = new Set(sharedWords.flatMap(meaningsOf));
  const sharedMeanings = shared.filter((t) => isMeaningTag(t) && !carried.has(t)).map((t) => t.slice(1));
  const surface = WORD_SHARE * words + (1 - WORD_SHARE) * trigrams;
  const meaningsA = countMeanings(a.tokens);
  const meaningsB = countMeanings(b.tokens);
  const similarity =
    meaningsA > 0 && meaningsB > 0
      ? MEANING_SHARE * setCosine(countMeanings(shared), meaningsA, meaningsB) + (1 - MEANING_SHARE) * surface
      : surface;
  return { similarity, sharedWords, sharedMeanings };
}

function countMeanings(tokens: readonly string[]): number {
  let count = 0;
  for (const token of tokens) if (isMeaningTag(token)) count++;
  return count;
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
