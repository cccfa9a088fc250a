import type { Proportion } from '../linking/proportion';

export const SUGGESTION_FIGURES = ['mainTop1', 'subTop1', 'mainTop3', 'subTop3'] as const;
export type SuggestionFigure = (typeof SUGGESTION_FIGURES)[number];

/** On the held-out half of the corpus; `baseline`: the built-in model on the same reports. */
export interface CategoryModelEvaluation extends Record<SuggestionFigure, Proportion> {
  evaluatedAt: string;
  corpus: string;
  baseline: Record<SuggestionFigure, Proportion>;
}

/** One version of the category suggester as routing's `/admin/category-models` answers it (version 0: the built-in model). */
export interface CategoryModelView {
  version: number;
  createdAt: string;
  createdBy: string;
  trainedOn: { repositoryExamples: number; corpusExamples: number; corrections: number };
  evaluation: CategoryModelEvaluation | null;
  active: boolean;
  activatedAt: string | null;
}

export interface CategoryModels {
  activeVersion: number;
  models: CategoryModelView[];
}

export interface CategoryModelRolledBack {
  activeVersion: number;
  previousVersion: number;
}

/** The built-in model's version number. */
export const BUILT_IN_CATEGORY_MODEL = 0;
