import type { LinkingRules } from '@loket/incident-linking';

export interface ProportionView {
  rate: number;
  low: number;
  high: number;
  successes: number;
  trials: number;
}

/** What a version learned from. */
export interface LinkingModelTraining {
  /** Coordinators' corrections and confirmations (within reach) used. */
  corrections: number;
  /** Pairs from the development half of the corpus used. */
  corpusExamples: number;
  sameIncident: number;
  differentIncident: number;
}

export interface LinkingFiguresView {
  recall: ProportionView;
  falseLinkRate: ProportionView;
  greyRate: ProportionView;
}

/** A version's figures on the held-out half, beside the built-in rules' on the same corpus. */
export interface LinkingModelEvaluation extends LinkingFiguresView {
  evaluatedAt: string;
  corpus: string;
  baseline: LinkingFiguresView;
}

export interface LinkingModelView {
  version: number;
  createdAt: string;
  createdBy: string;
  trainedOn: LinkingModelTraining;
  rules: Pick<LinkingRules, 'weights' | 'categoryScores' | 'linkThreshold' | 'greyZoneThreshold'>;
  evaluation: LinkingModelEvaluation | null;
  active: boolean;
  activatedAt: string | null;
}
