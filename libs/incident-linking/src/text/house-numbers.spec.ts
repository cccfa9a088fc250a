import { atDifferentHouseNumbers, houseNumbers } from './house-numbers';

describe('houseNumbers', () => {
  it.each([
    ['Lantaarnpaal voor Oudegracht 140 doet het niet', [140]],
    ['Vijverhofstraat 120: losliggende tegels voor de deur', [120]],
    ['Straatlamp kapot voor nr 2 Prinses Irenelaan', [2]],
    ['bij nr. 75 zijn de klinkers eruit', [75]],
    ['Bij nummer 57 ligt een omgevallen kliko', [57]],
    ['huisnummer 12a heeft een lekkage', [12]],
    ['Licht uit op de oudegracht t.h.v. nr 138-142', [138, 139, 140, 141, 142]],
    ['achter de flat, nummers 40 t/m 44', [40, 41, 42, 43, 44]],
    ['keukenkastjes op het gras achter nummer 40-80', Array.from({ length: 41 }, (_, i) => 40 + i)],
  ])('reads %j', (text, expected) => {
    expect(houseNumbers(text)).toEqual(expected);
  });

  it('leaves bare numbers alone: durations, counts and distances are not addresses', () => {
    expect(houseNumbers('al 3 dagen, 2 uur lang, 10 meter verderop, 5 zakken')).toEqual([]);
  });

  it('reads a range too wide for one block as its two ends', () => {
    expect(houseNumbers('Kerkstraat 2-400')).toEqual([2, 400]);
  });
});

describe('atDifferentHouseNumbers', () => {
  it('is true only when both name numbers and none is the same', () => {
    expect(atDifferentHouseNumbers([2], [60])).toBe(true);
    expect(atDifferentHouseNumbers([138, 139, 140], [140])).toBe(false);
    expect(atDifferentHouseNumbers([], [60])).toBe(false);
    expect(atDifferentHouseNumbers([2], [])).toBe(false);
  });
});
