import { dutchTokens, foldText, stemDutch } from './normalise-text';

describe('foldText', () => {
  it('lower-cases and removes diacritics and ligatures', () => {
    expect(foldText('Café Één ĲSSELSTRAAT naïef')).toBe('cafe een ijsselstraat naief');
  });

  it('writes y as ij', () => {
    expect(foldText('Hennepkwekery')).toBe('hennepkwekerij');
  });
});

describe('dutchTokens', () => {
  it('keeps the meaningful words and drops stop words, punctuation and filler', () => {
    expect(dutchTokens('Er staat weer een berg grofvuil naast de container in de Kerkstraat!')).toEqual([
      'berg',
      'grofvuil',
      'container',
      'kerkstraat',
    ]);
  });

  it('returns nothing for an empty or stop-word-only text', () => {
    expect(dutchTokens('')).toEqual([]);
    expect(dutchTokens('Er is nog steeds niets aan gedaan, het is er weer')).toEqual(['gedaan']);
  });
});

describe('stemDutch', () => {
  it.each([
    ['matrassen', 'matras'],
    ['matrasje', 'matras'],
    ['zakken', 'zak'],
    ['vuilniszakjes', 'vuilniszak'],
    ['containers', 'container'],
    ['lantaarns', 'lantaarn'],
    ['huizen', 'huis'],
    ['duiven', 'duif'],
    ['balletje', 'bal'],
    ['stoeltje', 'stoel'],
    ['kastje', 'kast'],
    ['fietsen', 'fiets'],
    ['fiets', 'fiets'],
    ['2024', '2024'],
  ])('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });
});
