import { toProbabilities } from './calibration';
import { CalibrationSample, fitCalibration, meanNegativeLogLikelihood } from './fit-calibration';

describe('toProbabilities', () => {
  it('gives probabilities that sum to 1, ordered like the scores', () => {
    const out = new Float64Array(3);
    toProbabilities(Float64Array.from([-10, -12, -30]), 3, 4, { temperature: 2, lengthExponent: 0.5 }, out);
    expect(out[0] + out[1] + out[2]).toBeCloseTo(1, 12);
    expect(out[0]).toBeGreaterThan(out[1]);
    expect(out[1]).toBeGreaterThan(out[2]);
  });

  it('flattens with a higher temperature and is uniform for equal scores', () => {
    const sharp = new Float64Array(2);
    const flat = new Float64Array(2);
    toProbabilities(Float64Array.from([0, -2]), 2, 1, { temperature: 1, lengthExponent: 0 }, sharp);
    toProbabilities(Float64Array.from([0, -2]), 2, 1, { temperature: 10, lengthExponent: 0 }, flat);
    expect(flat[0]).toBeLessThan(sharp[0]);
    toProbabilities(Float64Array.from([-5, -5]), 2, 0, { temperature: 1, lengthExponent: 1 }, flat);
    expect(Array.from(flat)).toEqual([0.5, 0.5]);
  });

  it('survives very large score differences', () => {
    const out = new Float64Array(2);
    toProbabilities(Float64Array.from([-1e6, 0]), 2, 1, { temperature: 0.01, lengthExponent: 0 }, out);
    expect(Array.from(out)).toEqual([0, 1]);
  });
});

describe('fitCalibration', () => {
  it('recovers the temperature of over-confident scores', () => {
    // True probabilities are softmax(s / 4): sample labels with exactly those frequencies.
    const samples: CalibrationSample[] = [];
    for (const margin of [0, 2, 4, 8, 12]) {
      const scores = Float64Array.from([margin, 0]);
      const p = 1 / (1 + Math.exp(-margin / 4));
      const firstLabel = Math.round(p * 1000);
      for (let i = 0; i < 1000; i++) samples.push({ scores, weightSum: 1, label: i < firstLabel ? 0 : 1 });
    }
    const calibration = fitCalibration(samples, 2);
    expect(calibration.temperature).toBeGreaterThan(3.5);
    expect(calibration.temperature).toBeLessThan(4.5);
    expect(meanNegativeLogLikelihood(samples, 2, calibration)).toBeLessThan(
      meanNegativeLogLikelihood(samples, 2, { temperature: 1, lengthExponent: 0 }),
    );
  });
});
