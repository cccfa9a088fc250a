import { SEED_TAXONOMY } from '../seed-taxonomy';
import type { Taxonomy } from '../taxonomy.types';
import { validateTaxonomy } from './validate-taxonomy';

const edited = (change: (t: Taxonomy) => void): Taxonomy => {
  const copy = structuredClone(SEED_TAXONOMY);
  change(copy);
  return copy;
};

describe('validateTaxonomy', () => {
  it('finds nothing wrong with the taxonomy Loket ships', () => {
    expect(validateTaxonomy(SEED_TAXONOMY)).toEqual([]);
  });

  it('accepts a new extra question on a subcategory', () => {
    const withQuestion = edited((t) => {
      t.categories[0]!.sub[1]!.questions = [{ id: 'hoeveel-zakken', kind: 'number', label: { nl: 'Hoeveel zakken?', en: 'How many bags?' }, required: false, min: 1, max: 50, integer: true }];
    });
    expect(validateTaxonomy(withQuestion)).toEqual([]);
  });

  it('names each problem with where it is', () => {
    const broken = edited((t) => {
      const first = t.categories[0]!;
      first.name.en = ' ';
      first.sensitivity = 7;
      first.organisation = 'ministry';
      first.sub[1]!.code = first.sub[0]!.code;
      first.sub[0]!.questions = [
        { id: 'size', kind: 'choice', label: { nl: 'Maat', en: 'Size' }, required: true, options: [{ value: 'a', label: { nl: 'A', en: 'A' } }] },
        { id: 'size', kind: 'number', label: { nl: 'Aantal', en: '' }, required: false, min: 5, max: 1 },
      ];
    });
    expect(validateTaxonomy(broken)).toEqual([
      { path: 'categories[0].name.en', message: 'has no English name' },
      { path: 'categories[0].sensitivity', message: 'sensitivity 7 is not one of 1 (public space), 2 (nuisance), 3 (safety), 4 (about a person)' },
      { path: 'categories[0].organisation', message: "organisation ministry is not one of the taxonomy's organisations" },
      { path: 'categories[0].sub[0].questions[0].options', message: 'a choice needs at least two options' },
      { path: 'categories[0].sub[0].questions[1].id', message: 'question size is asked twice of one report' },
      { path: 'categories[0].sub[0].questions[1].label.en', message: 'has no English name' },
      { path: 'categories[0].sub[0].questions[1].min', message: 'min 5 is above max 1' },
      { path: 'categories[0].sub[1].code', message: `code ${broken.categories[0]!.sub[0]!.code} is used already at categories[0].sub[0]` },
    ]);
  });

  it('refuses a question id a subcategory repeats from its main category', () => {
    const repeated = edited((t) => {
      const main = t.categories.find((c) => (c.questions ?? []).length > 0) ?? t.categories[0]!;
      const question = main.questions?.[0] ?? { id: 'waar', kind: 'text' as const, label: { nl: 'Waar?', en: 'Where?' }, required: false };
      main.questions = [question];
      main.sub[0]!.questions = [{ ...question }];
    });
    expect(validateTaxonomy(repeated).map((i) => i.message)).toEqual([expect.stringMatching(/is asked twice of one report$/)]);
  });

  it('lets a subcategory share only its own main category’s code', () => {
    const clash = edited((t) => {
      t.categories[0]!.sub[0]!.code = t.categories[1]!.code;
    });
    expect(validateTaxonomy(clash)).toEqual([{ path: 'categories[0].sub[0].code', message: `code ${clash.categories[1]!.code} is used already at categories[1]` }]);
  });
});
