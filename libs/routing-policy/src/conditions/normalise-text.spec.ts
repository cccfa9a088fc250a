import { foldForSearch, foldKeyword } from './normalise-text';

describe('foldForSearch', () => {
  it('lower-cases, removes diacritics and collapses punctuation into single spaces', () => {
    expect(foldForSearch('Café-overlast!!  Één   ÉCHT')).toBe(' cafe overlast een echt ');
  });

  it('folds empty or punctuation-only text to a single space', () => {
    expect(foldForSearch(' ?! ')).toBe(' ');
  });
});

describe('foldKeyword', () => {
  it('folds a phrase to words with one leading space and no trailing space', () => {
    expect(foldKeyword('  Hennep-Kwekerij ')).toBe(' hennep kwekerij');
  });

  it('folds a keyword without letters or digits to the empty string', () => {
    expect(foldKeyword(' - ')).toBe('');
  });

  it('matches a word prefix but not the middle of a word', () => {
    const text = foldForSearch('Er staan snelfietsen geparkeerd');
    expect(text.includes(foldKeyword('snelfiets'))).toBe(true);
    expect(text.includes(foldKeyword('fiets'))).toBe(false);
  });
});
