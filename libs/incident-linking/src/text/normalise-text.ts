import { DUTCH_STOP_WORDS } from './dutch-stop-words';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/;

/**
 * Lower case, diacritics and ligatures removed (é → e, ĳ → ij), and y written as ij (people type
 * "hennepkwekery" for "hennepkwekerij"; doing it to every text keeps English words consistent too).
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/y/g, 'ij');
}

/** The meaningful words of a Dutch text: folded, split, stop words and single characters dropped, lightly stemmed. */
export function dutchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of foldText(text).split(NOT_WORD)) {
    if (word.length < 2 || DUTCH_STOP_WORDS.has(word)) continue;
    const stem = stemDutch(word);
    if (stem.length >= 2 && !DUTCH_STOP_WORDS.has(stem)) tokens.push(stem);
  }
  return tokens;
}

/**
 * A light Dutch stemmer for plurals and diminutives, so "matrassen", "matras" and "matrasje" meet:
 * strips a diminutive (-je, -tje, -etje, with or without -s), else a plural -s after l/m/n/r; then
 * -en; un-doubles the last consonant and turns a final v/z back into f/s (duiven → duif, huizen →
 * huis). It is deliberately rough: character trigrams catch what it misses.
 */
export function stemDutch(word: string): string {
  if (/^\d+$/.test(word)) return word;
  let stem = stripDiminutive(word);
  if (stem === word && stem.length >= 5 && stem.endsWith('s') && 'lmnr'.includes(stem[stem.length - 2])) {
    stem = stem.slice(0, -1);
  }
  if (stem.length >= 6 && stem.endsWith('en')) stem = stem.slice(0, -2);
  return tidyEnding(stem);
}

function stripDiminutive(word: string): string {
  const singular = word.endsWith('jes') ? word.slice(0, -1) : word;
  if (!singular.endsWith('je') || singular.length < 5) return word;
  const base = singular.slice(0, -2);
  if (base.endsWith('et') && base.length >= 5 && !'aeiou'.includes(base[base.length - 3]))
    return base.slice(0, -2);
  if (base.endsWith('t') && base.length >= 4 && 'lnrwaeiou'.includes(base[base.length - 2]))
    return base.slice(0, -1);
  return base;
}

function tidyEnding(stem: string): string {
  const n = stem.length;
  if (n >= 4 && stem[n - 1] === stem[n - 2] && !'aeiou'.includes(stem[n - 1])) return stem.slice(0, -1);
  if (n >= 4 && stem.endsWith('v')) return `${stem.slice(0, -1)}f`;
  if (n >= 4 && stem.endsWith('z')) return `${stem.slice(0, -1)}s`;
  return stem;
}
