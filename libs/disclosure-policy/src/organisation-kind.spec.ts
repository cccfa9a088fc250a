import { organisationKindFor } from './organisation-kind';

describe('organisationKindFor', () => {
  it('names the community police officer in Dutch and English', () => {
    expect([organisationKindFor('police', 'nl'), organisationKindFor('police', 'en')]).toEqual([
      'de wijkagent',
      'the community police officer',
    ]);
  });

  it('knows no kind for an unknown organisation, nor for prototype names', () => {
    expect([organisationKindFor('brandweer', 'nl'), organisationKindFor('toString', 'nl')]).toEqual([
      undefined,
      undefined,
    ]);
  });
});
