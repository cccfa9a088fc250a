const HOURS_PER_UNIT: Readonly<Record<string, number>> = {
  uur: 1, uren: 1, hour: 1, hours: 1,
  dag: 24, dagen: 24, day: 24, days: 24, nacht: 24, nachten: 24, night: 24, nights: 24,
  week: 168, weken: 168, weeks: 168,
  maand: 720, maanden: 720, month: 720, months: 720,
  jaar: 8_760, jaren: 8_760, year: 8_760, years: 8_760,
};
const COUNTS: Readonly<Record<string, number>> = {
  een: 1, a: 1, an: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6,
  zeven: 7, seven: 7, acht: 8, eight: 8, negen: 9, nine: 9, tien: 10, ten: 10,
  paar: 3, enkele: 3, few: 3, several: 3, ruim: 1,
};
/** "al dagen", "for weeks": more than one, how many unsaid. */
const UNSAID_COUNT = 2;
/** Longer than this, a stated duration stretches nothing further (a quarter of a year). */
const LONGEST_HOURS = 2_160;

/** "al 3 nachten", "al een week", "al weken", "for two days", "already for months". */
const LASTED =
  /\b(?:al|already|for)\s+(?:(\d{1,3}|een|a|an|twee|two|drie|three|vier|four|vijf|five|zes|six|zeven|seven|acht|eight|negen|nine|tien|ten|paar|enkele|few|several|ruim)\s+)?(uur|uren|hours?|dag|dagen|days?|nacht|nachten|nights?|week|weken|weeks|maand|maanden|months?|jaar|jaren|years?)\b/g;
const SINCE_YESTERDAY = /\bsinds gisteren\b|\bsince yesterday\b/;
const SINCE_LAST_WEEK = /\bsinds vorige week\b|\bsince last week\b/;

/**
 * How long the text says the problem has lasted, in hours; 0 when it does not say. "Er staat een aggregaat te brommen,
 * al 3 nachten" is about whatever was reported here in those three nights, even when that is further back than the
 * category's window (12 hours for nuisance): a resident who says how long it has lasted tells the linker how far back
 * to look. A count without a plural unit ("al een uur") is taken as said; a plural unit without a count ("al weken")
 * as two.
 */
export function statedDurationHours(text: string): number {
  const folded = text.toLowerCase(); // not foldText: it writes y as ij, and "days" must stay "days"
  let hours = 0;
  for (const match of folded.matchAll(LASTED)) {
    const unit = match[2];
    const countWord = match[1];
    const count = countWord === undefined ? (isPlural(unit) ? UNSAID_COUNT : 1) : (COUNTS[countWord] ?? Number(countWord));
    hours = Math.max(hours, count * HOURS_PER_UNIT[unit]);
  }
  if (SINCE_YESTERDAY.test(folded)) hours = Math.max(hours, 48);
  if (SINCE_LAST_WEEK.test(folded)) hours = Math.max(hours, 336);
  return Math.min(hours, LONGEST_HOURS);
}

function isPlural(unit: string): boolean {
  return unit.endsWith('en') || unit.endsWith('s');
}
