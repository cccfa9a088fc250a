import { FeatureVector, NaiveBayes } from './naive-bayes';

function vector(hashes: number[], weight = 1): FeatureVector {
  return {
    hashes: Int32Array.from(hashes),
    weights: new Float32Array(hashes.length).fill(weight),
    count: hashes.length,
  };
}

describe('NaiveBayes', () => {
  const model = NaiveBayes.train(
    [vector([1, 2]), vector([1, 3]), vector([4, 5]), vector([4, 6])],
    [0, 0, 1, 1],
    2,
    0.1,
  );

  it('scores a text higher under the label whose examples share its features', () => {
    const out = new Float64Array(2);
    model.score(vector([1]), out);
    expect(out[0]).toBeGreaterThan(out[1]);
    model.score(vector([4, 6]), out);
    expect(out[1]).toBeGreaterThan(out[0]);
  });

  it('counts a repeated feature once and skips unknown ones', () => {
    const once = new Float64Array(2);
    const twice = new Float64Array(2);
    expect(model.score(vector([1, 99]), once)).toBe(1);
    expect(model.score(vector([1, 1, 98]), twice)).toBe(1);
    expect(Array.from(twice)).toEqual(Array.from(once));
  });

  it('gives equal scores and zero weight to a text without known features', () => {
    const out = new Float64Array(2);
    expect(model.score(vector([77, 78]), out)).toBe(0);
    expect(out[0]).toBe(out[1]);
  });

  it('knows how many distinct features it saw', () => {
    expect(model.featureCount).toBe(6);
  });
});
