import { Calibration, toProbabilities } from '../calibration/calibration';
import { LabelledExample } from '../examples/labelled-example';
import { loadRepositoryExamples } from '../examples/read-examples';
import { FeatureExtractor } from '../features/feature-extractor';
import { NaiveBayes } from '../model/naive-bayes';
import { CategorySuggestion } from './category-suggestion';
import { ClassifierOptionsOverride, resolveOptions } from './classifier-options';
import { CategoryLabel, LabelSet } from './label-set';
import { trainClassifier } from './train-classifier';

/**
 * Suggests a category for a report's free Dutch text. Trained in memory from labelled examples (under a second for
 * the repository's: train once at start and keep the instance); `suggest` is synchronous, allocates little and is
 * safe to call from any request (it runs to completion on Node's one thread, so its scratch buffers are never shared).
 */
export class CategorySuggester {
  private readonly extractor: FeatureExtractor;
  private readonly scores: Float64Array;
  private readonly probabilities: Float64Array;
  private readonly order: Int32Array;

  private constructor(
    private readonly labelSet: LabelSet,
    private readonly model: NaiveBayes,
    readonly calibration: Calibration,
    extractor: FeatureExtractor,
  ) {
    this.extractor = extractor;
    this.scores = new Float64Array(labelSet.size);
    this.probabilities = new Float64Array(labelSet.size);
    this.order = new Int32Array(labelSet.size);
  }

  /** Trains on `examples` (every subcategory to be suggested needs examples). */
  static train(
    examples: readonly LabelledExample[],
    options: ClassifierOptionsOverride = {},
  ): CategorySuggester {
    const resolved = resolveOptions(options);
    const { labels, model, calibration } = trainClassifier(examples, resolved);
    return new CategorySuggester(labels, model, calibration, new FeatureExtractor(resolved.features));
  }

  /** Trains on the labelled examples kept in this library (`data/examples.jsonl`). */
  static fromRepositoryExamples(options: ClassifierOptionsOverride = {}): CategorySuggester {
    return CategorySuggester.train(loadRepositoryExamples(), options);
  }

  /** Trains on this library's labelled examples plus `extra` (what a retrained version adds: corpus reports, corrections). */
  static fromRepositoryExamplesAnd(extra: readonly LabelledExample[], options: ClassifierOptionsOverride = {}): CategorySuggester {
    return CategorySuggester.train([...loadRepositoryExamples(), ...extra], options);
  }

  /** Every subcategory this suggester knows, in training order. */
  get labels(): readonly CategoryLabel[] {
    return this.labelSet.all;
  }

  /**
   * The `k` most likely subcategories, best first (ties in training order). Each confidence is the calibrated
   * probability over all known subcategories, so with the default `k` (all of them) they sum to 1, and a shorter
   * list is a prefix of the full one with the same numbers (so a threshold means the same whatever `k`). A text
   * with no known words gets equal confidences, which `shouldTriage` sends to triage.
   */
  suggest(text: string, k: number = this.labelSet.size): CategorySuggestion[] {
    const count = Number.isNaN(k) ? 0 : Math.max(0, Math.min(Math.floor(k), this.labelSet.size));
    const weightSum = this.model.score(this.features(text), this.scores);
    toProbabilities(this.scores, this.labelSet.size, weightSum, this.calibration, this.probabilities);
    this.rankTop(count);
    const suggestions: CategorySuggestion[] = [];
    for (let rank = 0; rank < count; rank++) {
      const index = this.order[rank];
      const { category, subcategory } = this.labelSet.at(index);
      suggestions.push({ category, subcategory, confidence: this.probabilities[index] });
    }
    return suggestions;
  }

  private features(text: string): FeatureExtractor {
    this.extractor.extract(text);
    return this.extractor;
  }

  /** Puts the `count` most probable label indices first in `order` (selection; count and labels are small). */
  private rankTop(count: number): void {
    const { order, probabilities } = this;
    for (let i = 0; i < order.length; i++) order[i] = i;
    for (let rank = 0; rank < count; rank++) {
      let best = rank;
      for (let i = rank + 1; i < order.length; i++) {
        const p = probabilities[order[i]];
        const bestP = probabilities[order[best]];
        if (p > bestP || (p === bestP && order[i] < order[best])) best = i;
      }
      const swap = order[rank];
      order[rank] = order[best];
      order[best] = swap;
    }
  }
}
