export interface Outcome {
  organisation: string;
  team: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  sla: { amount: number; unit: 'hours' | 'days'; calendar: 'working' | 'calendar' };
}

export interface Rule {
  id: string;
  name: string;
  conditions: { categories?: string[]; areas?: string[]; keywords?: string[]; reporterTiers?: string[]; priorities?: string[]; timeWindows?: unknown[] };
  outcome: Outcome;
}

export interface PolicyDocument {
  id: string;
  version: number;
  status: string;
  rules: Rule[];
  fallback: Outcome | null;
}

export interface PolicyIssue {
  severity: 'error' | 'warning';
  code: string;
  ruleId?: string;
  message: string;
}

/** The rules with one moved by `by` places (−1 up, +1 down); unchanged at either end. */
export function moveRule(rules: Rule[], index: number, by: -1 | 1): Rule[] {
  const to = index + by;
  if (to < 0 || to >= rules.length) return rules;
  const moved = [...rules];
  const [rule] = moved.splice(index, 1);
  if (rule) moved.splice(to, 0, rule);
  return moved;
}

/** The rules with the one at `from` moved to index `to` (a drop onto another row); unchanged when out of range. */
export function moveRuleTo(rules: Rule[], from: number, to: number): Rule[] {
  if (from === to || from < 0 || to < 0 || from >= rules.length || to >= rules.length) return rules;
  const moved = [...rules];
  const [rule] = moved.splice(from, 1);
  if (rule) moved.splice(to, 0, rule);
  return moved;
}

/** The issues per rule id, and those of the policy as a whole (or its fallback) under ''. */
export function issuesByRule(issues: PolicyIssue[]): Map<string, PolicyIssue[]> {
  const byRule = new Map<string, PolicyIssue[]>();
  for (const issue of issues) {
    const key = issue.ruleId ?? '';
    byRule.set(key, [...(byRule.get(key) ?? []), issue]);
  }
  return byRule;
}

/** A list typed as comma-separated words, e.g. categories; blanks dropped. */
export function listOf(text: string): string[] | undefined {
  const items = text.split(',').map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}
