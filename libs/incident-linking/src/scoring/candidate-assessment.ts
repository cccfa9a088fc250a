import type { CategoryMatch } from './category-match';

/** The four parts of a score, each in [0, 1] before weighing. */
export interface ScoreComponents {
  readonly distance: number;
  readonly time: number;
  readonly category: number;
  readonly text: number;
}

/** Why one open case does or does not fit a report: every number a coordinator may ask about. */
export interface CandidateAssessment {
  readonly caseId: string;
  /** Weighted mean of the components, in [0, 1]; 0 when out of reach. */
  readonly score: number;
  readonly withinReach: boolean;
  /**
   * False when the categories are unrelated and the rules say that rules out a link, or when the texts do: they name
   * different house numbers, or the report says it is about another one.
   */
  readonly linkable: boolean;
  /** Both texts name house numbers and none is the same: two addresses. */
  readonly differentHouseNumbers: boolean;
  /** The report says it is about another one ("andere container"). */
  readonly speaksOfAnother: boolean;
  readonly distanceMetres: number;
  readonly radiusMetres: number;
  readonly gapMs: number;
  /** The window the gap was measured against: the category's, or how long the report says it has lasted when longer. */
  readonly windowHours: number;
  readonly category: CategoryMatch;
  readonly textSimilarity: number;
  readonly sharedWords: readonly string[];
  readonly components: ScoreComponents;
  /** E.g. "42 m away (within 75 m), 18 minutes apart (within 72 h), same subcategory grofvuil, text similarity 0.61". */
  readonly reasons: string;
}
