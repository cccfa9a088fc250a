import { speaksOfAnother } from './another-one';

describe('speaksOfAnother', () => {
  it.each([
    'Bij nummer 57 ligt ook een omgevallen kliko, andere container',
    'Aan het andere eind van de straat is ook een lamp stuk',
    'Dit is weer een ander bankstel dan vorige week',
    'another bike dumped at the station',
    'the other street light is out too',
  ])('hears "another one" in %j', (text) => {
    expect(speaksOfAnother(text)).toBe(true);
  });

  it.each([
    'die van vorige week was iemand anders',
    'de container is alweer vol',
    'Lantaarnpaal kapot bij de Andersenlaan',
    'De andere buren hebben het ook gehoord, elke nacht die muziek',
    'er wonen steeds andere mensen, wel tien matrassen',
    'telkens andere busjes voor de deur van die loods',
    'other neighbours heard the shouting too',
  ])('not in %j', (text) => {
    expect(speaksOfAnother(text)).toBe(false);
  });
});
