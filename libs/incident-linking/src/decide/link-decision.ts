import type { CandidateAssessment } from '../scoring/candidate-assessment';

/** Why the linker decided what it did, for the coordinator's screen and the decision's record. */
export interface LinkExplanation {
  /** One paragraph a coordinator can read. */
  readonly text: string;
  readonly linkThreshold: number;
  readonly greyZoneThreshold: number;
  /** Every case considered, best first (out-of-reach ones last, with score 0). */
  readonly candidates: readonly CandidateAssessment[];
}

export type LinkDecision =
  | {
      readonly decision: 'link';
      readonly caseId: string;
      readonly score: number;
      readonly explanation: LinkExplanation;
    }
  | {
      readonly decision: 'possibly-related';
      readonly caseIds: readonly string[];
      readonly explanation: LinkExplanation;
    }
  | { readonly decision: 'new-case'; readonly explanation: LinkExplanation };
