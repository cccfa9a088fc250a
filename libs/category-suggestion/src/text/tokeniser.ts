import { CharKind, charKind, foldedLatin } from './fold-char';

const UPPER_A = 65;
const UPPER_Z = 90;

/**
 * Splits text into folded words (lower case, no diacritics, letters and digits only) written into reusable buffers,
 * so tokenising allocates nothing per word. Words of one character and words of digits only are dropped.
 * After `tokenise`, word i is `chars[starts[i], ends[i])`; the buffers are overwritten by the next call.
 */
export class Tokeniser {
  chars = new Uint16Array(512);
  starts = new Int32Array(128);
  ends = new Int32Array(128);
  count = 0;

  /** Tokenises `text`; returns the number of words. */
  tokenise(text: string): number {
    this.ensureCapacity(text.length);
    const chars = this.chars;
    let length = 0;
    let wordStart = 0;
    let digitsOnly = true;
    this.count = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= UPPER_A && code <= UPPER_Z) code += 32;
      const kind = charKind(code);
      if (kind === CharKind.Plain || kind === CharKind.Other) {
        if (code > 57 || code < 48) digitsOnly = false;
        chars[length++] = code;
      } else if (kind === CharKind.Folded) {
        const folded = foldedLatin(code);
        for (let j = 0; j < folded.length; j++) chars[length++] = folded.charCodeAt(j);
        digitsOnly = false;
      } else if (kind === CharKind.Separator) {
        length = this.closeWord(wordStart, length, digitsOnly);
        wordStart = length;
        digitsOnly = true;
      }
    }
    this.closeWord(wordStart, length, digitsOnly);
    return this.count;
  }

  /** Word i as a string (for tests and explanations; allocates). */
  word(i: number): string {
    return String.fromCharCode(...this.chars.subarray(this.starts[i], this.ends[i]));
  }

  private closeWord(start: number, end: number, digitsOnly: boolean): number {
    if (end - start < 2 || digitsOnly) return start;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count++;
    return end;
  }

  /** A folded character expands to at most two; a text of n code units has at most n/2 + 1 words. */
  private ensureCapacity(textLength: number): void {
    if (this.chars.length < textLength * 2) this.chars = new Uint16Array(textLength * 2);
    const words = (textLength >> 1) + 1;
    if (this.starts.length < words) {
      this.starts = new Int32Array(words);
      this.ends = new Int32Array(words);
    }
  }
}
