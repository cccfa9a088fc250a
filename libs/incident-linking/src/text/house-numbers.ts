import { foldText } from './normalise-text';

/** The longest run of numbers a range stands for ("40-80": a block of flats); a longer "range" is read as its ends. */
const WIDEST_RANGE = 60;

/**
 * A house number is a number right after "nr", "nummer", "huisnummer" or "no", or after a street name ("Oudegracht
 * 140", "Vijverhofstraat 120"), with an optional letter ("12a") and an optional range ("138-142", "40 t/m 80").
 * Bare numbers ("3 dagen", "2 uur", "10 meter") are not addresses.
 */
const HOUSE_NUMBER =
  /\b(?:huisnummers?|nummers?|nrs?|no|[a-z]{2,}(?:straat|str|weg|laan|plein|kade|gracht|singel|dreef|hof|park|pad|steeg))\.?\s*(\d{1,4})[a-z]?\b(?:\s*(?:-|t\/m|tot)\s*(\d{1,4})[a-z]?\b)?/g;

/**
 * The house numbers a text names, ranges spelt out, sorted and distinct. Two reports at different house numbers
 * ("lamp kapot voor nr 2" and "bij nr 60 is ook een lamp stuk") are two problems, however alike their words.
 */
export function houseNumbers(text: string): readonly number[] {
  const numbers = new Set<number>();
  for (const match of foldText(text).matchAll(HOUSE_NUMBER)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    if (to > from && to - from <= WIDEST_RANGE) for (let n = from; n <= to; n++) numbers.add(n);
    else numbers.add(from).add(to);
  }
  return [...numbers].sort((a, b) => a - b);
}

/** True when both name house numbers and none is the same: two addresses, so two problems. */
export function atDifferentHouseNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const inB = new Set(b);
  return !a.some((n) => inB.has(n));
}
