import type { DataSource } from 'typeorm';
import { CategorySuggester } from '@loket/category-suggestion';
import type { ReceivedCategoryModelRecord } from './received-category-model.entity';
import { SUGGESTER_FRESHNESS_MS, SuggesterInForce } from './suggester-in-force';

/** A database that holds the given activations. */
function database(activations: Map<number, Pick<ReceivedCategoryModelRecord, 'version' | 'examples'>>) {
  return {
    query: async () => [{ activation: activations.size ? Math.max(...activations.keys()) : null }],
    manager: { findOne: async (_: unknown, { where }: { where: { activation: number } }) => activations.get(where.activation) ?? null },
  } as unknown as DataSource;
}

describe('SuggesterInForce', () => {
  const builtIn = CategorySuggester.fromRepositoryExamples();
  // Enough examples of one subcategory that the version is told apart from the built-in model by its confidence.
  const examples = Array.from({ length: 40 }, () => ({ text: 'lantaarn kapot donker', category: 'veiligheid', subcategory: 'verkeersonveilig' }));
  const text = 'de lantaarn is kapot en het is donker';

  beforeEach(() => jest.useFakeTimers({ now: 1_000_000, doNotFake: ['nextTick', 'setImmediate'] }));
  afterEach(() => jest.useRealTimers());

  it('suggests by the built-in model until an activation arrives, then by the version it brings, and by the built-in one again after a roll-back to it', async () => {
    const activations = new Map<number, Pick<ReceivedCategoryModelRecord, 'version' | 'examples'>>();
    const sut = new SuggesterInForce(database(activations), builtIn);
    expect(await sut.current()).toBe(builtIn);

    activations.set(1, { version: 3, examples });
    sut.stored(1);
    const version3 = await sut.current();
    expect(version3).not.toBe(builtIn);
    expect(version3.suggest(text, 1)[0]).toMatchObject({ category: 'veiligheid', subcategory: 'verkeersonveilig' });
    expect(builtIn.suggest(text, 1)[0]).toMatchObject({ category: 'openbare-ruimte', subcategory: 'straatverlichting' });
    expect(await sut.current()).toBe(version3); // trained once, kept

    activations.set(2, { version: 0, examples: [] }); // rolled back, stored by another instance
    expect(await sut.current()).toBe(version3);
    jest.advanceTimersByTime(SUGGESTER_FRESHNESS_MS);
    expect(await sut.current()).toBe(builtIn);
  });
});
