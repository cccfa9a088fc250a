export { CategorySuggester } from './suggester/category-suggester';
export type { CategorySuggestion } from './suggester/category-suggestion';
export type { CategoryLabel } from './suggester/label-set';
export { DEFAULT_CLASSIFIER_OPTIONS } from './suggester/classifier-options';
export type { ClassifierOptions, ClassifierOptionsOverride } from './suggester/classifier-options';
export type { FeatureOptions } from './features/feature-options';
export type { Calibration } from './calibration/calibration';
export { DEFAULT_TRIAGE_THRESHOLD, shouldTriage } from './suggester/triage';
export type { LabelledExample } from './examples/labelled-example';
export {
  loadRepositoryExamples,
  parseExamples,
  readExamplesFile,
  REPOSITORY_EXAMPLES_PATH,
} from './examples/read-examples';
export { splitExamples } from './evaluation/split';
export type { ExampleSplit } from './evaluation/split';
export { evaluate } from './evaluation/evaluate';
export type { EvaluationReport } from './evaluation/evaluate';
export { measure, THRESHOLDS_TO_REPORT } from './evaluation/measure';
export type { Measurement, Misclassification, ThresholdOutcome } from './evaluation/measure';
export { normaliseText } from './text/normalise-text';
export { KnownWords } from './examples/known-words';
