import { CategorySuggestion } from './category-suggestion';

/**
 * Default confidence below which a report goes to the coordinators' triage queue instead of being routed on a guess.
 *
 * Chosen on the held-out fifth of the repository's examples (406 texts; `evaluate().thresholds` recomputes it):
 *
 * | threshold | sent to triage | right main category among the rest | right subcategory among the rest |
 * |-----------|----------------|------------------------------------|----------------------------------|
 * | none      | 0 %            | 88 %                               | 84 %                             |
 * | 0.4       | 7 %            | 92 %                               | 89 %                             |
 * | **0.5**   | **13 %**       | **94 %**                           | **92 %**                         |
 * | 0.6       | 19 %           | 96 %                               | 94 %                             |
 * | 0.7       | 26 %           | 98 %                               | 96 %                             |
 *
 * At 0.5 about one report in eight needs a coordinator, and of the reports routed automatically about one in
 * seventeen lands at the wrong kind of organisation (which can refer it on). Raising the threshold buys precision
 * with coordinator time: 0.6 sends another 6 % of all reports to triage for two points of precision. Real reports are
 * messier than the examples, so watch the triage share in production and move the threshold per deployment.
 */
export const DEFAULT_TRIAGE_THRESHOLD = 0.5;

/** True when no suggestion is confident enough (or there is none): a coordinator should choose the category. */
export function shouldTriage(
  suggestions: readonly CategorySuggestion[],
  threshold: number = DEFAULT_TRIAGE_THRESHOLD,
): boolean {
  let best = 0;
  for (const suggestion of suggestions) if (suggestion.confidence > best) best = suggestion.confidence;
  return best < threshold;
}
