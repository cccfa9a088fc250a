export interface PolicyVersion {
  policyId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  rules: number;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  retiredAt: string | null;
  retiredBy: string | null;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The routing service's diff (computed by @loket/routing-policy); `text` is its English wording. */
export type PolicyChange =
  | { kind: 'rule-added'; ruleId: string; ruleName: string; position: number; text: string }
  | { kind: 'rule-removed'; ruleId: string; ruleName: string; position: number; text: string }
  | { kind: 'rule-changed'; ruleId: string; ruleName: string; fields: FieldChange[]; text: string }
  | { kind: 'rule-moved'; ruleId: string; ruleName: string; from: number; to: number; text: string }
  | { kind: 'fallback-changed'; before: string; after: string; text: string };

export interface PolicyDiff {
  from: { id: string; version: number };
  to: { id: string; version: number };
  changes: PolicyChange[];
  summary: string;
}

/**
 * The pair to compare first: the version in force against the newest other one (usually the draft), or the
 * last two versions; null with fewer than two versions.
 */
export function defaultComparison(versions: readonly PolicyVersion[]): { from: number; to: number } | null {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  if (newestFirst.length < 2) return null;
  const inForce = newestFirst.find((v) => v.status === 'published');
  const newest = newestFirst[0];
  if (inForce && newest && inForce.version !== newest.version) return { from: inForce.version, to: newest.version };
  const [to, from] = newestFirst;
  return from && to ? { from: from.version, to: to.version } : null;
}
