import type { CategoryReach, LinkingRules } from './linking-rules';

const MAX_RADIUS_METRES = 50_000;

/** Every problem with a set of rules, as sentences; empty when the rules can be used. */
export function validateLinkingRules(rules: LinkingRules): string[] {
  const problems: string[] = [];
  for (const [main, reach] of Object.entries(rules.reach))
    problems.push(...reachProblems(`reach of ${main}`, reach));
  problems.push(...reachProblems('fallback reach', rules.fallbackReach));

  for (const [name, weight] of Object.entries(rules.weights)) {
    if (!isFiniteAtLeast(weight, 0)) problems.push(`weight ${name} must be a number ≥ 0`);
  }
  const weightSum = Object.values(rules.weights).reduce((sum, w) => sum + (Number.isFinite(w) ? w : 0), 0);
  if (weightSum <= 0) problems.push('at least one weight must be above 0');

  for (const [name, score] of Object.entries(rules.categoryScores)) {
    if (!isUnit(score)) problems.push(`category score ${name} must lie in [0, 1]`);
  }
  if (!isUnit(rules.linkThreshold)) problems.push('link threshold must lie in [0, 1]');
  if (!isUnit(rules.greyZoneThreshold)) problems.push('grey-zone threshold must lie in [0, 1]');
  if (rules.greyZoneThreshold > rules.linkThreshold)
    problems.push('grey-zone threshold must not exceed the link threshold');
  if (!Number.isInteger(rules.maxPossiblyRelated) || rules.maxPossiblyRelated < 0) {
    problems.push('maxPossiblyRelated must be a whole number ≥ 0');
  }

  for (const relation of rules.related) {
    for (const side of relation) {
      if (!/^[^/\s]+(\/[^/\s]+)?$/.test(side))
        problems.push(`related category "${side}" must be "main" or "main/sub"`);
    }
  }
  return problems;
}

function reachProblems(what: string, reach: CategoryReach): string[] {
  const problems: string[] = [];
  if (!isFiniteAtLeast(reach.radiusMetres, 0) || reach.radiusMetres > MAX_RADIUS_METRES) {
    problems.push(`${what}: radius must lie in [0, ${MAX_RADIUS_METRES}] m`);
  }
  if (!isFiniteAtLeast(reach.windowHours, 0)) problems.push(`${what}: window must be a number of hours ≥ 0`);
  return problems;
}

function isFiniteAtLeast(value: number, min: number): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min;
}

function isUnit(value: number): boolean {
  return isFiniteAtLeast(value, 0) && value <= 1;
}
