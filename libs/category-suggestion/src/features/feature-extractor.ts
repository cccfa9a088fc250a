import { stemInPlace } from '../text/dutch-stemmer';
import { StopWordSet } from '../text/stop-word-set';
import { DUTCH_STOP_WORDS } from '../text/stop-words';
import { Tokeniser } from '../text/tokeniser';
import { FeatureOptions } from './feature-options';
import { hashCode, hashRange, HashSeed } from './hash';

const WORD_START = 60; // '<'
const WORD_END = 62; // '>'
const SPACE = 32;

const stopWords = new StopWordSet(DUTCH_STOP_WORDS);

/**
 * Turns a text into hashed features written into reusable buffers: each stemmed content word, each pair of
 * neighbouring words, and the character n-grams of each content word before stemming (so 'lantaren', 'lantarn' and
 * 'lantaarn' still share most features). After `extract`, feature i is `hashes[i]` with weight `weights[i]`; a
 * feature may occur more than once (the model counts it once).
 */
export class FeatureExtractor {
  hashes = new Int32Array(1024);
  weights = new Float32Array(1024);
  count = 0;
  private readonly tokeniser = new Tokeniser();

  constructor(private readonly options: FeatureOptions) {}

  /** Extracts the features of `text`; returns their number. */
  extract(text: string): number {
    const words = this.tokeniser.tokenise(text);
    const { chars, starts, ends } = this.tokeniser;
    const { charGramMax, wordWeight, bigramWeight, charGramWeight } = this.options;
    this.count = 0;
    let previousStart = -1;
    let previousEnd = -1;
    let previousIsStop = true;
    for (let w = 0; w < words; w++) {
      const start = starts[w];
      const end = ends[w];
      const isStop = stopWords.has(chars, start, end, hashRange(chars, start, end, HashSeed.Word));
      this.ensureCapacity(this.count + 2 + (end - start + 2) * (charGramMax + 1));
      if (!isStop) this.addCharGrams(chars, start, end, charGramWeight);
      const stemEnd = isStop ? end : stemInPlace(chars, start, end);
      if (!isStop) this.add(hashRange(chars, start, stemEnd, HashSeed.Word), wordWeight);
      if (previousStart >= 0 && !(isStop && previousIsStop)) {
        const left = hashRange(chars, previousStart, previousEnd, HashSeed.Bigram);
        this.add(hashRange(chars, start, stemEnd, hashCode(left, SPACE)), bigramWeight);
      }
      previousStart = start;
      previousEnd = stemEnd;
      previousIsStop = isStop;
    }
    return this.count;
  }

  /** The n-grams of '<word>' for n in [charGramMin, charGramMax]. */
  private addCharGrams(chars: Uint16Array, start: number, end: number, weight: number): void {
    const { charGramMin, charGramMax } = this.options;
    const length = end - start + 2;
    for (let first = 0; first < length; first++) {
      let hash: number = HashSeed.CharGram;
      for (let n = 1; n <= charGramMax && first + n <= length; n++) {
        const position = first + n - 1;
        const code =
          position === 0 ? WORD_START : position === length - 1 ? WORD_END : chars[start + position - 1];
        hash = hashCode(hash, code);
        if (n >= charGramMin) this.add(hash, weight);
      }
    }
  }

  private add(hash: number, weight: number): void {
    this.hashes[this.count] = hash;
    this.weights[this.count] = weight;
    this.count++;
  }

  private ensureCapacity(needed: number): void {
    if (this.hashes.length >= needed) return;
    const size = Math.max(needed, this.hashes.length * 2);
    const hashes = new Int32Array(size);
    const weights = new Float32Array(size);
    hashes.set(this.hashes.subarray(0, this.count));
    weights.set(this.weights.subarray(0, this.count));
    this.hashes = hashes;
    this.weights = weights;
  }
}
