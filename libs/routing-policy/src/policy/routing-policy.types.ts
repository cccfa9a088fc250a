/** Who reported: decides nothing on its own, but rules may route by it. */
export type ReporterTier = 'anonymous' | 'resident' | 'volunteer' | 'professional';

export type Priority = 'low' | 'normal' | 'high' | 'urgent';

export const REPORTER_TIERS: readonly ReporterTier[] = ['anonymous', 'resident', 'volunteer', 'professional'];
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

/** How long the receiving team has: e.g. 3 working days. */
export interface Sla {
  amount: number;
  unit: 'hours' | 'days';
  calendar: 'working' | 'calendar';
}

/** Where a report goes and how fast it must be handled. */
export interface RoutingOutcome {
  organisation: string;
  team: string;
  priority: Priority;
  sla: Sla;
}

/**
 * A weekly time window, read in the time zone given at decide time. `from` is inclusive, `to` exclusive
 * ('24:00' allowed). When `from` is later than `to` the window wraps midnight; `days` then names the day the
 * window starts on (Friday 22:00–06:00 holds on Saturday 03:00). Without `from` the window starts at 00:00,
 * without `to` it ends at 24:00, without `days` it holds every day.
 */
export interface TimeWindow {
  /** 0 = Sunday … 6 = Saturday. */
  days?: number[];
  from?: string;
  to?: string;
}

/**
 * What must hold for a rule to apply. Every given condition must hold; an absent condition holds always.
 * An empty list holds never (validatePolicy warns about it).
 */
export interface RuleConditions {
  /** Category codes. A main code matches all its subcategories (the input carries both main and sub). */
  categories?: string[];
  /** Area ids; holds when the report lies in any of them. */
  areas?: string[];
  /** Holds when the report was submitted inside any of the windows. */
  timeWindows?: TimeWindow[];
  reporterTiers?: ReporterTier[];
  /**
   * Words or phrases; any one suffices. Case, diacritics and punctuation are ignored. A keyword matches a whole
   * word or the start of one ("fiets" matches "fietsen", not "snelfiets"); a phrase matches consecutive words.
   */
  keywords?: string[];
  /** Holds when the input carries one of these priorities; an input without priority never satisfies it. */
  priorities?: Priority[];
}

export interface RoutingRule {
  id: string;
  name: string;
  conditions: RuleConditions;
  outcome: RoutingOutcome;
}

export type PolicyStatus = 'draft' | 'published' | 'retired';

/** An ordered list of rules: the first rule whose conditions hold decides; otherwise the fallback. */
export interface RoutingPolicy {
  id: string;
  version: number;
  status: PolicyStatus;
  rules: RoutingRule[];
  fallback: RoutingOutcome | null;
}

/** A report as routing sees it. `areaIds` are the areas the report lies in, looked up beforehand. */
export interface RoutingInput {
  reportId: string;
  category: { main: string; sub?: string } | null;
  areaIds: string[];
  submittedAt: Date;
  reporterTier: ReporterTier;
  description: string;
  priority?: Priority;
}

export interface DecideOptions {
  /** IANA time zone in which time windows are read. Default 'Europe/Amsterdam'. */
  timeZone?: string;
}

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
