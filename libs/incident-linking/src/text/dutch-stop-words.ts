/**
 * Dutch function words and the filler of neighbourhood reports ("er staat al weken …"). They say
 * nothing about what happened, so they must not make two reports look alike. Written without
 * diacritics, because text is normalised before it is compared.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set(
  `aan al alle alleen alles als altijd ander andere anders ben bij bijna binnen boven daar daarna
  daarom dan dat de deze die dit doe doen door dus echt een eens eigenlijk en er erg ergens even
  gaan gaat geen gewoon graag had hadden heb hebben heeft hele heel hem hen het hier hij hoe hun
  iemand iets ik in is ja je jij jullie kan kunnen kun laat laten maar me meer men met mij mijn
  misschien moet moeten na naar naast net niet niets nog nou nu of ofzo om omdat ons onze ook op
  over per sinds steeds te tegen toch toen tot tussen u uit uw van veel voor vanaf vanavond vandaag
  vanmorgen vanochtend vannacht via vond vind vrij waar waarom wanneer was waren wat we wel weer
  werd weten wie wij wil willen word wordt worden zal ze zei zelf zich zie zien zij zijn zit zitten
  zo zoals zou zouden zeer staat staan stond ligt liggen lag hallo beste groet groeten graag
  dank bedankt alstublieft svp aub melding melden gemeld wil graag gezien ongeveer rond rondom`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
