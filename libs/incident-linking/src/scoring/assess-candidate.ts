import type { LinkCandidate } from '../index/link-candidate';
import type { CategoryRef } from '../model/case-summary';
import { reachFor } from '../rules/create-linking-rules';
import type { LinkingRules } from '../rules/linking-rules';
import { atDifferentHouseNumbers } from '../text/house-numbers';
import type { TextProfile } from '../text/text-profile';
import { textSimilarity } from '../text/text-similarity';
import type { CandidateAssessment, ScoreComponents } from './candidate-assessment';
import { matchCategories } from './category-match';
import { formatDistance, formatDuration, formatHours, formatScore } from './format-measures';

const HOUR_MS = 3_600_000;

/** What is known about the report once, before its candidates are assessed. */
export interface ReportContext {
  readonly category: CategoryRef | null;
  readonly textProfile: TextProfile;
}

/**
 * Scores one candidate: distance (1 on the spot, falling quadratically to 0 at the radius), time
 * (1 at once, falling linearly to 0 at the window's end, or at the end of how long the report says the problem has
 * lasted when that is longer), category and text, weighed by the rules. Unrelated categories, different house
 * numbers, or a report that says it is about another one make the pair unlinkable, whatever its score.
 */
export function assessCandidate(
  report: ReportContext,
  candidate: LinkCandidate,
  rules: LinkingRules,
): CandidateAssessment {
  const { summary, distanceMetres, gapMs } = candidate;
  const reach = reachFor(rules, summary.category.main);
  const stated = report.textProfile.statedDurationHours;
  const windowHours = Math.max(reach.windowHours, stated);
  const windowMs = windowHours * HOUR_MS;
  const withinRadius = distanceMetres <= reach.radiusMetres;
  const withinWindow = gapMs <= windowMs;
  const category = matchCategories(report.category, summary.category, rules);
  const text = textSimilarity(report.textProfile, candidate.textProfile);
  const reportNumbers = report.textProfile.houseNumbers;
  const caseNumbers = candidate.textProfile.houseNumbers;
  const differentHouseNumbers = atDifferentHouseNumbers(reportNumbers, caseNumbers);
  const { speaksOfAnother } = report.textProfile;

  const components: ScoreComponents = {
    distance: withinRadius ? 1 - ratio(distanceMetres, reach.radiusMetres) ** 2 : 0,
    time: withinWindow ? 1 - ratio(gapMs, windowMs) : 0,
    category: rules.categoryScores[categoryScoreKey[category.level]],
    text: text.similarity,
  };
  const withinReach = withinRadius && withinWindow;
  const score = withinReach ? weighedMean(components, rules) : 0;

  const reasons = [
    `${formatDistance(distanceMetres)} away (${withinRadius ? 'within' : 'beyond'} ${formatDistance(reach.radiusMetres)})`,
    `${formatDuration(gapMs)} apart (${withinWindow ? 'within' : 'beyond'} ${formatHours(windowHours)}${
      stated > reach.windowHours ? `: the report says it has lasted ${formatHours(stated)}` : ''
    })`,
    category.description,
    `text similarity ${formatScore(text.similarity)}${sharedText(text.sharedWords, text.sharedMeanings)}`,
    ...(differentHouseNumbers
      ? [`different house numbers (${formatNumbers(reportNumbers)} vs ${formatNumbers(caseNumbers)})`]
      : []),
    ...(speaksOfAnother ? ['the report says it is about another one'] : []),
  ].join(', ');

  return {
    caseId: summary.caseId,
    score,
    withinReach,
    linkable:
      withinReach &&
      (category.level !== 'other' || !rules.linkRequiresCategoryMatch) &&
      !differentHouseNumbers &&
      !speaksOfAnother,
    differentHouseNumbers,
    speaksOfAnother,
    distanceMetres,
    radiusMetres: reach.radiusMetres,
    gapMs,
    windowHours,
    category,
    textSimilarity: text.similarity,
    sharedWords: text.sharedWords,
    components,
    reasons,
  };
}

function formatNumbers(numbers: readonly number[]): string {
  const shown = numbers.slice(0, 3).join(', ');
  return numbers.length > 3 ? `${shown}, …` : shown;
}

function sharedText(words: readonly string[], meanings: readonly string[]): string {
  const parts = [
    ...(words.length ? [`shared words: ${words.slice(0, 5).join(', ')}`] : []),
    ...(meanings.length ? [`same meaning: ${meanings.slice(0, 3).join(', ')}`] : []),
  ];
  return parts.length ? ` (${parts.join('; ')})` : '';
}

const categoryScoreKey = {
  'same-sub': 'sameSub',
  'same-main': 'sameMain',
  related: 'related',
  unknown: 'unknown',
  other: 'other',
} as const;

function ratio(value: number, limit: number): number {
  return limit <= 0 ? 0 : Math.min(1, value / limit);
}

function weighedMean(components: ScoreComponents, rules: LinkingRules): number {
  const w = rules.weights;
  const total = w.distance + w.time + w.category + w.text;
  const sum =
    w.distance * components.distance +
    w.time * components.time +
    w.category * components.category +
    w.text * components.text;
  return total > 0 ? sum / total : 0;
}
