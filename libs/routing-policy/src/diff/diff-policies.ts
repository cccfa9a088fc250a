import { describeOutcome } from '../explain/explanation-text';
import type { RoutingOutcome, RoutingPolicy, RoutingRule, RuleConditions, TimeWindow } from '../policy/routing-policy.types';
import { ruleOrderKept } from './rule-order';

/** One part of a rule that differs between two versions, each side already in words ('' when absent). */
export interface FieldChange {
  field: RuleField;
  before: string;
  after: string;
}

export type RuleField =
  | 'name'
  | 'categories'
  | 'areas'
  | 'timeWindows'
  | 'reporterTiers'
  | 'keywords'
  | 'priorities'
  | 'organisation'
  | 'team'
  | 'priority'
  | 'sla';

/** What happened to one rule (or the fallback) from one version to the next; `text` says it in plain words. */
export type PolicyChange =
  | { kind: 'rule-added'; ruleId: string; ruleName: string; position: number; text: string }
  | { kind: 'rule-removed'; ruleId: string; ruleName: string; position: number; text: string }
  | { kind: 'rule-changed'; ruleId: string; ruleName: string; fields: FieldChange[]; text: string }
  | { kind: 'rule-moved'; ruleId: string; ruleName: string; from: number; to: number; text: string }
  | { kind: 'fallback-changed'; before: string; after: string; text: string };

export interface PolicyDiff {
  from: { id: string; version: number };
  to: { id: string; version: number };
  /** Removed rules first, then the rules of `to` in their order (added, changed, moved), then the fallback. */
  changes: PolicyChange[];
  /** e.g. '1 rule added, 2 changed, 1 moved'; 'No differences' when the rules and fallback are the same. */
  summary: string;
}

const CONDITION_FIELDS = ['categories', 'areas', 'timeWindows', 'reporterTiers', 'keywords', 'priorities'] as const;

/**
 * The differences between two versions of a policy, rule by rule (rules are matched by id): added, removed,
 * changed (per condition and outcome part) and moved (first match wins, so order is part of the meaning: a rule
 * counts as moved when it no longer keeps its order relative to the other rules both versions share). Positions
 * are 1-based. Pure.
 */
export function diffPolicies(from: RoutingPolicy, to: RoutingPolicy): PolicyDiff {
  const before = new Map(from.rules.map((rule, i) => [rule.id, { rule, position: i + 1 }]));
  const after = new Map(to.rules.map((rule, i) => [rule.id, { rule, position: i + 1 }]));
  const changes: PolicyChange[] = [];
  for (const [id, { rule, position }] of before) {
    if (!after.has(id)) {
      changes.push({ kind: 'rule-removed', ruleId: id, ruleName: rule.name, position, text: `Rule "${rule.name}" (${id}) was removed (it was number ${position}).` });
    }
  }
  const shared = to.rules.filter((rule) => before.has(rule.id)).map((rule) => rule.id);
  const kept = ruleOrderKept(from.rules.filter((rule) => after.has(rule.id)).map((rule) => rule.id), shared);
  for (const [id, { rule, position }] of after) {
    const old = before.get(id);
    if (!old) {
      changes.push({ kind: 'rule-added', ruleId: id, ruleName: rule.name, position, text: `Rule "${rule.name}" (${id}) was added as number ${position}: ${describeRule(rule)}.` });
      continue;
    }
    if (!kept.has(id)) {
      changes.push({ kind: 'rule-moved', ruleId: id, ruleName: rule.name, from: old.position, to: position, text: `Rule "${rule.name}" (${id}) moved from number ${old.position} to number ${position}.` });
    }
    const fields = fieldChanges(old.rule, rule);
    if (fields.length > 0) {
      const parts = fields.map((f) => `${FIELD_WORDS[f.field]} ${f.before || 'none'} → ${f.after || 'none'}`);
      changes.push({ kind: 'rule-changed', ruleId: id, ruleName: rule.name, fields, text: `Rule "${rule.name}" (${id}) changed: ${parts.join('; ')}.` });
    }
  }
  const fallbackBefore = outcomeText(from.fallback);
  const fallbackAfter = outcomeText(to.fallback);
  if (fallbackBefore !== fallbackAfter) {
    changes.push({ kind: 'fallback-changed', before: fallbackBefore, after: fallbackAfter, text: `The fallback changed from ${fallbackBefore} to ${fallbackAfter}.` });
  }
  return { from: { id: from.id, version: from.version }, to: { id: to.id, version: to.version }, changes, summary: summarise(changes) };
}

/** A rule in a few words: 'when categories afval, areas BU1 → municipality / stadsbeheer, priority normal, SLA 3 working days'. */
export function describeRule(rule: RoutingRule): string {
  const conditions = CONDITION_FIELDS.map((field) => [field, conditionText(rule.conditions, field)] as const)
    .filter(([, text]) => text !== '')
    .map(([field, text]) => `${FIELD_WORDS[field]} ${text}`);
  return `${conditions.length ? `when ${conditions.join(', ')}` : 'always'} → ${describeOutcome(rule.outcome)}`;
}

const FIELD_WORDS: Record<RuleField, string> = {
  name: 'name',
  categories: 'categories',
  areas: 'areas',
  timeWindows: 'time windows',
  reporterTiers: 'reporter tiers',
  keywords: 'keywords',
  priorities: 'report priorities',
  organisation: 'organisation',
  team: 'team',
  priority: 'priority',
  sla: 'SLA',
};

function fieldChanges(a: RoutingRule, b: RoutingRule): FieldChange[] {
  const sides: [RuleField, string, string][] = [
    ['name', a.name, b.name],
    ...CONDITION_FIELDS.map((field): [RuleField, string, string] => [field, conditionText(a.conditions, field), conditionText(b.conditions, field)]),
    ['organisation', a.outcome.organisation, b.outcome.organisation],
    ['team', a.outcome.team, b.outcome.team],
    ['priority', a.outcome.priority, b.outcome.priority],
    ['sla', slaText(a.outcome), slaText(b.outcome)],
  ];
  return sides.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, before, after }));
}

/** A condition as text; lists are compared as sets (order inside a condition means nothing). */
function conditionText(conditions: RuleConditions, field: (typeof CONDITION_FIELDS)[number]): string {
  const value = conditions[field];
  if (value === undefined) return '';
  if (value.length === 0) return '(empty: never holds)';
  if (field === 'timeWindows') return (value as TimeWindow[]).map(windowText).sort().join(', ');
  return [...(value as string[])].sort().join(', ');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function windowText(window: TimeWindow): string {
  const days = window.days ? [...window.days].sort().map((d) => DAYS[d] ?? String(d)).join('/') : 'every day';
  return `${days} ${window.from ?? '00:00'}–${window.to ?? '24:00'}`;
}

function slaText(outcome: RoutingOutcome): string {
  return describeOutcome(outcome).replace(/^.*SLA /, '');
}

function outcomeText(outcome: RoutingOutcome | null): string {
  return outcome === null ? 'none (unmatched reports cannot be routed)' : describeOutcome(outcome);
}

function summarise(changes: PolicyChange[]): string {
  if (changes.length === 0) return 'No differences';
  const count = (kind: PolicyChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts = [
    [count('rule-added'), 'added'],
    [count('rule-removed'), 'removed'],
    [count('rule-changed'), 'changed'],
    [count('rule-moved'), 'moved'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, word], i) => (i === 0 ? `${n} rule${n === 1 ? '' : 's'} ${word}` : `${n} ${word}`));
  if (count('fallback-changed') > 0) parts.push('fallback changed');
  return parts.join(', ');
}
