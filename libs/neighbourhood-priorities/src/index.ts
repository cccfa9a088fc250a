// @loket/neighbourhood-priorities: residents' ranked themes per neighbourhood, and the aggregate with small
// cells suppressed. Framework-free.
export type { PriorityChoice, RankingCheck } from './ranking';
export { checkRanking, MAX_THEMES, pointsFor } from './ranking';
export type { NeighbourhoodPriorities, ThemeTally } from './aggregate';
export { aggregatePriorities, MINIMUM_PEOPLE } from './aggregate';
export { respondentKey } from './respondent-key';
