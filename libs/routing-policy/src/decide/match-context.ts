import { priorityBit, tierBit } from '../compile/condition-masks';
import type { CompiledRule } from '../compile/compiled-rule';
import { foldForSearch } from '../conditions/normalise-text';
import { bitmapHas } from '../conditions/time-window';
import { weekMinuteIn } from '../conditions/zoned-week-minute';
import type { RoutingInput } from '../policy/routing-policy.types';

/** One input being matched: the derived values are computed once, and only when a rule needs them. */
export class MatchContext {
  readonly tierBit: number;
  readonly priorityBit: number;
  private minute = -1;
  private folded: string | null = null;

  constructor(
    readonly input: RoutingInput,
    readonly timeZone: string,
  ) {
    this.tierBit = tierBit(input.reporterTier);
    this.priorityBit = priorityBit(input.priority);
  }

  /** Minutes since Sunday 00:00 in the decision's time zone. */
  get weekMinute(): number {
    if (this.minute < 0) this.minute = weekMinuteIn(this.input.submittedAt, this.timeZone);
    return this.minute;
  }

  /** The description folded for keyword search. */
  get text(): string {
    if (this.folded === null) this.folded = foldForSearch(this.input.description);
    return this.folded;
  }
}

export function categoryHolds(rule: CompiledRule, input: RoutingInput): boolean {
  if (rule.categories === null) return true;
  const category = input.category;
  if (category === null) return false;
  return (
    rule.categories.has(category.main) || (category.sub !== undefined && rule.categories.has(category.sub))
  );
}

export function areaHolds(rule: CompiledRule, input: RoutingInput): boolean {
  if (rule.areas === null) return true;
  const ids = input.areaIds;
  for (let i = 0; i < ids.length; i++) if (rule.areas.has(ids[i])) return true;
  return false;
}

export function windowHolds(rule: CompiledRule, ctx: MatchContext): boolean {
  return rule.window === null || bitmapHas(rule.window, ctx.weekMinute);
}

/** The first keyword of the rule found in the description, or null. */
export function matchedKeyword(rule: CompiledRule, ctx: MatchContext): string | null {
  const keywords = rule.keywords as readonly string[];
  const text = ctx.text;
  for (let i = 0; i < keywords.length; i++) if (text.includes(keywords[i])) return keywords[i];
  return null;
}

/**
 * Whether every condition except the category holds (the category index has settled that). Cheapest checks
 * first; the time zone and the folded text are computed only if a rule gets that far.
 */
export function otherConditionsHold(rule: CompiledRule, ctx: MatchContext): boolean {
  return (
    (rule.tierMask & ctx.tierBit) !== 0 &&
    (rule.priorityMask & ctx.priorityBit) !== 0 &&
    areaHolds(rule, ctx.input) &&
    windowHolds(rule, ctx) &&
    (rule.keywords === null || matchedKeyword(rule, ctx) !== null)
  );
}

export function ruleHolds(rule: CompiledRule, ctx: MatchContext): boolean {
  return categoryHolds(rule, ctx.input) && otherConditionsHold(rule, ctx);
}
