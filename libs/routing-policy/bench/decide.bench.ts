/**
 * routing.policy_decisions_per_s: the policy engine alone — decisions per second of a 500-rule policy over 1,000
 * areas, on one core, pure functions in memory. It is not what routing can handle: no category choice, no area
 * lookup, no incident linking, no database, no Kafka; routing.handle_per_s (apps/routing/bench/handle-report.bench.ts)
 * measures the service's handler with all of those at 100,000 open cases. Prints one JSON line on stdout
 * (details on stderr). Run from the repository root:
 *   npx ts-node -T libs/routing-policy/bench/decide.bench.ts
 * Area lookup is another library's job: inputs carry precomputed area ids.
 */
import {
  compilePolicy,
  decide,
  explain,
  type Priority,
  type ReporterTier,
  type RoutingInput,
  type RoutingPolicy,
  type RoutingRule,
} from '../src';
import { SeededRandom } from '@loket/seeded-random';

const RULES = 500;
const AREAS = 1000;
const INPUTS = 20_000;
const MEASURE_MS = Number(process.env['BENCH_MS'] ?? 3000);

const random = new SeededRandom(42);
const areaIds = Array.from({ length: AREAS }, (_, i) => `area-${String(i).padStart(4, '0')}`);
const categories = Array.from({ length: 8 }, (_, m) => ({
  main: `main-${m}`,
  sub: Array.from({ length: 4 }, (_, s) => `sub-${m}-${s}`),
}));
const codes = categories.flatMap((c) => [c.main, ...c.sub]);
const tiers: ReporterTier[] = ['anonymous', 'resident', 'volunteer', 'professional'];
const priorities: Priority[] = ['low', 'normal', 'high', 'urgent'];
const words = [
  'grofvuil',
  'container',
  'lawaai',
  'muziek',
  'inbraak',
  'fiets',
  'gestolen',
  'hennep',
  'lucht',
  'verward',
  'straat',
  'lamp',
  'kapot',
  'jongeren',
  'scooter',
  'café',
  'nacht',
  'portiek',
  'vies',
  'drugs',
];
const teams = ['stadsbeheer', 'handhaving', 'wijkagenten', 'huurdersservice', 'wijkteam'];

/**
 * Shaped like a real policy: specific rules first (categories and areas, some with tier, time, keyword or
 * priority conditions), then one broad rule per category code, then the fallback.
 */
function benchRule(i: number): RoutingRule {
  const conditions: RoutingRule['conditions'] = {};
  if (i >= RULES - codes.length) {
    conditions.categories = [codes[i - (RULES - codes.length)]];
    return {
      id: `rule-${i}`,
      name: `Rule ${i}`,
      conditions,
      outcome: {
        organisation: 'org',
        team: random.pick(teams),
        priority: 'normal',
        sla: { amount: 3, unit: 'days', calendar: 'working' },
      },
    };
  }
  conditions.categories = random.sample(codes, 1 + random.int(3));
  conditions.areas = random.sample(areaIds, 1 + random.int(20));
  if (random.chance(0.15))
    conditions.timeWindows = [
      { days: random.sample([0, 1, 2, 3, 4, 5, 6], 1 + random.int(6)), from: '22:00', to: '07:00' },
    ];
  if (random.chance(0.25)) conditions.reporterTiers = random.sample(tiers, 1 + random.int(3));
  if (random.chance(0.15)) conditions.keywords = random.sample(words, 1 + random.int(4));
  if (random.chance(0.1)) conditions.priorities = random.sample(priorities, 1 + random.int(2));
  return {
    id: `rule-${i}`,
    name: `Rule ${i}`,
    conditions,
    outcome: {
      organisation: 'org',
      team: random.pick(teams),
      priority: 'normal',
      sla: { amount: 3, unit: 'days', calendar: 'working' },
    },
  };
}

const policy: RoutingPolicy = {
  id: 'bench',
  version: 1,
  status: 'published',
  rules: Array.from({ length: RULES }, (_, i) => benchRule(i)),
  fallback: {
    organisation: 'coordinators',
    team: 'triage',
    priority: 'normal',
    sla: { amount: 1, unit: 'days', calendar: 'working' },
  },
};

const now = Date.UTC(2025, 0, 14, 12);
const inputs: RoutingInput[] = Array.from({ length: INPUTS }, (_, i) => {
  const category = random.pick(categories);
  return {
    reportId: `report-${i}`,
    category: random.chance(0.05)
      ? { main: 'unknown' }
      : { main: category.main, ...(random.chance(0.9) ? { sub: random.pick(category.sub) } : {}) },
    areaIds: random.sample(areaIds, 1 + random.int(3)),
    submittedAt: new Date(now - random.int(7 * 24 * 60) * 60_000),
    reporterTier: random.pick(tiers),
    description: Array.from({ length: 8 + random.int(20) }, () => random.pick(words)).join(' '),
    ...(random.chance(0.5) ? { priority: random.pick(priorities) } : {}),
  };
});

const compiled = compilePolicy(policy);

const candidatesPerInput =
  inputs.reduce((sum, input) => sum + compiled.index.candidates(input.category).length, 0) / INPUTS;

function run(ms: number): { decisions: number; elapsedNs: bigint; fallbacks: number } {
  let decisions = 0;
  let fallbacks = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 10_000; i++) {
      if (decide(compiled, inputs[(decisions + i) % INPUTS]).ruleId === null) fallbacks++;
    }
    decisions += 10_000;
    now = process.hrtime.bigint();
  }
  return { decisions, elapsedNs: now - start, fallbacks };
}

run(500); // warm up: JIT, formatter and offset caches, category index
const { decisions, elapsedNs, fallbacks } = run(MEASURE_MS);
const perSecond = Math.round((decisions * 1e9) / Number(elapsedNs));

const explainStart = process.hrtime.bigint();
const EXPLAINED = 2000;
for (let i = 0; i < EXPLAINED; i++) explain(compiled, inputs[i]);
const explainPerSecond = Math.round((EXPLAINED * 1e9) / Number(process.hrtime.bigint() - explainStart));

process.stderr.write(
  `decide: ${decisions} decisions in ${(Number(elapsedNs) / 1e9).toFixed(2)} s, ${((100 * fallbacks) / decisions).toFixed(1)}% fallback, ` +
    `${candidatesPerInput.toFixed(1)} candidate rules per report after the category index; ` +
    `full explanation (all ${RULES} rules walked): ${explainPerSecond} explanations/s\n`,
);
process.stdout.write(
  `${JSON.stringify({ metric: 'routing.policy_decisions_per_s', value: perSecond, unit: 'decisions/s', rules: RULES, areas: AREAS, area_lookup_included: false })}\n`,
);
