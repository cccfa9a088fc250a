import type { Proportion } from './proportion';

/** The linker's rules a model version sets: how the four signals weigh, and the scores to link at and to point out at. */
export interface LinkingRulesView {
  weights: { distance: number; time: number; category: number; text: number };
  linkThreshold: number;
  greyZoneThreshold: number;
}

export const EVALUATION_FIGURES = ['recall', 'falseLinkRate', 'greyRate'] as const;
export type EvaluationFigure = (typeof EVALUATION_FIGURES)[number];

/** On the held-out half of the corpus; `baseline`: the built-in default rules on the same corpus, when routing gives them. */
export interface LinkingEvaluation extends Record<EvaluationFigure, Proportion> {
  evaluatedAt: string;
  corpus: string;
  baseline?: Record<EvaluationFigure, Proportion>;
}

/** One version of the linking model as routing's `/admin/linking-models` answers it (version 0: the built-in rules). */
export interface LinkingModelView {
  version: number;
  createdAt: string;
  createdBy: string;
  trainedOn: { corrections: number; corpusExamples: number; sameIncident: number; differentIncident: number };
  rules: LinkingRulesView;
  evaluation: LinkingEvaluation | null;
  active: boolean;
  activatedAt: string | null;
}

export interface LinkingModels {
  activeVersion: number;
  models: LinkingModelView[];
}

export interface RolledBack {
  activeVersion: number;
  previousVersion: number;
}

/** The built-in default rules' version number. */
export const BUILT_IN_VERSION = 0;
