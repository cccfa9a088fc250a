import { LabelledExample } from '../examples/labelled-example';
import { CategorySuggester } from './category-suggester';

const TINY: LabelledExample[] = [
  { text: 'lamp kapot in de straat', category: 'openbare-ruimte', subcategory: 'straatverlichting' },
  { text: 'lantaarnpaal doet het niet', category: 'openbare-ruimte', subcategory: 'straatverlichting' },
  { text: 'straatlamp brandt niet meer', category: 'openbare-ruimte', subcategory: 'straatverlichting' },
  { text: 'container zit vol', category: 'afval', subcategory: 'container-vol' },
  { text: 'de vuilcontainer is niet geleegd', category: 'afval', subcategory: 'container-vol' },
  { text: 'glasbak propvol', category: 'afval', subcategory: 'container-vol' },
  { text: 'harde muziek van de buren', category: 'overlast', subcategory: 'burenoverlast' },
  { text: 'buren maken elke nacht herrie', category: 'overlast', subcategory: 'burenoverlast' },
  { text: 'bovenburen stampen en schreeuwen', category: 'overlast', subcategory: 'burenoverlast' },
];

describe('CategorySuggester', () => {
  const repository = CategorySuggester.fromRepositoryExamples();

  it('ranks subcategories best first with confidences that sum to 1', () => {
    const suggestions = repository.suggest('de lantaarnpaal voor mijn deur is kapot');
    expect(suggestions).toHaveLength(repository.labels.length);
    expect(suggestions[0]).toMatchObject({ category: 'openbare-ruimte', subcategory: 'straatverlichting' });
    const sum = suggestions.reduce((total, s) => total + s.confidence, 0);
    expect(sum).toBeCloseTo(1, 9);
    for (let i = 1; i < suggestions.length; i++)
      expect(suggestions[i].confidence).toBeLessThanOrEqual(suggestions[i - 1].confidence);
  });

  it('returns the first k of the full ranking, with the same confidences', () => {
    const all = repository.suggest('er wordt gedeald bij het winkelcentrum');
    expect(repository.suggest('er wordt gedeald bij het winkelcentrum', 3)).toEqual(all.slice(0, 3));
    expect(repository.suggest('x', 0)).toEqual([]);
    expect(repository.suggest('x', -2)).toEqual([]);
    expect(repository.suggest('x', 1000)).toHaveLength(repository.labels.length);
  });

  it('gives equal confidences to a text without any known word', () => {
    const suggestions = repository.suggest('qqqxz 12345 !!!');
    const expected = 1 / repository.labels.length;
    for (const s of suggestions) expect(s.confidence).toBeCloseTo(expected, 12);
  });

  it('gives the same answer for the same text, also after other texts', () => {
    const first = repository.suggest('ingebroken in de schuur', 5);
    repository.suggest('een hele lange tekst over heel veel verschillende dingen '.repeat(50));
    expect(repository.suggest('ingebroken in de schuur', 5)).toEqual(first);
  });

  it('is more confident about a clear report than about a vague one', () => {
    const clear = repository.suggest('er is ingebroken in onze schuur en de fiets is gestolen', 1)[0];
    const vague = repository.suggest('het is hier niet fijn', 1)[0];
    expect(clear.confidence).toBeGreaterThan(vague.confidence);
  });

  it('knows every subcategory of its examples', () => {
    expect(repository.labels).toHaveLength(30);
    expect(repository.labels).toContainEqual({ category: 'zorg', subcategory: 'niet-pluis' });
  });

  it('trains on any labelled examples', () => {
    const tiny = CategorySuggester.train(TINY, { calibrationFolds: 3 });
    expect(tiny.labels).toHaveLength(3);
    expect(tiny.suggest('lamp is kapot', 1)[0].subcategory).toBe('straatverlichting');
    expect(tiny.suggest('de container is vol', 1)[0].subcategory).toBe('container-vol');
  });

  it('refuses no examples, and a subcategory under two main categories', () => {
    expect(() => CategorySuggester.train([])).toThrow(/without examples/);
    const clash: LabelledExample[] = [
      { text: 'a b', category: 'afval', subcategory: 'overig' },
      { text: 'c d', category: 'overig', subcategory: 'overig' },
    ];
    expect(() => CategorySuggester.train(clash)).toThrow(/appears under both/);
  });
});
