import { foldText } from './normalise-text';

/**
 * "andere container", "aan het andere eind van de straat", "another bike": a resident who writes that they mean
 * another one is contrasting their report with one they know of. In the development half of the corpus, 7 of the 44
 * later reports of different incidents close together said so, and none of the 95 later reports of one incident.
 * "anders" ("iemand anders", "anders dan") is a different word and does not count; nor do other people ("de andere
 * buren hebben het ook gehoord": the same noise) or a change that keeps coming ("steeds andere mensen", "telkens
 * andere auto's": what a report of one ongoing problem says).
 */
const ANOTHER_ONE =
  /(?<!\b(?:steeds|telkens|keer|allemaal|constant|always)\s+)\b(?:ander|andere|another|other)\b(?!\s+(?:buren|buurtbewoners|bewoners|omwonenden|mensen|melders|ouders|people|neighbours|neighbors|residents))/;

/** True when the text says it is about another one than something already known. */
export function speaksOfAnother(text: string): boolean {
  return ANOTHER_ONE.test(foldText(text));
}
