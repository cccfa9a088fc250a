import { isMeaningTag, meaningsOf } from './dutch-concepts';
import { dutchTokens } from './normalise-text';

const meanings = (word: string) => dutchTokens(word).flatMap(meaningsOf);

describe('meaningsOf', () => {
  it('gives synonyms, English and misspelt forms one meaning', () => {
    for (const word of ['lantaarnpaal', 'straatlamp', 'lantaren', 'lichtmast', 'light']) {
      expect(meanings(word)).toContain('≈verlichting');
    }
    expect(meanings('sofa')).toEqual(meanings('bankstel'));
  });

  it('finds the meaning of a compound by its head or first part', () => {
    expect(meanings('papiercontainer')).toContain('≈container');
    expect(meanings('lantaarnpalen')).toContain('≈verlichting');
  });

  it('leaves words without a listed meaning alone, and does not look for short parts inside words', () => {
    expect(meanings('gisteren')).toEqual([]);
    expect(meanings('bakker')).toEqual([]);
  });

  it('marks its tags so they can be told from words', () => {
    expect(isMeaningTag('≈verlichting')).toBe(true);
    expect(isMeaningTag('verlichting')).toBe(false);
  });
});
