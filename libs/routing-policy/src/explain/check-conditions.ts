import type { CompiledRule } from '../compile/compiled-rule';
import { foldKeyword } from '../conditions/normalise-text';
import { bitmapHas, describeWeekMinute, describeWindow, weekBitmap } from '../conditions/time-window';
import { areaHolds, categoryHolds, type MatchContext, matchedKeyword } from '../decide/match-context';
import type { TimeWindow } from '../policy/routing-policy.types';
import type { ConditionCheck } from './explanation.types';

const MAX_LISTED = 12;
/** Bitmaps of single windows, to name the one that held; windows of a compiled policy are frozen objects. */
const singleWindowBitmaps = new WeakMap<TimeWindow, Uint32Array>();

function windowBitmap(window: TimeWindow): Uint32Array {
  let bits = singleWindowBitmaps.get(window);
  if (bits === undefined) {
    bits = weekBitmap([window]);
    singleWindowBitmaps.set(window, bits);
  }
  return bits;
}

/**
 * The conditions the rule has, checked in a fixed order: category, area, time window, tier, keyword, priority.
 * With `untilFailure`, stops after the first condition that fails.
 */
export function checkConditions(
  rule: CompiledRule,
  ctx: MatchContext,
  untilFailure = false,
): ConditionCheck[] {
  const c = rule.rule.conditions;
  const input = ctx.input;
  const checks: ConditionCheck[] = [];
  if (c.categories !== undefined) {
    const held = categoryHolds(rule, input);
    const cat = input.category;
    const label = cat === null ? '' : cat.sub === undefined ? cat.main : `${cat.main}/${cat.sub}`;
    const reason =
      c.categories.length === 0
        ? 'the rule lists no categories, so it never holds'
        : cat === null
          ? `the report has no category; the rule needs one of ${list(c.categories)}`
          : `category ${label} is ${held ? '' : 'not '}in ${list(c.categories)}`;
    checks.push({ condition: 'category', held, reason });
    if (untilFailure && !held) return checks;
  }
  if (c.areas !== undefined) {
    const held = areaHolds(rule, input);
    const hit = input.areaIds.find((id) => rule.areas?.has(id));
    const reason =
      c.areas.length === 0
        ? 'the rule lists no areas, so it never holds'
        : hit !== undefined
          ? `area ${hit} is in ${list(c.areas)}`
          : input.areaIds.length === 0
            ? `the report lies in no known area; the rule needs one of ${list(c.areas)}`
            : `${input.areaIds.length === 1 ? 'area' : 'areas'} ${input.areaIds.join(', ')} ${input.areaIds.length === 1 ? 'is' : 'are'} not in ${list(c.areas)}`;
    checks.push({ condition: 'area', held, reason });
    if (untilFailure && !held) return checks;
  }
  if (c.timeWindows !== undefined) {
    const minute = ctx.weekMinute;
    const held = rule.window !== null && bitmapHas(rule.window, minute);
    const when = `submitted ${describeWeekMinute(minute)} (${ctx.timeZone})`;
    const hit = c.timeWindows.find((w) => bitmapHas(windowBitmap(w), minute));
    const reason =
      c.timeWindows.length === 0
        ? 'the rule lists no time windows, so it never holds'
        : hit !== undefined
          ? `${when} is within ${describeWindow(hit)}`
          : `${when} is outside ${c.timeWindows.map(describeWindow).join('; ')}`;
    checks.push({ condition: 'time-window', held, reason });
    if (untilFailure && !held) return checks;
  }
  if (c.reporterTiers !== undefined) {
    const held = (rule.tierMask & ctx.tierBit) !== 0;
    const reason =
      c.reporterTiers.length === 0
        ? 'the rule lists no reporter tiers, so it never holds'
        : `reporter tier ${input.reporterTier} is ${held ? '' : 'not '}in ${list(c.reporterTiers)}`;
    checks.push({ condition: 'reporter-tier', held, reason });
    if (untilFailure && !held) return checks;
  }
  if (c.keywords !== undefined) {
    const found = rule.keywords !== null && rule.keywords.length > 0 ? matchedKeyword(rule, ctx) : null;
    const held = found !== null;
    const original = found === null ? undefined : c.keywords.find((k) => foldKeyword(k) === found);
    const reason =
      rule.keywords === null || rule.keywords.length === 0
        ? 'the rule lists no usable keywords, so it never holds'
        : found !== null
          ? `description contains "${original ?? found.trim()}"`
          : `description contains none of ${list(c.keywords, true)}`;
    checks.push({ condition: 'keyword', held, reason });
    if (untilFailure && !held) return checks;
  }
  if (c.priorities !== undefined) {
    const held = (rule.priorityMask & ctx.priorityBit) !== 0;
    const reason =
      c.priorities.length === 0
        ? 'the rule lists no priorities, so it never holds'
        : input.priority === undefined
          ? `the report has no priority; the rule needs one of ${list(c.priorities)}`
          : `priority ${input.priority} is ${held ? '' : 'not '}in ${list(c.priorities)}`;
    checks.push({ condition: 'priority', held, reason });
    if (untilFailure && !held) return checks;
  }
  return checks;
}

/** Condition lists of a compiled policy are frozen, so their rendering is kept per list. */
const renderedLists = new WeakMap<readonly string[], string>();
const renderedQuotedLists = new WeakMap<readonly string[], string>();

/** '[a, b, c]', shortened after MAX_LISTED items; with `quoted`, '["a", "b"]'. */
function list(values: readonly string[], quoted = false): string {
  const cache = quoted ? renderedQuotedLists : renderedLists;
  let text = cache.get(values);
  if (text === undefined) {
    const shown = values.slice(0, MAX_LISTED).map((v) => (quoted ? `"${v}"` : v));
    const more = values.length > MAX_LISTED ? `, … ${values.length - MAX_LISTED} more` : '';
    text = `[${shown.join(', ')}${more}]`;
    cache.set(values, text);
  }
  return text;
}
