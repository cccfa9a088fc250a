export type {
  DecideOptions,
  PolicyStatus,
  Priority,
  ReporterTier,
  RoutingInput,
  RoutingOutcome,
  RoutingPolicy,
  RoutingRule,
  RuleConditions,
  Sla,
  TimeWindow,
} from './policy/routing-policy.types';
export { DEFAULT_TIME_ZONE, PRIORITIES, REPORTER_TIERS } from './policy/routing-policy.types';
export type { PolicyErrorCode } from './policy/policy-error';
export { PolicyError } from './policy/policy-error';
export { sameOutcome } from './policy/same-outcome';
export type { CompiledPolicy } from './compile/compile-policy';
export { compilePolicy } from './compile/compile-policy';
export type { RoutingDecision } from './decide/routing-decision';
export { decide } from './decide/decide';
export type {
  ConditionCheck,
  ConditionKind,
  Explanation,
  MatchedRuleExplanation,
  SkippedRuleExplanation,
} from './explain/explanation.types';
export { explain } from './explain/explain';
export { describeOutcome, explanationText } from './explain/explanation-text';
export type { PolicyCatalogue, PolicyIssue, PolicyIssueCode } from './validate/policy-issue';
export { isPublishable } from './validate/policy-issue';
export { validatePolicy } from './validate/validate-policy';
export type { PublishRejectionCode, PublishResult } from './lifecycle/policy-lifecycle';
export { nextDraft, PolicyLifecycle, publishPolicy } from './lifecycle/policy-lifecycle';
export type { SimulationChange, SimulationResult } from './simulate/simulate';
export { simulate } from './simulate/simulate';
export type { ReferralTarget, ReferralVia } from './referral/referral-target';
export { referralTarget } from './referral/referral-target';
export type {
  Taxonomy,
  TaxonomyCategory,
  TaxonomyOrganisation,
  TaxonomySubcategory,
} from './seed/taxonomy.types';
export { catalogueFromTaxonomy, defaultPolicyFromTaxonomy } from './seed/default-policy-from-taxonomy';
export type { FieldChange, PolicyChange, PolicyDiff, RuleField } from './diff/diff-policies';
export { describeRule, diffPolicies } from './diff/diff-policies';
export type { RetireRejectionCode, RetireResult } from './lifecycle/retire-policy';
export { retirePolicy } from './lifecycle/retire-policy';
