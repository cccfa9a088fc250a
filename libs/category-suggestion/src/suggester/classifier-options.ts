import { DEFAULT_FEATURE_OPTIONS, FeatureOptions } from '../features/feature-options';

/**
 * Everything that shapes a trained classifier. The defaults were chosen by 5-fold cross-validation on the training
 * part of the repository's examples only (`tools/tune.ts`); the held-out part played no role.
 */
export interface ClassifierOptions {
  readonly features: FeatureOptions;
  /** Naive-Bayes smoothing added to every feature count. */
  readonly alpha: number;
  /** Folds of the cross-validation whose out-of-fold scores fit the calibration. */
  readonly calibrationFolds: number;
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  alpha: 0.1,
  calibrationFolds: 5,
};

/** Options with some fields overridden. */
export type ClassifierOptionsOverride = Partial<Omit<ClassifierOptions, 'features'>> & {
  readonly features?: Partial<FeatureOptions>;
};

export function resolveOptions(override: ClassifierOptionsOverride = {}): ClassifierOptions {
  return {
    ...DEFAULT_CLASSIFIER_OPTIONS,
    ...override,
    features: { ...DEFAULT_CLASSIFIER_OPTIONS.features, ...override.features },
  };
}
