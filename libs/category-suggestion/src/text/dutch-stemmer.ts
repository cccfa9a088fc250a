const A = 97;
const E = 101;
const I = 105;
const J = 106;
const O = 111;
const U = 117;
const Y = 121;
const S = 115;

/** Shortest stem the suffix rules may leave. */
const MIN_STEM = 3;

function isVowel(c: number): boolean {
  return c === A || c === E || c === I || c === O || c === U || c === Y;
}

function endsWith(chars: Uint16Array, start: number, end: number, suffix: string): boolean {
  const n = suffix.length;
  if (end - start < n) return false;
  for (let i = 0; i < n; i++) if (chars[end - n + i] !== suffix.charCodeAt(i)) return false;
  return true;
}

/** 'kapott' → 'kapot', 'bell' → 'bel': a doubled final consonant becomes one. */
function undoubleConsonant(chars: Uint16Array, start: number, end: number): number {
  const last = chars[end - 1];
  if (end - start > MIN_STEM && last === chars[end - 2] && !isVowel(last)) return end - 1;
  return end;
}

/** Strips `suffix` when what stays is at least MIN_STEM long and (if asked) ends in a consonant. */
function strip(
  chars: Uint16Array,
  start: number,
  end: number,
  suffix: string,
  afterConsonant: boolean,
): number {
  if (!endsWith(chars, start, end, suffix)) return end;
  const stemEnd = end - suffix.length;
  if (stemEnd - start < MIN_STEM) return end;
  if (afterConsonant && isVowel(chars[stemEnd - 1])) return end;
  return stemEnd;
}

/** Plural and inflection: -heden → -heid, -ene/-en, -se/-s (not after a vowel or j), then -e. */
function stripInflection(chars: Uint16Array, start: number, end: number): number {
  if (endsWith(chars, start, end, 'heden')) {
    chars[end - 3] = I;
    chars[end - 2] = 100; // d
    return end - 1;
  }
  let stripped = strip(chars, start, end, 'ene', true);
  if (stripped === end) stripped = strip(chars, start, end, 'en', true);
  if (stripped !== end) return undoubleConsonant(chars, start, stripped);
  if (end - start > MIN_STEM + 1 && chars[end - 1] === S && chars[end - 2] !== J) {
    stripped = strip(chars, start, end, 's', true);
    if (stripped !== end) return stripped;
  }
  stripped = strip(chars, start, end, 'e', true);
  return stripped === end ? end : undoubleConsonant(chars, start, stripped);
}

/** Derivation: -heid, -ing, -end, -lijk, -baar, -ig (one of them). */
function stripDerivation(chars: Uint16Array, start: number, end: number): number {
  for (const suffix of ['heid', 'lijk', 'baar', 'ing', 'end', 'ig']) {
    const stripped = strip(chars, start, end, suffix, false);
    if (stripped !== end)
      return suffix === 'ing' || suffix === 'end' ? undoubleConsonant(chars, start, stripped) : stripped;
  }
  return end;
}

/** 'straat' → 'strat', 'boom' → 'bom', so singular and plural ('straten', 'bomen') meet. */
function undoubleVowel(chars: Uint16Array, start: number, end: number): number {
  if (end - start < 4) return end;
  const last = chars[end - 1];
  const v = chars[end - 2];
  if (isVowel(last) || v !== chars[end - 3] || !(v === A || v === E || v === O || v === U)) return end;
  if (isVowel(chars[end - 4])) return end;
  chars[end - 2] = last;
  return end - 1;
}

/**
 * A light Dutch stemmer in the spirit of the Snowball/Kraaij-Pohlmann rules, working in place on folded lower-case
 * letters `chars[start, end)`: strips inflection, one derivational suffix and undoubles. Returns the new end.
 */
export function stemInPlace(chars: Uint16Array, start: number, end: number): number {
  let stemEnd = stripInflection(chars, start, end);
  stemEnd = stripDerivation(chars, start, stemEnd);
  return undoubleVowel(chars, start, stemEnd);
}
