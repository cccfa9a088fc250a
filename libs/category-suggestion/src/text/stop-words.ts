/**
 * Dutch function words that say nothing about the category of a report, folded (no diacritics). Kept small on
 * purpose: negations and words like 'niet', 'meer', 'nooit', 'alleen' stay, they carry meaning here ('niet pluis',
 * 'nooit bezoek', 'woont alleen').
 */
// prettier-ignore
export const DUTCH_STOP_WORDS: readonly string[] = [
  'de', 'het', 'een', 'en', 'of', 'maar', 'dat', 'die', 'dit', 'deze', 'van', 'in', 'op', 'te', 'aan', 'met',
  'voor', 'bij', 'naar', 'om', 'tot', 'uit', 'over', 'door', 'als', 'dan', 'er', 'ze', 'zij', 'hij', 'ik',
  'je', 'jij', 'u', 'we', 'wij', 'ons', 'onze', 'mijn', 'mn', 'zijn', 'zn', 'haar', 'hun', 'hem', 'mij', 'me',
  'is', 'was', 'ben', 'bent', 'wordt', 'worden', 'werd', 'heb', 'hebt', 'heeft', 'hebben', 'had', 'kan',
  'kunnen', 'zal', 'zou', 'wil', 'wel', 'ook', 'nog', 'al', 'zo', 'toch', 'even', 'ff', 'hier', 'daar', 'wat',
  'wie', 'waar', 'omdat', 'want', 'dus', 'nu', 'heel', 'erg', 'echt', 'gewoon', 'steeds', 'weer',
  'elke', 'iedere', 'alle', 'allemaal', 'veel', 'the', 'an', 'and', 'are', 'to', 'on',
  'at', 'it', 'my', 'our', 'hoi', 'hallo', 'graag', 'aub', 'svp', 'ivm', 'sinds', 'nl', 'etc',
];
