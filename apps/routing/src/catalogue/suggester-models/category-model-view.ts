import type { ProportionView } from '../../linking/learning/linking-model-view';

/** One example a version adds to the repository's: a text (known words only) and its category. */
export interface TrainingExample {
  text: string;
  category: string;
  subcategory: string;
}

/** What a version learned from, besides the repository's examples. */
export interface CategoryModelTraining {
  repositoryExamples: number;
  /** Reports of the corpus's development half. */
  corpusExamples: number;
  /** Coordinators' category corrections to a subcategory whose text kept at least one known word. */
  corrections: number;
}

export interface SuggestionFiguresView {
  mainTop1: ProportionView;
  subTop1: ProportionView;
  mainTop3: ProportionView;
  subTop3: ProportionView;
}

/** A version's figures on the held-out half, beside the built-in model's on the same reports. */
export interface CategoryModelEvaluation extends SuggestionFiguresView {
  evaluatedAt: string;
  corpus: string;
  baseline: SuggestionFiguresView;
}

export interface CategoryModelView {
  version: number;
  createdAt: string;
  createdBy: string;
  trainedOn: CategoryModelTraining;
  evaluation: CategoryModelEvaluation | null;
  active: boolean;
  activatedAt: string | null;
}
