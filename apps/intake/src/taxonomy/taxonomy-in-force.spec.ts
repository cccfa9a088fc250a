import type { DataSource } from 'typeorm';
import { SEED_TAXONOMY, Taxonomy } from '@loket/taxonomy';
import { TAXONOMY_FRESHNESS_MS, TaxonomyInForce } from './taxonomy-in-force';

/** A database that holds the given versions; counts how often the highest is asked. */
function database(versions: Map<number, Taxonomy>) {
  const asked = { count: 0 };
  const dataSource = {
    query: async () => {
      asked.count++;
      return [{ version: versions.size ? Math.max(...versions.keys()) : null }];
    },
    manager: { findOne: async (_: unknown, { where }: { where: { version: number } }) => ({ document: versions.get(where.version) }) },
  } as unknown as DataSource;
  return { dataSource, asked };
}

const named = (name: string): Taxonomy => ({ ...structuredClone(SEED_TAXONOMY), name } as unknown as Taxonomy);

describe('TaxonomyInForce', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('asks the database at most once a second, and takes a version another instance stored within that second', async () => {
    const versions = new Map<number, Taxonomy>();
    const { dataSource, asked } = database(versions);
    const sut = new TaxonomyInForce(dataSource);
    expect(await sut.current()).toBe(SEED_TAXONOMY);
    expect(await sut.current()).toBe(SEED_TAXONOMY);
    expect(asked.count).toBe(1);

    versions.set(2, named('two')); // stored by another instance
    expect(await sut.current()).toBe(SEED_TAXONOMY);
    jest.advanceTimersByTime(TAXONOMY_FRESHNESS_MS);
    expect(await sut.current()).toBe(versions.get(2));
    expect(asked.count).toBe(2);
  });

  it('asks at every request after this instance stored a version, until that version is in force', async () => {
    const versions = new Map<number, Taxonomy>();
    const { dataSource, asked } = database(versions);
    const sut = new TaxonomyInForce(dataSource);
    await sut.current();
    sut.stored(3); // in the consumer's transaction, not committed yet
    expect(await sut.current()).toBe(SEED_TAXONOMY);
    versions.set(3, named('three')); // committed
    expect(await sut.current()).toBe(versions.get(3));
    expect(asked.count).toBe(3);
    await sut.current();
    expect(asked.count).toBe(3);
  });
});
