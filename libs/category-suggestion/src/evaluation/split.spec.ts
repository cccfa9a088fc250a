import { loadRepositoryExamples } from '../examples/read-examples';
import { bucketOf, splitExamples } from './split';

describe('splitExamples', () => {
  const examples = loadRepositoryExamples();

  it('is deterministic and keeps every example exactly once', () => {
    const first = splitExamples(examples);
    const second = splitExamples([...examples].reverse());
    expect(new Set(second.heldOut.map((e) => e.text))).toEqual(new Set(first.heldOut.map((e) => e.text)));
    expect(first.training.length + first.heldOut.length).toBe(examples.length);
    const heldOut = new Set(first.heldOut.map((e) => e.text));
    expect(first.training.some((e) => heldOut.has(e.text))).toBe(false);
  });

  it('holds out about a fifth of the examples, and some of every subcategory', () => {
    const { heldOut } = splitExamples(examples);
    expect(heldOut.length / examples.length).toBeGreaterThan(0.15);
    expect(heldOut.length / examples.length).toBeLessThan(0.25);
    const labels = (list: typeof examples): Set<string> =>
      new Set(list.map((e) => `${e.category}/${e.subcategory}`));
    expect(labels(heldOut)).toEqual(labels(examples));
  });

  it('puts a text in the same bucket whatever else is in the set', () => {
    expect(bucketOf('lamp kapot', 100)).toBe(bucketOf('lamp kapot', 100));
    expect(bucketOf('lamp kapot', 5)).toBeLessThan(5);
  });
});
