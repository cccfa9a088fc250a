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

  it('knows the problems of every main category, in residents\' words', () => {
    expect(meanings('ratten')).toEqual(meanings('ongedierte'));
    expect(meanings('knallers')).toEqual(meanings('vuurwerk'));
    expect(meanings('lekkage')).toEqual(meanings('lekt'));
    expect(meanings('gaslucht')).toEqual(meanings('gas'));
    expect(meanings('uitgebuit')).toEqual(meanings('mensenhandel'));
    expect(meanings('vereenzaamd')).toEqual(meanings('eenzaam'));
    expect(meanings('messen')).toEqual(meanings('pistool'));
  });

  it('gives a wreck no meaning of its own: a bike wreck and a car wreck are not one thing', () => {
    expect(meanings('wrakken')).toEqual([]);
    expect(meanings('fietswrakken')).toEqual(['≈fiets']);
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
