import { normaliseText } from './normalise-text';

describe('normaliseText (tokens, stop words and the light Dutch stemmer)', () => {
  it('removes stop words and keeps content words stemmed', () => {
    expect(normaliseText('De lantaarnpaal in de straat is al een week kapot')).toEqual([
      'lantaarnpal',
      'strat',
      'wek',
      'kapot',
    ]);
  });

  it('keeps words that carry meaning in reports, like negations', () => {
    expect(normaliseText('niet pluis, nooit bezoek, woont alleen')).toEqual([
      'niet',
      'pluis',
      'nooit',
      'bezoek',
      'woont',
      'allen',
    ]);
  });

  it.each([
    ['straat', 'straten'],
    ['boom', 'bomen'],
    ['lamp', 'lampen'],
    ['kapot', 'kapotte'],
    ['container', 'containers'],
    ['buur', 'buren'],
    ['gevaarlijk', 'gevaarlijke'],
    ['mogelijkheid', 'mogelijkheden'],
    ['raam', 'ramen'],
    ['week', 'weken'],
  ])('gives %s and %s the same stem', (singular, other) => {
    expect(normaliseText(other)).toEqual(normaliseText(singular));
  });

  it('strips one derivational suffix, never below three letters', () => {
    expect(normaliseText('verlichting veiligheid duidelijk bes woning')).toEqual([
      'verlicht',
      'veilig',
      'duide',
      'bes',
      'won',
    ]);
  });
});
