import { hashRange, HashSeed } from '../features/hash';
import { stemInPlace } from './dutch-stemmer';
import { StopWordSet } from './stop-word-set';
import { DUTCH_STOP_WORDS } from './stop-words';
import { Tokeniser } from './tokeniser';

const stopWords = new StopWordSet(DUTCH_STOP_WORDS);

/**
 * The stemmed content words of a text, as the classifier sees them ('De lantaarnpalen zijn kapot!' →
 * ['lantaarnpal', 'kapot']). For tests and explanations; the classifier itself works on buffers.
 */
export function normaliseText(text: string): string[] {
  const tokeniser = new Tokeniser();
  const words: string[] = [];
  const count = tokeniser.tokenise(text);
  for (let i = 0; i < count; i++) {
    const start = tokeniser.starts[i];
    const end = tokeniser.ends[i];
    if (stopWords.has(tokeniser.chars, start, end, hashRange(tokeniser.chars, start, end, HashSeed.Word)))
      continue;
    const stemEnd = stemInPlace(tokeniser.chars, start, end);
    words.push(String.fromCharCode(...tokeniser.chars.subarray(start, stemEnd)));
  }
  return words;
}
