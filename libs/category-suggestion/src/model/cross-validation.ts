import { CalibrationSample } from '../calibration/fit-calibration';
import { FeatureVector, NaiveBayes } from './naive-bayes';

/**
 * Scores every text with a model trained on the other folds (`folds[i]` is text i's fold), so the scores look like
 * scores of texts the final model has never seen.
 */
export function outOfFoldSamples(
  vectors: readonly FeatureVector[],
  labels: readonly number[],
  labelCount: number,
  alpha: number,
  folds: readonly number[],
  foldCount: number,
): CalibrationSample[] {
  const samples: CalibrationSample[] = [];
  for (let fold = 0; fold < foldCount; fold++) {
    const trainIndices = indicesWhere(folds, (f) => f !== fold);
    const testIndices = indicesWhere(folds, (f) => f === fold);
    if (trainIndices.length === 0 || testIndices.length === 0) continue;
    const model = NaiveBayes.train(
      trainIndices.map((i) => vectors[i]),
      trainIndices.map((i) => labels[i]),
      labelCount,
      alpha,
    );
    for (const i of testIndices) {
      const scores = new Float64Array(labelCount);
      const weightSum = model.score(vectors[i], scores);
      samples.push({ scores, weightSum, label: labels[i] });
    }
  }
  return samples;
}

function indicesWhere(folds: readonly number[], keep: (fold: number) => boolean): number[] {
  const indices: number[] = [];
  folds.forEach((fold, i) => {
    if (keep(fold)) indices.push(i);
  });
  return indices;
}
