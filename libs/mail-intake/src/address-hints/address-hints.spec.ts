import { addressHintsOf, MAX_ADDRESS_HINTS } from './address-hints';

describe('addressHintsOf', () => {
  it.each([
    ['Er ligt grofvuil bij de Dorpsstraat 12.', ['Dorpsstraat 12', 'Dorpsstraat']],
    ['Lantaarnpaal kapot voor Lindenlaan 40a, al een week', ['Lindenlaan 40a', 'Lindenlaan']],
    ['Lantaarnpaal kapot voor Lindenlaan 40 A', ['Lindenlaan 40a', 'Lindenlaan']],
    ['Bij de Van der Helststraat 7-9 staan fietsen', ['Van der Helststraat 7', 'Helststraat 7', 'Helststraat']],
    ['bij de lange nieuwstraat 3 is het donker', ['nieuwstraat 3']],
    ['Rommel bij Marktplein 3', ['Marktplein 3', 'Marktplein']],
    ['Glasbak vol bij Kerkbrink 5', ['Kerkbrink 5', 'Kerkbrink']],
    ['Broken bench at 12 Market Square? No: Hoekstraat 30', ['Hoekstraat 30', 'Hoekstraat']],
  ])('finds the street and number in "%s"', (text, hints) => {
    expect(addressHintsOf(text)).toEqual(hints);
  });

  it('puts a postcode with a house number first, in the form the geocoders read', () => {
    expect(addressHintsOf('Het gaat om de Dorpsstraat 12, 1901 AB 12 in Demostad')[0]).toBe('1901 AB 12');
    expect(addressHintsOf('Adres: 1901AB, 12')).toEqual(['1901 AB 12']);
    expect(addressHintsOf('postcode 1901ab nr. 7')).toEqual(['1901 AB 7']);
  });

  it('keeps a postcode without number, after the streets with numbers', () => {
    expect(addressHintsOf('In 1901 AB, bij Dorpsstraat 3')).toEqual(['Dorpsstraat 3', '1901 AB', 'Dorpsstraat']);
  });

  it('tries a street both with and without a capitalised word that starts the sentence', () => {
    expect(addressHintsOf('De Dorpsstraat 12 is donker')).toEqual(['De Dorpsstraat 12', 'Dorpsstraat 12', 'Dorpsstraat']);
  });

  it('reads both streets of a corner', () => {
    expect(addressHintsOf('Gat in de weg op de hoek Dorpsstraat/Marktplein.')).toEqual(['Dorpsstraat', 'Marktplein']);
    expect(addressHintsOf('Op de hoek van de Dorpsstraat en het Marktplein ligt glas')).toEqual(['Dorpsstraat', 'Marktplein']);
  });

  it.each([
    'Om 12 uur ging het alarm weer af',
    'Sinds 3 dagen ligt er afval',
    'Op 12 mei was het ook al zo',
    'Er staan 4 auto\'s fout geparkeerd',
    'Het is om 21:30 begonnen',
    'Al 2 weken kapot, nummer 14 weet ervan',
    'Ik woon op nummer 12',
    'Bus 12 rijdt er niet meer langs',
    'Ongeveer 20 zakken vuilnis',
    'It started at 9 pm on Monday 3',
    'Er ligt glas op het fietspad en de stoep',
  ])('finds no place in "%s"', (text) => {
    expect(addressHintsOf(text)).toEqual([]);
  });

  it('gives at most five hints, each once', () => {
    const text = 'Dorpsstraat 1, Dorpsstraat 1, Lindenlaan 2, Hoekstraat 3, Molensingel 4, Marktplein 5, Kastanjeplein 6';
    const hints = addressHintsOf(text);
    expect(hints).toHaveLength(MAX_ADDRESS_HINTS);
    expect(hints).toEqual(['Dorpsstraat 1', 'Lindenlaan 2', 'Hoekstraat 3', 'Molensingel 4', 'Marktplein 5']);
  });
});
