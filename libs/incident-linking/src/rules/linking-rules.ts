/** How far (in place and time) a case of one main category reaches for new reports. */
export interface CategoryReach {
  readonly radiusMetres: number;
  readonly windowHours: number;
}

/**
 * Two categories that often describe one incident. Each side is `main` (any of its subcategories)
 * or `main/sub`. Relations are symmetric.
 */
export type CategoryRelation = readonly [string, string];

/** How the four parts of a candidate's score are weighed; they need not add up to 1 (they are normalised). */
export interface ScoreWeights {
  readonly distance: number;
  readonly time: number;
  readonly category: number;
  readonly text: number;
}

/** The category part of the score for each kind of category match, each in [0, 1]. */
export interface CategoryScores {
  readonly sameSub: number;
  readonly sameMain: number;
  readonly related: number;
  /** The report has no category, or one side is a catch-all (see `catchAllMains`). */
  readonly unknown: number;
  readonly other: number;
}

export interface LinkingRules {
  /** Per main category code. The case's main category decides how far it reaches. */
  readonly reach: Readonly<Record<string, CategoryReach>>;
  /** For a main category not in `reach`. */
  readonly fallbackReach: CategoryReach;
  readonly related: readonly CategoryRelation[];
  /** Main categories that say "we don't know" (e.g. overig): they match anything as `unknown`. */
  readonly catchAllMains: readonly string[];
  readonly weights: ScoreWeights;
  readonly categoryScores: CategoryScores;
  /** A score at or above this links the report to the best case. */
  readonly linkThreshold: number;
  /** A score at or above this (and below the link threshold) marks the new case as possibly related. */
  readonly greyZoneThreshold: number;
  /** When true, a case of an unrelated category can be possibly related at most, never linked. */
  readonly linkRequiresCategoryMatch: boolean;
  /** At most this many cases are named as possibly related. */
  readonly maxPossiblyRelated: number;
}
