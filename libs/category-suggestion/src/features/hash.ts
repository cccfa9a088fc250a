import { imul } from '../numeric';

const FNV_PRIME = 16777619;

/** Start values that keep the hashes of different feature kinds apart. */
export enum HashSeed {
  Word = 0x811c9dc5,
  Bigram = 0x050c5d1f,
  CharGram = 0x2f1a6e35,
  Split = 0x6b43a9b5,
}

/** FNV-1a over `chars[start, end)`, continuing from `hash`; a signed 32-bit integer. */
export function hashRange(chars: Uint16Array, start: number, end: number, hash: number): number {
  let h = hash;
  for (let i = start; i < end; i++) h = imul(h ^ chars[i], FNV_PRIME);
  return h;
}

/** FNV-1a continued with one more code unit. */
export function hashCode(hash: number, code: number): number {
  return imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a of a string (for splitting examples and for stop-word lookup; not on the hot path). */
export function hashString(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}
