/** How many places a mail's text may suggest to the geocoder: a geocoder call each, so few. */
export const MAX_ADDRESS_HINTS = 5;

/** The endings of Dutch (and a few English) street names: "Dorpsstraat", "Lindenlaan", "Oude Gracht", "High Street". */
const STREET_ENDING =
  /(straat|laan|weg|plein|gracht|kade|singel|pad|dijk|steeg|hof|park|dreef|plantsoen|markt|wal|haven|baan|boulevard|allee|brink|veld|street|road|avenue|lane|square)$/i;
/** Small words inside Dutch street names ("Van der Helststraat", "Laan van 't Hof", "Oude Kerk aan de Dijk"). */
const NAME_PARTICLE = /^(van|de|der|den|het|'t|ter|ten|te|aan|op|in|la|le|du)$/i;
/**
 * Capitalised words that start a sentence before a number, not a street ("Om 12 uur", "Sinds 3 dagen", "Al 2 weken",
 * "Nummer 5"): a number after one of these alone is no address.
 */
const NOT_A_STREET = new Set([
  'om', 'al', 'van', 'tot', 'tussen', 'from', 'sinds', 'na', 'voor', 'over', 'rond', 'tot', 'vanaf', 'ongeveer', 'circa', 'bijna', 'ruim', 'zeker', 'nog', 'maar', 'dus', 'ook',
  'er', 'het', 'de', 'een', 'ik', 'we', 'wij', 'nummer', 'nr', 'huisnummer', 'bus', 'lijn', 'tram', 'fase', 'week', 'dag', 'jaar', 'pagina',
  'at', 'since', 'for', 'about', 'around', 'after', 'before', 'until', 'the', 'number', 'no', 'bus', 'line', 'page', 'day', 'week',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Words in front of a street name that say where, not which: "Bij de Dorpsstraat", "Near Dorpsstraat", "Tegenover". */
const PREPOSITION = /^(bij|in|aan|naast|tegenover|voor|achter|langs|nabij|op|near|at|on|opposite|behind|outside|by)$/i;
/** What follows a number that is an amount or a time, not a house number: "12 uur", "3 dagen", "2 auto's", "12 mei". */
const NOT_A_HOUSE_NUMBER =
  /^(uur|u|minuten|min|seconden|dagen|dag|weken|week|maanden|maand|jaar|jaren|keer|x|meter|m|km|cm|kg|euro|procent|%|stuks|personen|mensen|kinderen|auto's|autos|fietsen|zakken|jongeren|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|hours|hour|minutes|days|weeks|months|years|times|meters|people|cars|bags|am|pm)\b/i;

/** "1901 AB" with or without a space, and maybe a house number: "1901 AB 12", "1901AB, 12", "1901 AB nr. 12". */
const POSTCODE = /\b([1-9][0-9]{3})( ?[A-Z]{2}|[a-z]{2})\b(?:[ ,]+(?:nr\.?|nummer|huisnummer)? ?([0-9]{1,5})(?![0-9:.,]?[0-9]))?/g;
/** A word and a house number after it, with an optional letter or addition: "Dorpsstraat 12", "12a", "12-14", "12 A". */
const WORD_AND_NUMBER = /([\p{L}'][\p{L}'.-]*)[ \t]+([0-9]{1,5})(?:[ -]?([a-zA-Z])\b|-[0-9]{1,4}\b)?(?![0-9]|[:.,][0-9])/gu;
/** "hoek Dorpsstraat/Marktplein", "hoek van de Dorpsstraat en het Marktplein", "corner of X and Y". */
const CORNER = /\b(?:hoek|kruising|corner of|junction of)\s+(?:van\s+)?(?:de\s+|het\s+)?(.{3,60}?)\s*(?:\/|\ben\b|\band\b|&)\s*(?:de\s+|het\s+)?([\p{L}'. -]{3,60}?)(?=[.,;!?\n]|$)/giu;

interface Hint {
  text: string;
  /** Lower is better: postcode with number 0, street with number 1, a number after another word 2, a street alone 3. */
  rank: number;
  at: number;
}

/**
 * Places a mail's text may name, best first, as queries for the geocoder: a postcode with a house number, a street
 * and a house number ("Dorpsstraat 12", "Van der Helststraat 12a", "dorpsstraat 12"), then a capitalised word with a
 * number that may be a street without a usual ending ("Marktplein 3", "Kerkbrink 5"), then the streets of a corner
 * ("hoek Dorpsstraat/Marktplein") or a street named without a number. Times, dates and amounts ("om 12 uur", "3
 * dagen", "12 mei") are not places. At most five, each once.
 */
export function addressHintsOf(text: string): string[] {
  const hints: Hint[] = [...postcodeHints(text), ...streetNumberHints(text), ...cornerHints(text), ...bareStreetHints(text)];
  hints.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const seen = new Set<string>();
  const unique = hints.filter((hint) => {
    const key = hint.text.toLowerCase();
    return !seen.has(key) && seen.add(key);
  });
  return unique.slice(0, MAX_ADDRESS_HINTS).map((hint) => hint.text);
}

function postcodeHints(text: string): Hint[] {
  return [...text.matchAll(POSTCODE)].map((m) => {
    const [, digits = '', letters = '', number] = m;
    return { text: [digits, letters.trim().toUpperCase(), number].filter(Boolean).join(' '), rank: number ? 0 : 3, at: m.index };
  });
}

function streetNumberHints(text: string): Hint[] {
  const hints: Hint[] = [];
  for (const m of text.matchAll(WORD_AND_NUMBER)) {
    const [whole, word = '', number = '', letter = ''] = m;
    if (NOT_A_HOUSE_NUMBER.test(text.slice(m.index + whole.length).trimStart())) continue;
    for (const name of streetNamesEndingAt(text, m.index + word.length)) {
      hints.push({ text: `${name} ${number}${letter.toLowerCase()}`, rank: STREET_ENDING.test(name) ? 1 : 2, at: m.index });
    }
  }
  return hints;
}

/**
 * The street name that ends at `end` in the text: the run of words before it (on the same line) that are capitalised,
 * a name particle or end like a street, without the lower-case particles it starts with ("bij de Lange Nieuwstraat"
 * gives "Lange Nieuwstraat"). A capitalised particle in front may be part of the name ("Van Goghstraat") or the start
 * of a sentence ("De Dorpsstraat 12 …"): then the name without it is a second candidate. None when the word before
 * the number is no street name: a lower-case word that does not end like a street ("ligt 3"), or a capitalised
 * sentence word ("Om 12").
 */
function streetNamesEndingAt(text: string, end: number): string[] {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const words = text.slice(lineStart, end).split(/[ \t]+/).filter(Boolean).reverse();
  const run: string[] = [];
  for (const written of words) {
    if (run.length >= 6) break;
    const word = written.replace(/^[("'“‘]+/, '');
    const plain = word.replace(/[.,;:!?]+$/, '');
    if (plain !== word && run.length > 0) break; // punctuation ends the name: "Dus, Dorpsstraat 12"
    if (!(capitalised(plain) || NAME_PARTICLE.test(plain) || STREET_ENDING.test(plain))) break;
    run.unshift(plain);
    if (plain !== word) break;
  }
  const front = () => run[0] ?? '';
  while (run.length > 1 && (PREPOSITION.test(front()) || (NAME_PARTICLE.test(front()) && !capitalised(front())))) run.shift();
  const last = run[run.length - 1];
  if (last === undefined || (!capitalised(last) && !STREET_ENDING.test(last))) return [];
  if (run.length === 1 && NOT_A_STREET.has(last.toLowerCase())) return [];
  if (last.length < 3) return [];
  const names = [run.join(' ')];
  const withoutParticles = run.slice(Math.max(0, run.findIndex((word) => !NAME_PARTICLE.test(word))));
  if (withoutParticles.length < run.length) names.push(withoutParticles.join(' '));
  return names;
}

function cornerHints(text: string): Hint[] {
  return [...text.matchAll(CORNER)].flatMap((m) =>
    [m[1] ?? '', m[2] ?? '']
      .map(leadingName)
      .filter((street) => street !== '' && (STREET_ENDING.test(street) || capitalised(street)))
      .map((street) => ({ text: street, rank: 3, at: m.index })),
  );
}

/** The name at the start of a phrase: its capitalised words and particles, up to the first other word. */
function leadingName(phrase: string): string {
  const words: string[] = [];
  for (const word of phrase.trim().split(/\s+/)) {
    if (!(capitalised(word) || NAME_PARTICLE.test(word) || STREET_ENDING.test(word))) break;
    words.push(word);
  }
  while (NAME_PARTICLE.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * A capitalised word that ends like a street ("Dorpsstraat") with no number: the geocoder places the street. Only
 * capitalised: "het fietspad" or "de stoep" name no place, and a geocoder for the whole country would find one anyway.
 */
function bareStreetHints(text: string): Hint[] {
  return [...text.matchAll(/[\p{L}'-]{4,}/gu)]
    .filter((m) => capitalised(m[0]) && STREET_ENDING.test(m[0]) && m[0].length >= 7)
    .map((m) => ({ text: m[0], rank: 4, at: m.index }));
}

function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
