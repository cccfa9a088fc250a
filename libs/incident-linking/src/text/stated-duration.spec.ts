import { statedDurationHours } from './stated-duration';

describe('statedDurationHours', () => {
  it.each([
    ['Er staat een aggregaat te brommen op het pleintje, al 3 nachten', 72],
    ['Bouwafval ligt al 2 weken op straat', 336],
    ['Al drie dagen staat hier een wasmachine', 72],
    ['hond blaft al 6 uur', 6],
    ['De lift is al een week kapot', 168],
    ['Wit busje staat al weken hier', 336],
    ['het stinkt al dagen naar riool', 48],
    ['scooter staat al een maand met het slot erop', 720],
    ['this bike has been here for two weeks', 336],
    ['already for days', 48],
    ['kapot sinds gisteren', 48],
    ['al 40 maanden, echt waar', 2_160],
    ['die auto staat hier al jaren', 2_160],
  ])('%j → %d hours', (text, hours) => {
    expect(statedDurationHours(text)).toBe(hours);
  });

  it('is 0 when the text does not say how long', () => {
    expect(statedDurationHours('Grofvuil naast de container, een bank en een matras')).toBe(0);
    expect(statedDurationHours('Vanavond om 3 uur harde muziek')).toBe(0);
    expect(statedDurationHours('al gemeld, maar niets gebeurd')).toBe(0);
  });
});
