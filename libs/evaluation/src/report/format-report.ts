import type { LinkingFigures } from '../linking/linking-figures';
import type { Proportion } from '../metrics/wilson';
import type { SuggestionFigures } from '../suggestion/suggestion-figures';

/** A figure as `npm run bench` prints it: one JSON object a line. */
export interface BenchLine {
  readonly metric: string;
  readonly value: number;
  readonly unit: 'ratio';
  readonly low: number;
  readonly high: number;
  readonly n: number;
  readonly corpus: string;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** "0.873 (95 % CI 0.80–0.92; 55/63)". */
export function formatProportion(p: Proportion): string {
  return `${p.rate.toFixed(3)} (95 % CI ${p.low.toFixed(3)}–${p.high.toFixed(3)}; ${p.successes}/${p.trials})`;
}

export function linkingReport(f: LinkingFigures, corpus: string): string[] {
  return [
    `Linking on ${corpus}: ${f.groups} groups, ${f.recall.trials + f.falseLinkRate.trials} reports judged (every report after the first of its group)`,
    `  same-incident recall (linked to its incident's case)  ${formatProportion(f.recall)}`,
    `  same-incident as "possibly related"                   ${formatProportion(f.sameGrey)}`,
    `  same-incident silently apart (new case, no pointer)   ${formatProportion(f.sameMissed)}`,
    `  false-link rate (different incident linked)           ${formatProportion(f.falseLinkRate)}`,
    `  different-incident as "possibly related"              ${formatProportion(f.differentGrey)}`,
    `  grey-zone rate (all judged reports)                   ${formatProportion(f.greyRate)}`,
    `  precision of automatic links                          ${formatProportion(f.linkPrecision)}`,
  ];
}

export function suggestionReport(f: SuggestionFigures, corpus: string, confusionsShown = 10): string[] {
  const lines = [
    `Category suggestion on ${corpus}: ${f.mainTop1.trials} reports`,
    `  main top-1  ${formatProportion(f.mainTop1)}`,
    `  sub top-1   ${formatProportion(f.subTop1)}`,
    `  main top-3  ${formatProportion(f.mainTop3)}`,
    `  sub top-3   ${formatProportion(f.subTop3)}`,
    '  recall per main category (best guess has the right main category):',
    ...[...f.mainRecall].map(([main, p]) => `    ${main.padEnd(18)} ${pct(p.rate).padStart(7)}  (${p.successes}/${p.trials})`),
    '  recall per subcategory (best guess exactly right):',
    ...[...f.subRecall].map(([sub, p]) => `    ${sub.padEnd(38)} ${pct(p.rate).padStart(7)}  (${p.successes}/${p.trials})`),
    '  main confusions (expected → suggested):',
    ...f.mainConfusions.slice(0, confusionsShown).map((c) => `    ${c.count}× ${c.expected} → ${c.suggested}`),
    '  sub confusions (expected → suggested):',
    ...f.subConfusions.slice(0, confusionsShown).map((c) => `    ${c.count}× ${c.expected} → ${c.suggested}`),
  ];
  return lines;
}

export function benchLine(metric: string, p: Proportion, corpus: string): BenchLine {
  const r = (x: number): number => Number(x.toFixed(4));
  return { metric, value: r(p.rate), unit: 'ratio', low: r(p.low), high: r(p.high), n: p.trials, corpus };
}

export function linkingBenchLines(f: LinkingFigures, corpus: string): BenchLine[] {
  return [
    benchLine('eval.linking_recall', f.recall, corpus),
    benchLine('eval.linking_false_link_rate', f.falseLinkRate, corpus),
    benchLine('eval.linking_grey_rate', f.greyRate, corpus),
  ];
}

export function suggestionBenchLines(f: SuggestionFigures, corpus: string): BenchLine[] {
  return [
    benchLine('eval.suggestion_main_top1', f.mainTop1, corpus),
    benchLine('eval.suggestion_sub_top1', f.subTop1, corpus),
  ];
}
