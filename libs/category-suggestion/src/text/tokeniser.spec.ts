import { Tokeniser } from './tokeniser';

function words(text: string): string[] {
  const tokeniser = new Tokeniser();
  const count = tokeniser.tokenise(text);
  return Array.from({ length: count }, (_, i) => tokeniser.word(i));
}

describe('Tokeniser', () => {
  it('lower-cases, removes diacritics and splits on anything that is not a letter or digit', () => {
    expect(words('Café-overlast!! Één   ÉCHT, naïef; coördinatie')).toEqual([
      'cafe',
      'overlast',
      'een',
      'echt',
      'naief',
      'coordinatie',
    ]);
  });

  it('folds letters that do not decompose', () => {
    expect(words('Straße Ærø œuvre ĳs')).toEqual(['strasse', 'aero', 'oeuvre', 'ijs']);
  });

  it('accepts text that is already decomposed', () => {
    expect(words('cafe\u0301 e\u0301e\u0301n')).toEqual(['cafe', 'een']);
  });

  it("drops one-letter words and plain numbers but keeps mixed ones ('8u', 'a2')", () => {
    expect(words("auto's om 23.00 bij nr 12, 8u a2 x")).toEqual(['auto', 'om', 'bij', 'nr', '8u', 'a2']);
  });

  it('keeps letters of other scripts as word characters', () => {
    expect(words('мусор на улице')).toEqual(['мусор', 'на', 'улице']);
  });

  it('gives no words for empty or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words(' ?! … 🙂 ')).toEqual([]);
  });

  it('reuses its buffers, also after a much longer text', () => {
    const tokeniser = new Tokeniser();
    tokeniser.tokenise('lang '.repeat(2000));
    expect(tokeniser.tokenise('lamp kapot')).toBe(2);
    expect([tokeniser.word(0), tokeniser.word(1)]).toEqual(['lamp', 'kapot']);
  });
});
