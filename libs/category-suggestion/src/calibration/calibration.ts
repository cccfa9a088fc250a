import { exp, pow } from '../numeric';
/**
 * Turns naive-Bayes log-likelihoods into probabilities: softmax of `score / (temperature · weight^lengthExponent)`,
 * where `weight` is the summed weight of the text's known features. Naive Bayes is over-confident, more so the longer
 * the text (it multiplies many dependent features); the temperature and the length exponent undo that.
 */
export interface Calibration {
  readonly temperature: number;
  readonly lengthExponent: number;
}

/** Writes the probability of each label into `out[0, labelCount)`; they sum to 1. */
export function toProbabilities(
  scores: Float64Array,
  labelCount: number,
  weightSum: number,
  calibration: Calibration,
  out: Float64Array,
): void {
  const scale = 1 / (calibration.temperature * pow(Math.max(weightSum, 1), calibration.lengthExponent));
  let max = -Infinity;
  for (let label = 0; label < labelCount; label++) if (scores[label] > max) max = scores[label];
  let sum = 0;
  for (let label = 0; label < labelCount; label++) {
    const e = exp((scores[label] - max) * scale);
    out[label] = e;
    sum += e;
  }
  for (let label = 0; label < labelCount; label++) out[label] /= sum;
}
