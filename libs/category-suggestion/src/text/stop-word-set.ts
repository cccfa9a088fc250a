import { hashRange, HashSeed, hashString } from '../features/hash';

/** Looks words up by their characters in a buffer, without making a string. */
export class StopWordSet {
  private readonly byHash = new Map<number, string[]>();

  constructor(words: readonly string[]) {
    for (const word of words) {
      const hash = hashString(word, HashSeed.Word);
      const bucket = this.byHash.get(hash);
      if (bucket) bucket.push(word);
      else this.byHash.set(hash, [word]);
    }
  }

  /** Whether `chars[start, end)` is one of the words; `hash` is its `HashSeed.Word` hash. */
  has(chars: Uint16Array, start: number, end: number, hash: number): boolean {
    const bucket = this.byHash.get(hash);
    if (!bucket) return false;
    return bucket.some((word) => word.length === end - start && sameChars(word, chars, start));
  }

  /** Convenience for strings. */
  hasWord(word: string): boolean {
    const chars = Uint16Array.from(word, (c) => c.charCodeAt(0));
    return this.has(chars, 0, chars.length, hashRange(chars, 0, chars.length, HashSeed.Word));
  }
}

function sameChars(word: string, chars: Uint16Array, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== chars[start + i]) return false;
  return true;
}
