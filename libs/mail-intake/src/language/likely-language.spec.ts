import { likelyLanguageOf } from './likely-language';

describe('likelyLanguageOf', () => {
  it('recognises Dutch and English reports', () => {
    expect(likelyLanguageOf('Er ligt al een week grofvuil naast de container bij de Dorpsstraat 12')).toBe('nl');
    expect(likelyLanguageOf('There has been a broken street light near the school for a week')).toBe('en');
  });

  it('answers Dutch when it cannot tell', () => {
    expect(likelyLanguageOf('')).toBe('nl');
    expect(likelyLanguageOf('Dorpsstraat 12')).toBe('nl');
  });
});
