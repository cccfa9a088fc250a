import type { IncomingReport, OpenCaseSummary } from '../model/case-summary';
import { linkCandidateFromSummary } from '../index/link-candidate';
import type { LinkingRules } from '../rules/linking-rules';
import { assessCandidate } from '../scoring/assess-candidate';
import type { CandidateAssessment } from '../scoring/candidate-assessment';
import type { CategoryMatchLevel } from '../scoring/category-match';
import { textProfile } from '../text/text-profile';

export const CATEGORY_MATCH_LEVELS: readonly CategoryMatchLevel[] = ['same-sub', 'same-main', 'related', 'unknown', 'other'];

/**
 * One labelled pair — a report and a case it was (or could have been) linked to — reduced to the measures the
 * score is made of. It holds no text, no place, no time and no id: nothing that says who or where, so examples
 * can be kept and models trained on them hold no personal data.
 */
export interface LinkingExample {
  readonly sameIncident: boolean;
  /** The distance part of the score, in [0, 1] (1 on the spot, 0 at the category's radius). */
  readonly distance: number;
  /** The time part, in [0, 1] (1 at once, 0 at the end of the category's window). */
  readonly time: number;
  /** The text similarity, in [0, 1]. */
  readonly text: number;
  readonly categoryLevel: CategoryMatchLevel;
  /**
   * The texts rule out a link: different house numbers, or a report about another one (absent in examples kept
   * before this was known).
   */
  readonly ruledOutByText?: boolean;
}

/** How a report and a case compare under these rules: the assessment a decision would make of the pair. */
export function assessPair(report: IncomingReport, kase: OpenCaseSummary, rules: LinkingRules): CandidateAssessment {
  return assessCandidate(
    { category: report.category, textProfile: textProfile(report.description) },
    linkCandidateFromSummary(report, kase),
    rules,
  );
}

/** The example an assessed pair gives once someone who knows says whether it is one incident. */
export function exampleFromAssessment(assessment: CandidateAssessment, sameIncident: boolean): LinkingExample {
  return {
    sameIncident,
    distance: assessment.components.distance,
    time: assessment.components.time,
    text: assessment.components.text,
    categoryLevel: assessment.category.level,
    ruledOutByText: ruledOutByText(assessment),
  };
}

/** The texts rule out a link: they name different house numbers, or the report says it is about another one. */
export function ruledOutByText(assessment: CandidateAssessment): boolean {
  return assessment.differentHouseNumbers || assessment.speaksOfAnother;
}

/** True when the values are measures a LinkingExample may hold (for examples read back from storage). */
export function isLinkingExample(value: unknown): value is LinkingExample {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const unit = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
  return (
    typeof e['sameIncident'] === 'boolean' && unit(e['distance']) && unit(e['time']) && unit(e['text']) &&
    CATEGORY_MATCH_LEVELS.includes(e['categoryLevel'] as CategoryMatchLevel) &&
    (e['ruledOutByText'] === undefined || typeof e['ruledOutByText'] === 'boolean')
  );
}
