import { Calibration } from '../calibration/calibration';
import { LabelledExample } from '../examples/labelled-example';
import { loadRepositoryExamples } from '../examples/read-examples';
import { CategorySuggester } from '../suggester/category-suggester';
import { ClassifierOptionsOverride } from '../suggester/classifier-options';
import { Measurement, measure } from './measure';
import { splitExamples } from './split';

export interface EvaluationReport extends Measurement {
  readonly trainingExamples: number;
  readonly heldOutExamples: number;
  readonly calibration: Calibration;
  readonly trainMs: number;
}

/**
 * Splits the examples deterministically (80 % training, 20 % held out by a hash of the text), trains on the
 * training part only (the calibration too, by cross-validation inside it) and measures on the held-out part.
 */
export function evaluate(
  examples: readonly LabelledExample[] = loadRepositoryExamples(),
  options: ClassifierOptionsOverride = {},
): EvaluationReport {
  const { training, heldOut } = splitExamples(examples);
  const started = performance.now();
  const suggester = CategorySuggester.train(training, options);
  const trainMs = performance.now() - started;
  return {
    ...measure(suggester, heldOut),
    trainingExamples: training.length,
    heldOutExamples: heldOut.length,
    calibration: suggester.calibration,
    trainMs,
  };
}
