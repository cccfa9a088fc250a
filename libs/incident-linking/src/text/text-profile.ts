import { isMeaningTag, meaningsOf } from './dutch-concepts';
import { speaksOfAnother } from './another-one';
import { houseNumbers } from './house-numbers';
import { dutchTokens } from './normalise-text';
import { statedDurationHours } from './stated-duration';

/**
 * What text similarity compares, computed once per text: its distinct words (sorted) and the
 * distinct character trigrams of those words (hashed, sorted), which catch spelling variants
 * ("kontainer" ~ "container", "grof vuil" ~ "grofvuil"). The words include the meaning tags of the words that
 * have one (`≈verlichting` for "lantaarnpaal" and for "straatlamp"; see dutch-concepts), so synonyms meet.
 */
export interface TextProfile {
  readonly tokens: readonly string[];
  readonly trigrams: Uint32Array;
  /** The house numbers it names (see house-numbers): kept apart from the words, to tell two addresses apart. */
  readonly houseNumbers: readonly number[];
  /** It says it is about another one ("andere container"; see another-one). */
  readonly speaksOfAnother: boolean;
  /** How long it says the problem has lasted, in hours; 0 when it does not say (see stated-duration). */
  readonly statedDurationHours: number;
}

/**
 * Street names and house numbers say where, which the pins already measure (distance); counted again as shared
 * words they made two different problems at one address look alike ("boom scheef bij nr 300" and "lamp kapot bij
 * nr 300"). So they are left out of the text's words, and so are "nr" and "nummer"; the house numbers are kept apart
 * instead, to tell two addresses apart.
 */
const PLACE_WORD = /^(\d+|nrs?|nummers?|huisnummers?|.{3,}(straat|str|weg|laan|plein|kade|gracht|singel|dreef|hof))$/;

export function textProfile(text: string): TextProfile {
  const words = [...new Set(dutchTokens(text))].filter((w) => !PLACE_WORD.test(w));
  const tokens = [...new Set([...words, ...words.flatMap(meaningsOf)])].sort();
  let size = 0;
  for (const token of words) size += token.length;
  const hashes = new Uint32Array(size);
  let count = 0;
  for (const token of tokens) {
    if (isMeaningTag(token)) continue;
    const padded = ` ${token} `;
    for (let i = 0; i + 3 <= padded.length; i++) hashes[count++] = trigramHash(padded, i);
  }
  return { tokens, trigrams: distinctSorted(hashes.sort()), houseNumbers: houseNumbers(text),
    speaksOfAnother: speaksOfAnother(text),
    statedDurationHours: statedDurationHours(text),
  };
}

function distinctSorted(sorted: Uint32Array): Uint32Array {
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[kept - 1]) sorted[kept++] = sorted[i];
  }
  return sorted.slice(0, kept);
}

/** FNV-1a over three UTF-16 code units; collisions are rare enough not to matter for a similarity. */
function trigramHash(text: string, at: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + 3; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
