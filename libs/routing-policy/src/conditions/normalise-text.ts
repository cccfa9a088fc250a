const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * Text folded for keyword search: lower case, no diacritics, every run of non-letters/digits one space, with a
 * leading and trailing space. A keyword folded the same way (without the trailing space) then matches a word or
 * the start of one exactly when `text.includes(keyword)`.
 */
export function foldForSearch(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
  return words === '' ? ' ' : ` ${words} `;
}

/** A keyword folded for `foldForSearch` text: ' word' or ' two words'; '' when nothing searchable is left. */
export function foldKeyword(keyword: string): string {
  const words = keyword
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
  return words === '' ? '' : ` ${words}`;
}
