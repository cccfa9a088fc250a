import { Calibration } from '../calibration/calibration';
import { fitCalibration } from '../calibration/fit-calibration';
import { bucketOf } from '../evaluation/split';
import { LabelledExample } from '../examples/labelled-example';
import { FeatureExtractor } from '../features/feature-extractor';
import { outOfFoldSamples } from '../model/cross-validation';
import { FeatureVector, NaiveBayes } from '../model/naive-bayes';
import { ClassifierOptions } from './classifier-options';
import { LabelSet } from './label-set';

/** Seed of the cross-validation folds, unrelated to the held-out split's. */
const FOLD_SEED = 0x1b873593;

export interface TrainedClassifier {
  readonly labels: LabelSet;
  readonly model: NaiveBayes;
  readonly calibration: Calibration;
}

/** A copy of the features of `text` (the extractor's buffers are reused by the next call). */
export function vectorise(extractor: FeatureExtractor, text: string): FeatureVector {
  const count = extractor.extract(text);
  return { hashes: extractor.hashes.slice(0, count), weights: extractor.weights.slice(0, count), count };
}

/** Trains naive Bayes on all examples and fits its calibration on cross-validated (out-of-fold) scores. */
export function trainClassifier(
  examples: readonly LabelledExample[],
  options: ClassifierOptions,
): TrainedClassifier {
  if (examples.length === 0) throw new Error('cannot train a category suggester without examples');
  const labels = LabelSet.fromExamples(examples);
  const extractor = new FeatureExtractor(options.features);
  const vectors = examples.map((example) => vectorise(extractor, example.text));
  const labelIndices = examples.map((example) => labels.indexOf(example.category, example.subcategory));
  const model = NaiveBayes.train(vectors, labelIndices, labels.size, options.alpha);
  const folds = examples.map((example) => bucketOf(example.text, options.calibrationFolds, FOLD_SEED));
  const samples = outOfFoldSamples(
    vectors,
    labelIndices,
    labels.size,
    options.alpha,
    folds,
    options.calibrationFolds,
  );
  return { labels, model, calibration: fitCalibration(samples, labels.size) };
}
