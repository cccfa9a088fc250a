export type PolicyIssueCode =
  | 'unknown-category'
  | 'unknown-area'
  | 'unknown-organisation'
  | 'unknown-team'
  | 'missing-fallback'
  | 'duplicate-rule-id'
  | 'missing-rule-id'
  | 'invalid-time-window'
  | 'invalid-condition'
  | 'invalid-outcome'
  | 'empty-keyword'
  | 'empty-condition'
  | 'shadowed-rule';

/** Something wrong with a policy. Errors block publishing; warnings do not. */
export interface PolicyIssue {
  severity: 'error' | 'warning';
  code: PolicyIssueCode;
  /** The rule concerned; absent for the policy as a whole and for the fallback. */
  ruleId?: string;
  message: string;
}

/** What a policy may refer to: the categories (main code with sub codes), areas, organisations with teams. */
export interface PolicyCatalogue {
  categories: { code: string; sub: string[] }[];
  areas: string[];
  organisations: { code: string; teams: string[] }[];
}

/** True when no issue is an error. */
export function isPublishable(issues: readonly PolicyIssue[]): boolean {
  return !issues.some((issue) => issue.severity === 'error');
}
