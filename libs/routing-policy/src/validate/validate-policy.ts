import { compileRule } from '../compile/compiled-rule';
import { foldKeyword } from '../conditions/normalise-text';
import { timeWindowProblem } from '../conditions/time-window';
import {
  PRIORITIES,
  REPORTER_TIERS,
  type RoutingOutcome,
  type RoutingPolicy,
  type RoutingRule,
} from '../policy/routing-policy.types';
import { findShadowedRules } from './find-shadowed-rules';
import type { PolicyCatalogue, PolicyIssue } from './policy-issue';

const LIST_CONDITIONS = [
  'categories',
  'areas',
  'timeWindows',
  'reporterTiers',
  'keywords',
  'priorities',
] as const;

/** Everything wrong with a policy, checked against what exists. An empty list means all is well. */
export function validatePolicy(policy: RoutingPolicy, catalogue: PolicyCatalogue): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const categoryCodes = new Set<string>();
  const mainOfSub = new Map<string, string>();
  for (const category of catalogue.categories) {
    categoryCodes.add(category.code);
    for (const sub of category.sub) {
      categoryCodes.add(sub);
      if (!mainOfSub.has(sub)) mainOfSub.set(sub, category.code);
    }
  }
  const areas = new Set(catalogue.areas);
  const teams = new Map(catalogue.organisations.map((o) => [o.code, new Set(o.teams)]));
  const seen = new Set<string>();

  policy.rules.forEach((rule, index) => {
    const error = (code: PolicyIssue['code'], message: string) =>
      issues.push({ severity: 'error', code, ...(rule.id ? { ruleId: rule.id } : {}), message });
    if (!rule.id) error('missing-rule-id', `rule #${index + 1} ("${rule.name}") has no id`);
    else if (seen.has(rule.id)) error('duplicate-rule-id', `rule id "${rule.id}" is used more than once`);
    seen.add(rule.id);
    const c = rule.conditions;
    for (const code of c.categories ?? []) {
      if (!categoryCodes.has(code))
        error('unknown-category', `rule ${rule.id} names unknown category "${code}"`);
    }
    for (const area of c.areas ?? []) {
      if (!areas.has(area)) error('unknown-area', `rule ${rule.id} names unknown area "${area}"`);
    }
    (c.timeWindows ?? []).forEach((window, w) => {
      const problem = timeWindowProblem(window);
      if (problem !== null)
        error('invalid-time-window', `rule ${rule.id}, time window #${w + 1}: ${problem}`);
    });
    for (const tier of c.reporterTiers ?? []) {
      if (!REPORTER_TIERS.includes(tier))
        error('invalid-condition', `rule ${rule.id} names unknown reporter tier "${tier}"`);
    }
    for (const priority of c.priorities ?? []) {
      if (!PRIORITIES.includes(priority))
        error('invalid-condition', `rule ${rule.id} names unknown priority "${priority}"`);
    }
    for (const keyword of c.keywords ?? []) {
      if (foldKeyword(keyword) === '')
        error('empty-keyword', `rule ${rule.id} has a keyword without letters or digits ("${keyword}")`);
    }
    for (const name of LIST_CONDITIONS) {
      if (c[name]?.length === 0) {
        issues.push({
          severity: 'warning',
          code: 'empty-condition',
          ruleId: rule.id,
          message: `rule ${rule.id} has an empty ${name} list, so it never matches`,
        });
      }
    }
    issues.push(...outcomeIssues(rule.outcome, teams, `rule ${rule.id}`, rule));
  });

  if (policy.fallback === null) {
    issues.push({
      severity: 'error',
      code: 'missing-fallback',
      message: 'the policy has no fallback: reports no rule matches could not be routed',
    });
  } else {
    issues.push(...outcomeIssues(policy.fallback, teams, 'the fallback', null));
  }

  for (const { shadowed, by } of findShadowedRules(policy.rules.map(compileRule), mainOfSub)) {
    issues.push({
      severity: 'warning',
      code: 'shadowed-rule',
      ruleId: shadowed.rule.id,
      message: `rule ${shadowed.rule.id} can never match: earlier rule ${by.rule.id} ("${by.rule.name}") matches every report it matches`,
    });
  }
  return issues;
}

function outcomeIssues(
  outcome: RoutingOutcome,
  teams: ReadonlyMap<string, ReadonlySet<string>>,
  where: string,
  rule: RoutingRule | null,
): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const error = (code: PolicyIssue['code'], message: string) =>
    issues.push({ severity: 'error', code, ...(rule?.id ? { ruleId: rule.id } : {}), message });
  const orgTeams = teams.get(outcome.organisation);
  if (orgTeams === undefined)
    error('unknown-organisation', `${where} routes to unknown organisation "${outcome.organisation}"`);
  else if (!orgTeams.has(outcome.team))
    error(
      'unknown-team',
      `${where} routes to team "${outcome.team}", which organisation ${outcome.organisation} does not have`,
    );
  if (!PRIORITIES.includes(outcome.priority))
    error('invalid-outcome', `${where} has unknown priority "${outcome.priority}"`);
  const sla = outcome.sla;
  if (!Number.isFinite(sla.amount) || sla.amount <= 0)
    error('invalid-outcome', `${where} has SLA amount ${sla.amount}; it must be positive`);
  if (sla.unit !== 'hours' && sla.unit !== 'days')
    error('invalid-outcome', `${where} has SLA unit "${String(sla.unit)}"`);
  if (sla.calendar !== 'working' && sla.calendar !== 'calendar')
    error('invalid-outcome', `${where} has SLA calendar "${String(sla.calendar)}"`);
  return issues;
}
