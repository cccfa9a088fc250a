import { FeatureExtractor } from './feature-extractor';
import { DEFAULT_FEATURE_OPTIONS } from './feature-options';

function features(text: string): Set<number> {
  const extractor = new FeatureExtractor(DEFAULT_FEATURE_OPTIONS);
  const count = extractor.extract(text);
  return new Set(extractor.hashes.subarray(0, count));
}

function overlap(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(a.size, b.size);
}

describe('FeatureExtractor', () => {
  it('is deterministic', () => {
    expect(features('lantaarnpaal kapot bij de school')).toEqual(
      features('lantaarnpaal kapot bij de school'),
    );
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(features('Lantaarnpaal KAPOT!!')).toEqual(features('lantaarnpaal kapot'));
  });

  it('lets misspellings share most character n-grams', () => {
    expect(overlap(features('lantaarnpaal'), features('lantarenpaal'))).toBeGreaterThan(0.4);
    expect(overlap(features('lantaarnpaal'), features('vuilniszak'))).toBe(0);
  });

  it('counts word pairs: the order of words matters a little', () => {
    const a = features('niet pluis');
    const b = features('pluis niet');
    expect(overlap(a, b)).toBeLessThan(1);
    expect(overlap(a, b)).toBeGreaterThan(0.8);
  });

  it('gives stop words no features of their own', () => {
    expect(features('de het een en van')).toEqual(new Set());
  });

  it('weighs each kind of feature as configured', () => {
    const extractor = new FeatureExtractor({
      ...DEFAULT_FEATURE_OPTIONS,
      wordWeight: 3,
      bigramWeight: 2,
      charGramWeight: 0.5,
    });
    const count = extractor.extract('lamp kapot');
    expect(new Set(extractor.weights.subarray(0, count))).toEqual(new Set([3, 2, 0.5]));
  });

  it('grows its buffers for long texts', () => {
    const extractor = new FeatureExtractor(DEFAULT_FEATURE_OPTIONS);
    expect(extractor.extract('verschrikkelijkelangewoorden '.repeat(500))).toBeGreaterThan(10_000);
  });
});
