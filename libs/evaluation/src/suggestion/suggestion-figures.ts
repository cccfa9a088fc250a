import type { SuggestionItem } from '../corpus/corpus-types';
import type { Proportion } from '../metrics/wilson';
import { wilson } from '../metrics/wilson';

/** One ranked guess, as the category suggester returns it. */
export interface RankedGuess {
  readonly category: string;
  readonly subcategory: string;
}

/** The suggester under test: the best guesses for a text, best first (at least three when it can). */
export type Suggest = (description: string) => readonly RankedGuess[];

export interface Confusion {
  readonly expected: string;
  readonly suggested: string;
  readonly count: number;
}

export interface SuggestionFigures {
  readonly mainTop1: Proportion;
  readonly subTop1: Proportion;
  readonly mainTop3: Proportion;
  readonly subTop3: Proportion;
  /** Per expected main category: the share whose best guess had that main category. */
  readonly mainRecall: ReadonlyMap<string, Proportion>;
  /** Per expected subcategory (`main/sub`): the share whose best guess was exactly it. */
  readonly subRecall: ReadonlyMap<string, Proportion>;
  /** Wrong best guesses between main categories, most frequent first. */
  readonly mainConfusions: readonly Confusion[];
  /** Wrong best guesses between subcategories, most frequent first. */
  readonly subConfusions: readonly Confusion[];
}

/** Scores the suggester's top-1 and top-3 on labelled reports; top-3 on main counts distinct main categories. */
export function suggestionFigures(items: readonly SuggestionItem[], suggest: Suggest): SuggestionFigures {
  let mainTop1 = 0;
  let subTop1 = 0;
  let mainTop3 = 0;
  let subTop3 = 0;
  const mainTally = new Map<string, [number, number]>();
  const subTally = new Map<string, [number, number]>();
  const mainConfused = new Map<string, number>();
  const subConfused = new Map<string, number>();
  for (const item of items) {
    const guesses = suggest(item.description);
    const best = guesses[0];
    const expectedSub = `${item.main}/${item.sub}`;
    const mainRight = best?.category === item.main;
    const subRight = mainRight && best?.subcategory === item.sub;
    if (mainRight) mainTop1++;
    if (subRight) subTop1++;
    if (distinct(guesses.map((g) => g.category)).slice(0, 3).includes(item.main)) mainTop3++;
    if (guesses.slice(0, 3).some((g) => g.category === item.main && g.subcategory === item.sub)) subTop3++;
    tally(mainTally, item.main, mainRight);
    tally(subTally, expectedSub, subRight);
    const suggestedMain = best?.category ?? '(none)';
    const suggestedSub = best ? `${best.category}/${best.subcategory}` : '(none)';
    if (!mainRight) bump(mainConfused, `${item.main}\u0000${suggestedMain}`);
    if (!subRight) bump(subConfused, `${expectedSub}\u0000${suggestedSub}`);
  }
  const n = items.length;
  return {
    mainTop1: wilson(mainTop1, n),
    subTop1: wilson(subTop1, n),
    mainTop3: wilson(mainTop3, n),
    subTop3: wilson(subTop3, n),
    mainRecall: proportions(mainTally),
    subRecall: proportions(subTally),
    mainConfusions: confusions(mainConfused),
    subConfusions: confusions(subConfused),
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function tally(map: Map<string, [number, number]>, key: string, right: boolean): void {
  const entry = map.get(key) ?? [0, 0];
  entry[1]++;
  if (right) entry[0]++;
  map.set(key, entry);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function proportions(map: Map<string, [number, number]>): Map<string, Proportion> {
  return new Map([...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, [s, t]]) => [k, wilson(s, t)]));
}

function confusions(map: Map<string, number>): Confusion[] {
  return [...map.entries()]
    .map(([key, count]) => {
      const [expected, suggested] = key.split('\u0000');
      return { expected, suggested, count };
    })
    .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected) || a.suggested.localeCompare(b.suggested));
}
