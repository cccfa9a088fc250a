import { randomInt } from 'node:crypto';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A random word of lowercase letters to find a test's own text again in an answer. Letters only: a hex marker such
 * as `8734dc1b` reads as a Dutch postcode ("8734 DC") and is rightly redacted from public and reporter-facing texts,
 * so a test that looked for it there failed about one run in fifty.
 */
export function textMarker(length = 10): string {
  let word = '';
  for (let i = 0; i < length; i++) word += LETTERS[randomInt(LETTERS.length)];
  return word;
}
