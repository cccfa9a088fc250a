import { Calibration, toProbabilities } from './calibration';
import { exp, log } from '../numeric';

/** Scores of one text the model did not see in training, with its true label. */
export interface CalibrationSample {
  readonly scores: Float64Array;
  readonly weightSum: number;
  readonly label: number;
}

const LENGTH_EXPONENTS = [0, 0.25, 0.5, 0.75, 1];
const LOG_T_MIN = log(1e-2);
const LOG_T_MAX = log(1e3);
const GOLDEN = (Math.sqrt(5) - 1) / 2;
const ITERATIONS = 30;
const EPSILON = 1e-12;

/** Mean negative log-likelihood of the true labels under `calibration`. */
export function meanNegativeLogLikelihood(
  samples: readonly CalibrationSample[],
  labelCount: number,
  calibration: Calibration,
): number {
  const probabilities = new Float64Array(labelCount);
  let total = 0;
  for (const sample of samples) {
    toProbabilities(sample.scores, labelCount, sample.weightSum, calibration, probabilities);
    total -= log(probabilities[sample.label] + EPSILON);
  }
  return total / Math.max(samples.length, 1);
}

/**
 * The calibration that minimises the negative log-likelihood of held-out scores: for each length exponent in a small
 * grid, a golden-section search over log(temperature) (the NLL is unimodal in the temperature).
 */
export function fitCalibration(samples: readonly CalibrationSample[], labelCount: number): Calibration {
  let best: Calibration = { temperature: 1, lengthExponent: 0 };
  let bestLoss = Infinity;
  for (const lengthExponent of LENGTH_EXPONENTS) {
    const loss = (logT: number): number =>
      meanNegativeLogLikelihood(samples, labelCount, { temperature: exp(logT), lengthExponent });
    const logT = goldenSectionMinimum(loss, LOG_T_MIN, LOG_T_MAX);
    const value = loss(logT);
    if (value < bestLoss) {
      bestLoss = value;
      best = { temperature: exp(logT), lengthExponent };
    }
  }
  return best;
}

function goldenSectionMinimum(f: (x: number) => number, low: number, high: number): number {
  let a = low;
  let b = high;
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < ITERATIONS; i++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = f(d);
    }
  }
  return (a + b) / 2;
}
