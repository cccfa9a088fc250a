const COMBINING_MARKS = /\p{M}+/gu;

/** Letters whose decomposition does not drop to plain ASCII. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ĳ: 'ij',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** Latin-1 Supplement and Latin Extended-A, folded once at load: lower case, diacritics removed. */
const FIRST = 0xc0;
const LAST = 0x17f;
const TABLE: readonly string[] = buildTable();

function buildTable(): string[] {
  const table: string[] = [];
  for (let code = FIRST; code <= LAST; code++) {
    const lower = String.fromCharCode(code).toLowerCase();
    const folded = SPECIAL[lower] ?? lower.normalize('NFD').replace(COMBINING_MARKS, '');
    table.push(/^[a-z]+$/.test(folded) ? folded : '');
  }
  return table;
}

/** How the tokeniser treats one UTF-16 code unit (see `charKind`). */
export enum CharKind {
  Separator = 0,
  Plain = 1,
  Mark = 2,
  Folded = 3,
  Other = 4,
}

/**
 * The kind of one UTF-16 code unit (ASCII already lower-cased by the caller). Plain: a–z, 0–9 (kept as is). Folded:
 * a Latin-1 or Latin Extended-A letter, upper or lower case (see `foldedLatin`). Mark: a combining mark (already
 * decomposed text), dropped. Other: a letter of another script, kept as is. Everything else separates words.
 */
export function charKind(code: number): CharKind {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return CharKind.Plain;
  if (code < FIRST) return CharKind.Separator;
  if (code <= LAST) return TABLE[code - FIRST] === '' ? CharKind.Separator : CharKind.Folded;
  if (code >= 0x300 && code <= 0x36f) return CharKind.Mark;
  if (code >= 0x370 && code < 0x2000) return CharKind.Other;
  return CharKind.Separator;
}

/** The ASCII letters for a `CharKind.Folded` code unit: 'é' → 'e', 'ß' → 'ss'. */
export function foldedLatin(code: number): string {
  return TABLE[code - FIRST] ?? '';
}
