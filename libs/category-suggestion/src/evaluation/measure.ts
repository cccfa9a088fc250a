import { LabelledExample } from '../examples/labelled-example';
import { CategorySuggester } from '../suggester/category-suggester';

/** What happens at one triage threshold on a set of labelled texts. */
export interface ThresholdOutcome {
  readonly threshold: number;
  /** Share of texts whose best confidence is below the threshold: they go to triage. */
  readonly triageShare: number;
  /** Of the texts routed automatically, the share whose best suggestion has the right main category. */
  readonly mainPrecision: number;
  /** Of the texts routed automatically, the share whose best suggestion is the right subcategory. */
  readonly subPrecision: number;
}

export interface Misclassification {
  readonly text: string;
  readonly expected: string;
  readonly suggested: string;
  readonly confidence: number;
}

export interface Measurement {
  readonly examples: number;
  /** Best suggestion has the right main category. */
  readonly mainAccuracy: number;
  /** Best suggestion is the right subcategory. */
  readonly subAccuracy: number;
  /** The right main category is among the main categories of the three best suggestions. */
  readonly mainTop3Accuracy: number;
  /** The right subcategory is among the three best suggestions. */
  readonly subTop3Accuracy: number;
  /** Mean negative log-likelihood of the right subcategory (lower is better calibrated and more accurate). */
  readonly logLoss: number;
  readonly thresholds: ThresholdOutcome[];
  readonly misclassified: Misclassification[];
}

export const THRESHOLDS_TO_REPORT = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9];

interface Outcome {
  readonly best: number;
  readonly mainRight: boolean;
  readonly subRight: boolean;
}

/** Scores `suggester` on labelled texts it was not trained on. */
export function measure(
  suggester: CategorySuggester,
  examples: readonly LabelledExample[],
  thresholds: readonly number[] = THRESHOLDS_TO_REPORT,
): Measurement {
  let mainTop3 = 0;
  let subTop3 = 0;
  let logLoss = 0;
  const outcomes: Outcome[] = [];
  const misclassified: Misclassification[] = [];
  for (const example of examples) {
    const all = suggester.suggest(example.text);
    const top3 = all.slice(0, 3);
    const best = all[0];
    const mainRight = best.category === example.category;
    const subRight = mainRight && best.subcategory === example.subcategory;
    outcomes.push({ best: best.confidence, mainRight, subRight });
    if (top3.some((s) => s.category === example.category)) mainTop3++;
    if (top3.some((s) => s.category === example.category && s.subcategory === example.subcategory)) subTop3++;
    const truth = all.find((s) => s.category === example.category && s.subcategory === example.subcategory);
    logLoss -= Math.log((truth?.confidence ?? 0) + 1e-12);
    if (!subRight) {
      misclassified.push({
        text: example.text,
        expected: `${example.category}/${example.subcategory}`,
        suggested: `${best.category}/${best.subcategory}`,
        confidence: best.confidence,
      });
    }
  }
  const n = Math.max(examples.length, 1);
  return {
    examples: examples.length,
    mainAccuracy: count(outcomes, (o) => o.mainRight) / n,
    subAccuracy: count(outcomes, (o) => o.subRight) / n,
    mainTop3Accuracy: mainTop3 / n,
    subTop3Accuracy: subTop3 / n,
    logLoss: logLoss / n,
    thresholds: thresholds.map((threshold) => atThreshold(outcomes, threshold)),
    misclassified,
  };
}

function atThreshold(outcomes: readonly Outcome[], threshold: number): ThresholdOutcome {
  const routed = outcomes.filter((o) => o.best >= threshold);
  const share = (predicate: (o: Outcome) => boolean): number =>
    routed.length === 0 ? 1 : count(routed, predicate) / routed.length;
  return {
    threshold,
    triageShare: outcomes.length === 0 ? 0 : (outcomes.length - routed.length) / outcomes.length,
    mainPrecision: share((o) => o.mainRight),
    subPrecision: share((o) => o.subRight),
  };
}

function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
}
