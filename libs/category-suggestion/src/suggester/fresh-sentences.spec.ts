import { CategorySuggester } from './category-suggester';
import { loadRepositoryExamples } from '../examples/read-examples';

/** Sentences written for this test only: none of them is in data/examples.jsonl. */
const FRESH: ReadonlyArray<readonly [string, string]> = [
  ['er staat al een week een bank op de stoep', 'afval'],
  ['de buurman schreeuwt elke nacht', 'overlast'],
  ['ik maak me zorgen om de oude meneer op nummer 5, hij komt zijn huis niet meer uit', 'zorg'],
  ['er ruikt het naar wiet en ramen zijn afgeplakt', 'ondermijning'],
  ['de ondergrondse container zit al dagen propvol', 'afval'],
  ['iemand heeft een stapel autobanden in de berm gegooid', 'afval'],
  ['lamp doet het niet', 'openbare-ruimte'],
  ['the street light in front of my house has been broken for a week', 'openbare-ruimte'],
  ['de stoeptegels liggen los voor de bibliotheek', 'openbare-ruimte'],
  ['de kroeg op de hoek draait tot vier uur muziek', 'overlast'],
  ['de groep jongens bij het winkelcentrum valt elke avond mensen lastig', 'overlast'],
  ['vanochtend bleek onze schuurdeur opengebroken en de elektrische fiets is weg', 'veiligheid'],
  ['graffiti op de gevel van het buurthuis gespoten', 'veiligheid'],
  ["auto's racen hier elke avond met 80 door de woonwijk", 'veiligheid'],
  ['mijn buurvrouw loopt verward rond in haar ochtendjas en weet niet waar ze woont', 'zorg'],
  ['schimmel in de slaapkamer en de verhuurder reageert niet op mijn mails', 'wonen'],
  ['het appartement wordt elke week aan andere toeristen verhuurd via airbnb', 'wonen'],
  [
    'dat nieuwe telefoonwinkeltje verkoopt niks maar er lopen de hele dag mannen met tassen in en uit',
    'ondermijning',
  ],
  ['wanneer is het gemeentehuis open op maandag?', 'overig'],
];

describe('CategorySuggester on fresh Dutch sentences', () => {
  const suggester = CategorySuggester.fromRepositoryExamples();

  it('uses sentences that are not in the examples file', () => {
    const known = new Set(loadRepositoryExamples().map((e) => e.text.toLowerCase()));
    for (const [text] of FRESH) expect(known.has(text.toLowerCase())).toBe(false);
  });

  it.each(FRESH)('ranks the right main category first for "%s"', (text, category) => {
    expect(suggester.suggest(text, 1)[0].category).toBe(category);
  });
});
