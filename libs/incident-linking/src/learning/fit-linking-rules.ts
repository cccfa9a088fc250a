import { IncidentLinkingError } from '../model/incident-linking-error';
import { createLinkingRules } from '../rules/create-linking-rules';
import type { CategoryScores, LinkingRules } from '../rules/linking-rules';
import type { CategoryMatchLevel } from '../scoring/category-match';
import { CATEGORY_MATCH_LEVELS, LinkingExample } from './linking-example';

export interface FitOptions {
  /** The link threshold is the lowest score at which at most this share of the different-incident pairs links. */
  readonly maxFalseLinkShare?: number;
  /** The grey-zone threshold is the highest score at or above which at least this share of same-incident pairs lies. */
  readonly greyRecall?: number;
  /** Least examples of each kind (same incident, different incidents) to learn from. */
  readonly minimumPerKind?: number;
  readonly iterations?: number;
  /** L2 penalty on the coefficients, per example. */
  readonly l2?: number;
}

/** The learned coefficients, for people who ask why (a log-odds model: distance, time, text, category level). */
export interface LinkingCoefficients {
  readonly distance: number;
  readonly time: number;
  readonly text: number;
  readonly categoryLevel: Readonly<Record<CategoryMatchLevel, number>>;
}

export interface FittedLinkingRules {
  readonly rules: LinkingRules;
  readonly coefficients: LinkingCoefficients;
  readonly trainedOn: { readonly sameIncident: number; readonly differentIncident: number };
  /** How the fitted rules split the examples they were fitted on. */
  readonly onTrainingExamples: { readonly falseLinkShare: number; readonly linkRecall: number; readonly greyOrLinkRecall: number };
}

const DEFAULTS = { maxFalseLinkShare: 0.01, greyRecall: 0.97, minimumPerKind: 10, iterations: 4000, l2: 0.001 };

/**
 * Learns the linker's weights, category scores and thresholds from labelled pairs, by logistic regression:
 * log-odds(same incident) = d·distance + t·time + x·text + c[category level], with d, t, x ≥ 0 (more of each can
 * only make a link more likely) and the two kinds weighed equally however many there are of each. The model maps
 * exactly onto the rules' weighed mean — weights d, t, x and (max c − min c), category scores c rescaled to [0, 1] —
 * so every decision keeps its plain-words explanation. The link threshold is then set from the examples (the lowest
 * score at which different-incident pairs link at most `maxFalseLinkShare` of the time, and never below an even
 * chance), and the grey-zone threshold low enough that `greyRecall` of the same-incident pairs are at least pointed
 * out to a coordinator. Reach (radius and window), related categories and the rest are kept from `base`.
 * Deterministic: the same examples give the same rules.
 */
export function fitLinkingRules(
  examples: readonly LinkingExample[],
  base: LinkingRules,
  options: FitOptions = {},
): FittedLinkingRules {
  const o = { ...DEFAULTS, ...options };
  const positives = examples.filter((e) => e.sameIncident).length;
  const negatives = examples.length - positives;
  if (positives < o.minimumPerKind || negatives < o.minimumPerKind) {
    throw new IncidentLinkingError(
      'too-few-examples',
      `learning needs at least ${o.minimumPerKind} examples of each kind; there are ${positives} of one incident and ${negatives} of different incidents`,
    );
  }
  const coefficients = logisticRegression(examples, positives, negatives, o.iterations, o.l2);
  const shape = rulesShape(coefficients);
  const scoreOf = (e: LinkingExample) =>
    (shape.weights.distance * e.distance + shape.weights.time * e.time + shape.weights.text * e.text +
      shape.weights.category * shape.categoryScores[scoreKey[e.categoryLevel]]) / shape.total;

  const linkable = (e: LinkingExample) =>
    (!base.linkRequiresCategoryMatch || e.categoryLevel !== 'other') && !e.ruledOutByText;
  const negativeScores = examples.filter((e) => !e.sameIncident && linkable(e)).map(scoreOf).sort((a, b) => b - a);
  const positiveScores = examples.filter((e) => e.sameIncident).map(scoreOf).sort((a, b) => b - a);
  const evenChance = clampUnit(-shape.offset / shape.total);
  // the lowest threshold that lets through no more than the allowed share of all different-incident pairs
  const allowed = Math.floor(o.maxFalseLinkShare * negatives);
  const strictest = negativeScores[allowed] ?? -Infinity;
  const linkThreshold = round3(clampUnit(Math.max(evenChance, nextAbove(strictest))));
  const greyIndex = Math.max(0, Math.ceil(o.greyRecall * positives) - 1);
  const greyZoneThreshold = round3(Math.min(linkThreshold, clampUnit(positiveScores[greyIndex] ?? linkThreshold)));

  const rules = createLinkingRules(
    { weights: shape.weights, categoryScores: shape.categoryScores, linkThreshold, greyZoneThreshold },
    base,
  );
  const links = (e: LinkingExample) => linkable(e) && scoreOf(e) >= rules.linkThreshold;
  return {
    rules,
    coefficients,
    trainedOn: { sameIncident: positives, differentIncident: negatives },
    onTrainingExamples: {
      falseLinkShare: round3(examples.filter((e) => !e.sameIncident && links(e)).length / negatives),
      linkRecall: round3(examples.filter((e) => e.sameIncident && links(e)).length / positives),
      greyOrLinkRecall: round3(examples.filter((e) => e.sameIncident && scoreOf(e) >= rules.greyZoneThreshold).length / positives),
    },
  };
}

const scoreKey: Record<CategoryMatchLevel, keyof CategoryScores> = {
  'same-sub': 'sameSub', 'same-main': 'sameMain', related: 'related', unknown: 'unknown', other: 'other',
};

/**
 * Batch gradient descent on the class-balanced log-loss; distance, time and text kept ≥ 0 by projection. A category
 * level's value is a shared intercept plus the level's own offset, and the offsets are held towards 0 more firmly
 * than the rest: a level seen in few examples (or none) stays near the average instead of taking an extreme value.
 */
function logisticRegression(
  examples: readonly LinkingExample[], positives: number, negatives: number, iterations: number, l2: number,
): LinkingCoefficients {
  const levels = CATEGORY_MATCH_LEVELS;
  const levelL2 = l2 * 20;
  const w = [0, 0, 0]; // distance, time, text
  let intercept = 0;
  const c = levels.map(() => 0);
  const weightOf = (e: LinkingExample) => (e.sameIncident ? examples.length / (2 * positives) : examples.length / (2 * negatives));
  const rows = examples.map((e) => ({ x: [e.distance, e.time, e.text], level: levels.indexOf(e.categoryLevel), y: e.sameIncident ? 1 : 0, weight: weightOf(e) }));
  const n = examples.length;
  let rate = 1;
  for (let step = 0; step < iterations; step++) {
    const gw = [0, 0, 0];
    let gi = 0;
    const gc = levels.map(() => 0);
    for (const row of rows) {
      const z = intercept + w[0] * row.x[0] + w[1] * row.x[1] + w[2] * row.x[2] + c[row.level];
      const error = (sigmoid(z) - row.y) * row.weight;
      for (let k = 0; k < 3; k++) gw[k] += error * row.x[k];
      gi += error;
      gc[row.level] += error;
    }
    for (let k = 0; k < 3; k++) w[k] = Math.max(0, w[k] - rate * (gw[k] / n + l2 * w[k]));
    intercept -= rate * (gi / n);
    for (let k = 0; k < levels.length; k++) c[k] -= rate * (gc[k] / n + levelL2 * c[k]);
    if (step === iterations / 2) rate = 0.5;
  }
  return {
    distance: round3(w[0]),
    time: round3(w[1]),
    text: round3(w[2]),
    categoryLevel: Object.fromEntries(levels.map((level, k) => [level, round3(intercept + c[k])])) as Record<CategoryMatchLevel, number>,
  };
}

/** The rules' weighed mean that equals the model's log-odds up to an offset: logOdds = offset + total · score. */
function rulesShape(k: LinkingCoefficients) {
  const levelValues = CATEGORY_MATCH_LEVELS.map((level) => k.categoryLevel[level]);
  const low = Math.min(...levelValues);
  const category = Math.max(...levelValues) - low;
  const categoryScores = Object.fromEntries(
    CATEGORY_MATCH_LEVELS.map((level) => [scoreKey[level], category > 0 ? round3((k.categoryLevel[level] - low) / category) : 1]),
  ) as unknown as CategoryScores;
  const weights = { distance: k.distance, time: k.time, text: k.text, category: round3(category) };
  const total = weights.distance + weights.time + weights.text + weights.category;
  if (total <= 0) throw new IncidentLinkingError('too-few-examples', 'the examples do not tell one incident from another: every learned weight is 0');
  return { weights, categoryScores, offset: low, total };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function clampUnit(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A threshold just above a score, so that score itself falls below it (after rounding to three decimals). */
function nextAbove(score: number): number {
  return Number.isFinite(score) ? Math.floor(score * 1000 + 1) / 1000 : 0;
}
