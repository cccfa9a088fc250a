import { loadRepositoryExamples, parseExamples } from './read-examples';

/** The seed taxonomy's subcategories (/design/taxonomy.json), main category → subcategories. */
const TAXONOMY: Readonly<Record<string, readonly string[]>> = {
  afval: ['grofvuil', 'zwerfafval', 'container-vol', 'illegale-dumping'],
  'openbare-ruimte': ['straatverlichting', 'bestrating', 'groen', 'speelplek', 'riolering'],
  overlast: ['geluid', 'jongeren', 'drugsoverlast', 'burenoverlast', 'horeca'],
  veiligheid: ['verdachte-situatie', 'inbraak', 'vandalisme', 'verkeersonveilig'],
  zorg: ['verward-gedrag', 'eenzaamheid', 'verwaarlozing', 'niet-pluis'],
  wonen: ['onderhoud', 'portiek', 'leegstand', 'woonfraude'],
  ondermijning: ['drugslab', 'verdacht-bedrijf', 'uitbuiting'],
  overig: ['overig'],
};

describe('parseExamples', () => {
  it('reads one example per line and skips blank lines', () => {
    const jsonl = '{"text":"lamp kapot","category":"openbare-ruimte","subcategory":"straatverlichting"}\n\n';
    expect(parseExamples(jsonl)).toEqual([
      { text: 'lamp kapot', category: 'openbare-ruimte', subcategory: 'straatverlichting' },
    ]);
  });

  it('names the line of a malformed example', () => {
    expect(() => parseExamples('{"text":"a","category":"b","subcategory":"c"}\n{oops', 'x.jsonl')).toThrow(
      /x\.jsonl:2: not JSON/,
    );
    expect(() => parseExamples('{"text":"","category":"b","subcategory":"c"}')).toThrow(
      /"text" must be a non-empty string/,
    );
    expect(() => parseExamples('["a"]')).toThrow(/expected an object/);
  });
});

describe('the repository examples', () => {
  const examples = loadRepositoryExamples();

  it('only use categories and subcategories of the taxonomy', () => {
    for (const { category, subcategory } of examples) expect(TAXONOMY[category]).toContain(subcategory);
  });

  it.each(Object.entries(TAXONOMY).flatMap(([category, subs]) => subs.map((sub) => [category, sub])))(
    'have at least 25 examples for %s/%s',
    (category, subcategory) => {
      const count = examples.filter((e) => e.category === category && e.subcategory === subcategory).length;
      expect(count).toBeGreaterThanOrEqual(25);
    },
  );

  it('hold no duplicates', () => {
    const texts = examples.map((e) => e.text.trim().toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
  });
});
