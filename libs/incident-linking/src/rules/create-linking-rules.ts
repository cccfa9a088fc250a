import { IncidentLinkingError } from '../model/incident-linking-error';
import { DEFAULT_LINKING_RULES } from './default-linking-rules';
import type { CategoryReach, CategoryScores, LinkingRules, ScoreWeights } from './linking-rules';
import { validateLinkingRules } from './validate-linking-rules';

/** What an administrator may change: `reach` is merged per main category, the rest replaces the default. */
export interface LinkingRulesOverrides {
  readonly reach?: Readonly<Record<string, CategoryReach>>;
  readonly fallbackReach?: CategoryReach;
  readonly related?: LinkingRules['related'];
  readonly catchAllMains?: readonly string[];
  readonly weights?: Partial<ScoreWeights>;
  readonly categoryScores?: Partial<CategoryScores>;
  readonly linkThreshold?: number;
  readonly greyZoneThreshold?: number;
  readonly linkRequiresCategoryMatch?: boolean;
  readonly maxPossiblyRelated?: number;
}

/** Rules from the defaults plus overrides; throws `invalid-rules` listing every problem at once. */
export function createLinkingRules(
  overrides: LinkingRulesOverrides = {},
  base: LinkingRules = DEFAULT_LINKING_RULES,
): LinkingRules {
  const rules: LinkingRules = {
    reach: { ...base.reach, ...overrides.reach },
    fallbackReach: overrides.fallbackReach ?? base.fallbackReach,
    related: overrides.related ?? base.related,
    catchAllMains: overrides.catchAllMains ?? base.catchAllMains,
    weights: { ...base.weights, ...overrides.weights },
    categoryScores: { ...base.categoryScores, ...overrides.categoryScores },
    linkThreshold: overrides.linkThreshold ?? base.linkThreshold,
    greyZoneThreshold: overrides.greyZoneThreshold ?? base.greyZoneThreshold,
    linkRequiresCategoryMatch: overrides.linkRequiresCategoryMatch ?? base.linkRequiresCategoryMatch,
    maxPossiblyRelated: overrides.maxPossiblyRelated ?? base.maxPossiblyRelated,
  };
  const problems = validateLinkingRules(rules);
  if (problems.length > 0) {
    throw new IncidentLinkingError('invalid-rules', `invalid linking rules: ${problems.join('; ')}`);
  }
  return rules;
}

/** The reach of a case of this main category. */
export function reachFor(rules: LinkingRules, main: string): CategoryReach {
  return Object.prototype.hasOwnProperty.call(rules.reach, main) ? rules.reach[main] : rules.fallbackReach;
}

/** The largest radius any category reaches, in metres. */
export function largestRadiusMetres(rules: LinkingRules): number {
  return Math.max(rules.fallbackReach.radiusMetres, ...Object.values(rules.reach).map((r) => r.radiusMetres));
}
