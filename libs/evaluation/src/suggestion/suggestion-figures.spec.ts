import type { RankedGuess } from './suggestion-figures';
import { suggestionFigures } from './suggestion-figures';

const g = (category: string, subcategory: string): RankedGuess => ({ category, subcategory });

describe('suggestionFigures', () => {
  const answers: Record<string, RankedGuess[]> = {
    lamp: [g('openbare-ruimte', 'straatverlichting'), g('openbare-ruimte', 'bestrating')],
    tegel: [g('openbare-ruimte', 'groen'), g('openbare-ruimte', 'bestrating')],
    feest: [g('overlast', 'horeca'), g('afval', 'zwerfafval'), g('overlast', 'geluid')],
    dealer: [g('veiligheid', 'verdachte-situatie'), g('veiligheid', 'inbraak'), g('zorg', 'niet-pluis'), g('overlast', 'drugsoverlast')],
  };
  const f = suggestionFigures(
    [
      { id: '1', description: 'lamp', main: 'openbare-ruimte', sub: 'straatverlichting' },
      { id: '2', description: 'tegel', main: 'openbare-ruimte', sub: 'bestrating' },
      { id: '3', description: 'feest', main: 'overlast', sub: 'geluid' },
      { id: '4', description: 'dealer', main: 'overlast', sub: 'drugsoverlast' },
    ],
    (text) => answers[text],
  );

  it('scores the best guess for top-1', () => {
    expect([f.mainTop1.successes, f.subTop1.successes, f.mainTop1.trials]).toEqual([3, 1, 4]);
  });

  it('scores top-3 over three distinct main categories and over the first three subcategories', () => {
    // dealer: mains in order veiligheid, zorg, overlast: the third distinct main is right; its sub is fourth.
    expect(f.mainTop3.successes).toBe(4);
    expect(f.subTop3.successes).toBe(3);
  });

  it('gives recall per category and the confusions, most frequent first', () => {
    expect(f.mainRecall.get('overlast')).toMatchObject({ successes: 1, trials: 2 });
    expect(f.subRecall.get('openbare-ruimte/bestrating')).toMatchObject({ successes: 0, trials: 1 });
    expect(f.mainConfusions).toEqual([{ expected: 'overlast', suggested: 'veiligheid', count: 1 }]);
    expect(f.subConfusions.map((c) => `${c.expected}>${c.suggested}`)).toEqual([
      'openbare-ruimte/bestrating>openbare-ruimte/groen',
      'overlast/drugsoverlast>veiligheid/verdachte-situatie',
      'overlast/geluid>overlast/horeca',
    ]);
  });
});
