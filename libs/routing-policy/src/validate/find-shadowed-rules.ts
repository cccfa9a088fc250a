import type { CompiledRule } from '../compile/compiled-rule';
import { bitmapCovers } from '../conditions/time-window';

/**
 * For each rule that can never decide because an earlier rule matches everything it matches, the pair
 * (shadowed, earlier). An earlier rule covers a later one when, on every dimension, it has no condition or a
 * condition that admits a superset (a main category admits its subcategories; a keyword admits longer keywords
 * that contain it at a word start). Rules that can never hold at all are left out (see 'empty-condition').
 */
export function findShadowedRules(
  rules: readonly CompiledRule[],
  mainOfSub: ReadonlyMap<string, string>,
): { shadowed: CompiledRule; by: CompiledRule }[] {
  const found: { shadowed: CompiledRule; by: CompiledRule }[] = [];
  for (let j = 0; j < rules.length; j++) {
    if (neverHolds(rules[j])) continue;
    for (let i = 0; i < j; i++) {
      if (!neverHolds(rules[i]) && covers(rules[i], rules[j], mainOfSub)) {
        found.push({ shadowed: rules[j], by: rules[i] });
        break;
      }
    }
  }
  return found;
}

function neverHolds(rule: CompiledRule): boolean {
  return (
    rule.categories?.size === 0 ||
    rule.areas?.size === 0 ||
    rule.tierMask === 0 ||
    rule.priorityMask === 0 ||
    rule.keywords?.length === 0 ||
    (rule.window !== null && rule.window.every((word) => word === 0))
  );
}

function covers(earlier: CompiledRule, later: CompiledRule, mainOfSub: ReadonlyMap<string, string>): boolean {
  return (
    categoriesCover(earlier.categories, later.categories, mainOfSub) &&
    setCovers(earlier.areas, later.areas) &&
    (later.tierMask & ~earlier.tierMask) === 0 &&
    (later.priorityMask & ~earlier.priorityMask) === 0 &&
    (earlier.window === null || (later.window !== null && bitmapCovers(earlier.window, later.window))) &&
    keywordsCover(earlier.keywords, later.keywords)
  );
}

function categoriesCover(
  earlier: ReadonlySet<string> | null,
  later: ReadonlySet<string> | null,
  mainOfSub: ReadonlyMap<string, string>,
): boolean {
  if (earlier === null) return true;
  if (later === null) return false;
  for (const code of later) {
    const main = mainOfSub.get(code);
    if (!earlier.has(code) && (main === undefined || !earlier.has(main))) return false;
  }
  return true;
}

function setCovers(earlier: ReadonlySet<string> | null, later: ReadonlySet<string> | null): boolean {
  if (earlier === null) return true;
  if (later === null) return false;
  for (const value of later) if (!earlier.has(value)) return false;
  return true;
}

function keywordsCover(earlier: readonly string[] | null, later: readonly string[] | null): boolean {
  if (earlier === null) return true;
  if (later === null) return false;
  return later.every((long) => earlier.some((short) => long.includes(short)));
}
