import { Injectable } from '@nestjs/common';
import { CategorySuggester, loadRepositoryExamples } from '@loket/category-suggestion';
import type { LabelledExample } from '@loket/category-suggestion';
import type { TrainingExample } from './category-model-view';

/**
 * Trains suggesters: the built-in one on the repository's labelled examples (trained once, at start), and a version
 * on the repository's examples plus the examples that version adds.
 */
@Injectable()
export class SuggesterTraining {
  private readonly repository: readonly LabelledExample[] = loadRepositoryExamples();

  constructor(readonly builtIn: CategorySuggester) {}

  get repositoryExamples(): number {
    return this.repository.length;
  }

  train(examples: readonly TrainingExample[]): CategorySuggester {
    return CategorySuggester.train([...this.repository, ...examples]);
  }
}
