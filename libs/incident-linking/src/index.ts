export type { CategoryRef, GeoPoint, IncomingReport, OpenCaseSummary } from './model/case-summary';
export { IncidentLinkingError } from './model/incident-linking-error';
export type { IncidentLinkingErrorCode } from './model/incident-linking-error';
export { mergeSummaries, summaryFromReport, summaryWithReport } from './model/case-summaries';

export type {
  CategoryReach,
  CategoryRelation,
  CategoryScores,
  LinkingRules,
  ScoreWeights,
} from './rules/linking-rules';
export { DEFAULT_LINKING_RULES } from './rules/default-linking-rules';
export { createLinkingRules, largestRadiusMetres, reachFor } from './rules/create-linking-rules';
export type { LinkingRulesOverrides } from './rules/create-linking-rules';
export { validateLinkingRules } from './rules/validate-linking-rules';

export { CandidateIndex } from './index/candidate-index';
export type { CandidateIndexOptions } from './index/candidate-index';
export { linkCandidateFromSummary } from './index/link-candidate';
export type { LinkCandidate } from './index/link-candidate';

export { haversineMetres } from './geo/haversine';
export { textProfile } from './text/text-profile';
export type { TextProfile } from './text/text-profile';
export { textSimilarity } from './text/text-similarity';
export type { TextSimilarity } from './text/text-similarity';
export { dutchTokens } from './text/normalise-text';
export { atDifferentHouseNumbers, houseNumbers } from './text/house-numbers';
export { speaksOfAnother } from './text/another-one';

export { matchCategories } from './scoring/category-match';
export type { CategoryMatch, CategoryMatchLevel } from './scoring/category-match';
export type { CandidateAssessment, ScoreComponents } from './scoring/candidate-assessment';

export { decideLink } from './decide/decide-link';
export type { LinkDecision, LinkExplanation } from './decide/link-decision';

export { assessPair, CATEGORY_MATCH_LEVELS, exampleFromAssessment, isLinkingExample, ruledOutByText } from './learning/linking-example';
export type { LinkingExample } from './learning/linking-example';
export { fitLinkingRules } from './learning/fit-linking-rules';
export type { FitOptions, FittedLinkingRules, LinkingCoefficients } from './learning/fit-linking-rules';
