import { SEED_TAXONOMY } from '@loket/taxonomy';
import { categoryViews, organisationViews } from './catalogue-views';

describe('catalogue views', () => {
  const source = {
    categories: [
      {
        code: 'overlast',
        name: { nl: 'Overlast', en: 'Nuisance' },
        sensitivity: 2,
        organisation: 'municipality',
        sub: [
          { code: 'geluid', nl: 'Geluid', en: 'Noise' },
          { code: 'drugs', nl: 'Drugs', en: 'Drugs', sensitivity: 3, organisation: 'police' },
        ],
      },
    ],
    organisations: [{ code: 'police', name: 'Politie', teams: ['wijkagenten'] }],
  };

  it('gives each subcategory its own sensitivity and organisation, or its main category’s', () => {
    expect(categoryViews(source)[0].subcategories).toEqual([
      { code: 'geluid', name: { nl: 'Geluid', en: 'Noise' }, sensitivity: 2, organisation: 'municipality', questions: [] },
      { code: 'drugs', name: { nl: 'Drugs', en: 'Drugs' }, sensitivity: 3, organisation: 'police', questions: [] },
    ]);
  });

  it('lists organisations with their teams, and the seeded taxonomy has some', () => {
    expect(organisationViews(source)).toEqual([{ code: 'police', name: 'Politie', teams: ['wijkagenten'] }]);
    expect(organisationViews(SEED_TAXONOMY).length).toBeGreaterThan(0);
    expect(categoryViews(SEED_TAXONOMY).every((c) => c.sensitivity >= 1 && c.sensitivity <= 4)).toBe(true);
  });

  it('carries each category’s extra questions, e.g. "is someone in danger right now?" for safety', () => {
    const safety = categoryViews(SEED_TAXONOMY).find((c) => c.code === 'veiligheid')!;
    expect(safety.questions).toEqual([expect.objectContaining({ id: 'someone-in-danger', kind: 'yes-no', required: true, urgentIf: expect.objectContaining({ equals: true }) })]);
    const lights = categoryViews(SEED_TAXONOMY).find((c) => c.code === 'openbare-ruimte')!.subcategories.find((s) => s.code === 'straatverlichting')!;
    expect(lights.questions).toEqual([expect.objectContaining({ id: 'lamp-number', kind: 'text', required: false })]);
  });
});
