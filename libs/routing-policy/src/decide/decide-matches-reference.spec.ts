import { SeededRandom } from '@loket/seeded-random';
import { compilePolicy } from '../compile/compile-policy';
import { explain } from '../explain/explain';
import { PolicyError } from '../policy/policy-error';
import type {
  Priority,
  ReporterTier,
  RoutingInput,
  RoutingPolicy,
  RuleConditions,
  TimeWindow,
} from '../policy/routing-policy.types';
import { decide } from './decide';

// Property-style: random policies and reports, compared with a deliberately naive reading of the rules.

const CATEGORIES: { main: string; sub: string[] }[] = [
  { main: 'afval', sub: ['grofvuil', 'zwerfafval'] },
  { main: 'overlast', sub: ['geluid', 'drugsoverlast'] },
  { main: 'veiligheid', sub: ['inbraak'] },
];
const CODES = CATEGORIES.flatMap((c) => [c.main, ...c.sub]);
const AREAS = ['a0', 'a1', 'a2', 'a3', 'a4', 'a5'];
const TIERS: ReporterTier[] = ['anonymous', 'resident', 'volunteer', 'professional'];
const PRIORITIES: Priority[] = ['low', 'normal', 'high', 'urgent'];
const KEYWORDS = ['café', 'inbraak', 'inbra', 'hennep kwekerij', 'fiets', 'nacht', 'Overlast!'];
const WORDS = [
  'Cafe',
  'café-terras',
  'inbraken',
  'hennep-kwekerij',
  'fietsen',
  'snelfiets',
  'nachtelijk',
  'OVERLAST',
  'bij',
  'de',
  'buren',
  'ínbraak',
];
const CLOCKS = ['00:00', '06:00', '08:30', '12:00', '17:45', '22:00', '24:00'];
const ZONES = ['Europe/Amsterdam', 'UTC', 'America/New_York'];

function maybe<T>(random: SeededRandom, make: () => T): T | undefined {
  return random.chance(0.35) ? make() : undefined;
}

function randomConditions(random: SeededRandom): RuleConditions {
  const list = <T>(pool: readonly T[]) => random.sample(pool, random.chance(0.05) ? 0 : 1 + random.int(3));
  const window = (): TimeWindow => ({
    ...(random.chance(0.7) ? { days: random.sample([0, 1, 2, 3, 4, 5, 6], 1 + random.int(4)) } : {}),
    ...(random.chance(0.8) ? { from: random.pick(CLOCKS.slice(0, -1)) } : {}),
    ...(random.chance(0.8) ? { to: random.pick(CLOCKS) } : {}),
  });
  const conditions: RuleConditions = {};
  const categories = maybe(random, () => list(CODES));
  const areas = maybe(random, () => list(AREAS));
  const timeWindows = maybe(random, () => Array.from({ length: 1 + random.int(2) }, window));
  const reporterTiers = maybe(random, () => list(TIERS));
  const keywords = maybe(random, () => list(KEYWORDS));
  const priorities = maybe(random, () => list(PRIORITIES));
  if (categories) conditions.categories = categories;
  if (areas) conditions.areas = areas;
  if (timeWindows) conditions.timeWindows = timeWindows;
  if (reporterTiers) conditions.reporterTiers = reporterTiers;
  if (keywords) conditions.keywords = keywords;
  if (priorities) conditions.priorities = priorities;
  return conditions;
}

function randomPolicy(random: SeededRandom): RoutingPolicy {
  const out = {
    organisation: 'o',
    team: 't',
    priority: 'normal' as const,
    sla: { amount: 1, unit: 'days' as const, calendar: 'working' as const },
  };
  return {
    id: 'p',
    version: 1,
    status: 'draft',
    rules: Array.from({ length: 1 + random.int(12) }, (_, i) => ({
      id: `r${i}`,
      name: `r${i}`,
      conditions: randomConditions(random),
      outcome: out,
    })),
    fallback: random.chance(0.8) ? out : null,
  };
}

function randomInput(random: SeededRandom): RoutingInput {
  const category = random.pick(CATEGORIES);
  return {
    reportId: 'r',
    category: random.chance(0.1)
      ? null
      : { main: category.main, ...(random.chance(0.7) ? { sub: random.pick(category.sub) } : {}) },
    areaIds: random.sample(AREAS, random.int(3)),
    submittedAt: new Date(Date.UTC(2025, 0, 1) + random.int(365 * 24 * 60) * 60_000),
    reporterTier: random.pick(TIERS),
    description: random.sample(WORDS, random.int(5)).join(random.pick([' ', ', ', '. '])),
    ...(random.chance(0.7) ? { priority: random.pick(PRIORITIES) } : {}),
  };
}

// --- the naive reference -------------------------------------------------------------------------------------

const words = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

function keywordMatches(keyword: string, description: string): boolean {
  const kw = words(keyword);
  const text = words(description);
  if (kw.length === 0) return false;
  for (let i = 0; i + kw.length <= text.length; i++) {
    const wholeWords = kw.slice(0, -1).every((w, j) => text[i + j] === w);
    if (wholeWords && text[i + kw.length - 1].startsWith(kw[kw.length - 1])) return true;
  }
  return false;
}

const formats = new Map(
  ZONES.map((timeZone) => [
    timeZone,
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
  ]),
);

function localTime(instant: Date, timeZone: string): { day: number; minute: number } {
  const parts = (formats.get(timeZone) as Intl.DateTimeFormat).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

function inWindow(window: TimeWindow, at: { day: number; minute: number }): boolean {
  const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
  const from = window.from === undefined ? 0 : toMinutes(window.from);
  const to = window.to === undefined ? 1440 : toMinutes(window.to);
  const days = window.days ?? [0, 1, 2, 3, 4, 5, 6];
  if (from === to) return false;
  if (from < to) return days.includes(at.day) && at.minute >= from && at.minute < to;
  return (days.includes(at.day) && at.minute >= from) || (days.includes((at.day + 6) % 7) && at.minute < to);
}

function holds(c: RuleConditions, input: RoutingInput, timeZone: string): boolean {
  const cat = input.category;
  return (
    (c.categories === undefined ||
      (cat !== null &&
        (c.categories.includes(cat.main) || (cat.sub !== undefined && c.categories.includes(cat.sub))))) &&
    (c.areas === undefined || c.areas.some((a) => input.areaIds.includes(a))) &&
    (c.timeWindows === undefined ||
      c.timeWindows.some((w) => inWindow(w, localTime(input.submittedAt, timeZone)))) &&
    (c.reporterTiers === undefined || c.reporterTiers.includes(input.reporterTier)) &&
    (c.keywords === undefined || c.keywords.some((k) => keywordMatches(k, input.description))) &&
    (c.priorities === undefined || (input.priority !== undefined && c.priorities.includes(input.priority)))
  );
}

function referenceRuleId(
  policy: RoutingPolicy,
  input: RoutingInput,
  timeZone: string,
): string | null | 'unroutable' {
  const rule = policy.rules.find((r) => holds(r.conditions, input, timeZone));
  return rule !== undefined ? rule.id : policy.fallback !== null ? null : 'unroutable';
}

function decidedRuleId(
  policy: ReturnType<typeof compilePolicy>,
  input: RoutingInput,
  timeZone: string,
): string | null | 'unroutable' {
  try {
    return decide(policy, input, { timeZone }).ruleId;
  } catch (error) {
    if (error instanceof PolicyError && error.code === 'no-rule-matched') return 'unroutable';
    throw error;
  }
}

describe('decide against a naive reference (seeded random policies and reports)', () => {
  const random = new SeededRandom(20250114);
  const cases: { policy: RoutingPolicy; inputs: RoutingInput[]; timeZone: string }[] = Array.from(
    { length: 200 },
    () => ({
      policy: randomPolicy(random),
      inputs: Array.from({ length: 25 }, () => randomInput(random)),
      timeZone: random.pick(ZONES),
    }),
  );

  it('picks the same rule as the reference for every report', () => {
    const mismatches: string[] = [];
    const outcomes = { rule: 0, fallback: 0 };
    for (const { policy, inputs, timeZone } of cases) {
      const compiled = compilePolicy(policy);
      for (const input of inputs) {
        const expected = referenceRuleId(policy, input, timeZone);
        const actual = decidedRuleId(compiled, input, timeZone);
        outcomes[typeof expected === 'string' && expected !== 'unroutable' ? 'rule' : 'fallback']++;
        if (actual !== expected)
          mismatches.push(
            `${JSON.stringify({ policy, input, timeZone })}: ${String(actual)} != ${String(expected)}`,
          );
      }
    }
    expect(mismatches.slice(0, 3)).toEqual([]);
    // the generator must exercise both outcomes, or the comparison proves little
    expect(outcomes.rule).toBeGreaterThan(1000);
    expect(outcomes.fallback).toBeGreaterThan(500);
  });

  it('explains the rule decide picked, and every earlier rule as failed', () => {
    let checked = 0;
    for (const { policy, inputs, timeZone } of cases) {
      const compiled = compilePolicy(policy);
      for (const input of inputs) {
        const explanation = explain(compiled, input, { timeZone });
        const expected = referenceRuleId(policy, input, timeZone);
        expect(explanation.matched?.ruleId ?? (explanation.result === 'none' ? 'unroutable' : null)).toBe(
          expected,
        );
        const matchedAt =
          explanation.matched === null
            ? policy.rules.length
            : policy.rules.findIndex((r) => r.id === explanation.matched?.ruleId);
        expect(explanation.skipped.map((s) => s.ruleId)).toEqual(
          policy.rules.slice(0, matchedAt).map((r) => r.id),
        );
        expect(explanation.skipped.every((s) => !s.failed.held)).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(5000);
  });
});
