import { textProfile } from './text-profile';
import { textSimilarity } from './text-similarity';

const similarity = (a: string, b: string) => textSimilarity(textProfile(a), textProfile(b)).similarity;

describe('textSimilarity', () => {
  it('is 1 for the same words in another order, case and punctuation', () => {
    expect(similarity('Grofvuil naast de container!', 'container... GROFVUIL')).toBeCloseTo(1, 10);
  });

  it('is 0 when either text has no meaningful words', () => {
    expect(similarity('', 'grofvuil')).toBe(0);
    expect(similarity('er is het', 'grofvuil')).toBe(0);
  });

  it('is symmetric', () => {
    const a = 'Lantaarnpaal kapot bij de speeltuin';
    const b = 'straatverlichting doet het niet, speeltuintje donker';
    expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 12);
  });

  it('names the shared words', () => {
    const { sharedWords } = textSimilarity(
      textProfile('Matrassen en een bank bij de container'),
      textProfile('matras naast container'),
    );
    expect(sharedWords).toEqual(['container', 'matras']);
  });

  it('lets synonyms meet and names the meaning they share, not the meanings its shared words already carry', () => {
    const a = 'Lantaarnpaal voor nummer 8 kapot';
    const b = 'straatlamp doet het niet meer';
    const result = textSimilarity(textProfile(a), textProfile(b));
    expect(result.sharedWords).toEqual([]);
    expect(result.sharedMeanings).toEqual(['verlichting']);
    expect(result.similarity).toBeGreaterThan(similarity('Lantaarnpaal voor nummer 8 kapot', 'harde muziek uit het café') + 0.1);
    const same = textSimilarity(textProfile('Matrassen en een bank bij de container'), textProfile('matras naast container'));
    expect(same.sharedMeanings).toEqual([]);
  });

  it('leaves street names and house numbers to the pins', () => {
    const result = textSimilarity(
      textProfile('De boom bij Amsterdamsestraatweg 300 hangt scheef'),
      textProfile('Lantaarnpaal bij Amsterdamsestraatweg 300 brandt overdag'),
    );
    expect(result.sharedWords).toEqual([]);
    expect(result.similarity).toBeLessThan(0.1);
  });

  it('lets what is wrong count for more than where it is, once both texts say what is wrong', () => {
    // one broken street light in other words, against a fallen tree reported with the same landmark
    const sameProblem = similarity('Lantaarnpaal kapot bij de bushalte', 'straatlamp doet het niet, erg donker');
    const samePlace = similarity('Lantaarnpaal kapot bij de bushalte', 'Boom omgewaaid bij de bushalte, kapot');
    expect(sameProblem).toBeGreaterThan(samePlace + 0.2);
  });

  describe('Dutch spelling variants stay similar; unrelated texts do not', () => {
    const unrelated = similarity(
      'Grofvuil naast de container',
      'Harde muziek uit het café tot diep in de nacht',
    );

    it.each([
      ['kontainer vs container', 'grofvuil bij de kontainer', 'grofvuil bij de container'],
      ['split compound', 'grof vuil naast de container', 'grofvuil naast de container'],
      ['plural and diminutive', 'matrassen en vuilniszakken', 'matrasje en een vuilniszakje'],
      ['diacritics', 'geluidsoverlast café', 'geluidsoverlast cafe'],
      ['ij vs y', 'hennepkwekerij in de schuur', 'hennepkwekery in de schuur'],
      ['typo', 'straatlantaarn brandt niet', 'straatlantarn brand niet'],
      [
        'split street-light compound',
        'straatlantaarn kapot bij speeltuintje',
        'straat lantaarn kapot bij de speeltuin',
      ],
    ])('%s', (_name, a, b) => {
      const value = similarity(a, b);
      expect(value).toBeGreaterThan(0.45);
      expect(value).toBeGreaterThan(unrelated + 0.35);
    });

    it('keeps unrelated texts near 0', () => {
      expect(unrelated).toBeLessThan(0.1);
    });
  });
});
