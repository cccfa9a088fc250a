import { Injectable } from '@nestjs/common';
import { CategorySuggester, loadRepositoryExamples } from '@loket/category-suggestion';
import type { TrainingExample } from './category-model-view';

/**
 * Trains suggesters: the built-in one on the repository's labelled examples (trained once, at start), and a version
 * on the repository's examples plus the examples that version adds.
 */
@Injectable()
export class SuggesterTraining {
  readonly repositoryExamples = loadRepositoryExamples().length;

  constructor(readonly builtIn: CategorySuggester) {}

  train(examples: readonly TrainingExample[]): CategorySuggester {
    return CategorySuggester.fromRepositoryExamplesAnd(examples);
  }
}
