/**
 * routing.area_and_policy_decisions_per_s: the two pure steps of a routing decision, on one core, and nothing else:
 * point-in-area lookup over 1,000 neighbourhood polygons (through the spatial index) followed by the decision of a
 * 500-rule policy. Not the routing service's handler: no category suggestion, no incident linking, no database, no
 * Kafka (routing.handle_per_s in handle-report.bench.ts measures the handler; the pipeline benchmark the rest).
 * Prints one JSON line: {"metric":"routing.area_and_policy_decisions_per_s",...}. Run: npm run bench -- routing
 */
import { AreaIndex, parseAreaCollection } from '@loket/area-index';
import { compilePolicy, decide, type RoutingInput, type RoutingPolicy, type RoutingRule } from '@loket/routing-policy';

const AREAS_X = 40;
const AREAS_Y = 25;
const RULES = 500;
const MEASURE_MS = Number(process.env['BENCH_MS'] ?? 3000);
const REGION = { minLon: 4.8, minLat: 52.3, maxLon: 5.0, maxLat: 52.4 };

let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A grid cell as a polygon of 24 vertices (6 per side), every fourth with a hole in the middle. */
function cell(i: number, j: number) {
  const w = (REGION.maxLon - REGION.minLon) / AREAS_X;
  const h = (REGION.maxLat - REGION.minLat) / AREAS_Y;
  const [x0, y0] = [REGION.minLon + i * w, REGION.minLat + j * h];
  const side = (ax: number, ay: number, bx: number, by: number) =>
    Array.from({ length: 6 }, (_, k) => [ax + ((bx - ax) * k) / 6, ay + ((by - ay) * k) / 6]);
  const shell = [...side(x0, y0, x0 + w, y0), ...side(x0 + w, y0, x0 + w, y0 + h), ...side(x0 + w, y0 + h, x0, y0 + h), ...side(x0, y0 + h, x0, y0)];
  shell.push(shell[0]!);
  const rings = [shell];
  if ((i + j) % 4 === 0) {
    const [cx, cy, r] = [x0 + w / 2, y0 + h / 2, Math.min(w, h) / 5];
    rings.push([[cx - r, cy - r], [cx - r, cy + r], [cx + r, cy + r], [cx + r, cy - r], [cx - r, cy - r]]);
  }
  return { type: 'Feature', id: `BU-${i}-${j}`, properties: { name: `Buurt ${i},${j}`, kind: 'buurt' }, geometry: { type: 'Polygon', coordinates: rings } };
}

const parsed = parseAreaCollection({ type: 'FeatureCollection', features: Array.from({ length: AREAS_X * AREAS_Y }, (_, n) => cell(n % AREAS_X, Math.floor(n / AREAS_X))) });
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
const areas = AreaIndex.build(parsed.areas);
const areaIds = parsed.areas.map((a) => a.id);

const categories = ['afval', 'openbare-ruimte', 'overlast', 'veiligheid', 'zorg', 'wonen', 'ondermijning', 'overig'];
const outcome = (team: string): RoutingRule['outcome'] => ({ organisation: 'municipality', team, priority: 'normal', sla: { amount: 3, unit: 'days', calendar: 'working' } });
const rules: RoutingRule[] = Array.from({ length: RULES }, (_, i) => {
  if (i >= RULES - categories.length) return { id: `broad-${i}`, name: 'broad', conditions: { categories: [categories[i - (RULES - categories.length)]!] }, outcome: outcome('stadsbeheer') };
  return {
    id: `rule-${i}`,
    name: `rule ${i}`,
    conditions: {
      categories: [pick(categories)],
      areas: Array.from({ length: 1 + Math.floor(random() * 10) }, () => pick(areaIds)),
      ...(random() < 0.2 ? { keywords: [pick(['container', 'lawaai', 'fiets', 'lamp', 'portiek'])] } : {}),
    },
    outcome: outcome(pick(['stadsbeheer', 'handhaving'])),
  };
});
const policy: RoutingPolicy = { id: 'bench', version: 1, status: 'published', rules, fallback: outcome('triage') };
const compiled = compilePolicy(policy);

const reports = Array.from({ length: 20_000 }, (_, i) => ({
  reportId: `r-${i}`,
  main: pick(categories),
  lon: REGION.minLon + random() * (REGION.maxLon - REGION.minLon),
  lat: REGION.minLat + random() * (REGION.maxLat - REGION.minLat),
  description: 'er staat grofvuil naast de container bij de lamp',
  submittedAt: new Date(Date.UTC(2026, 10, 2, 8 + (i % 12))),
}));

function route(n: number): void {
  const r = reports[n % reports.length]!;
  const input: RoutingInput = {
    reportId: r.reportId,
    category: { main: r.main },
    areaIds: areas.areasAt(r.lon, r.lat),
    submittedAt: r.submittedAt,
    reporterTier: 'resident',
    description: r.description,
  };
  decide(compiled, input);
}

function run(ms: number): number {
  let done = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(ms) * 1_000_000n;
  while (process.hrtime.bigint() < deadline) for (let k = 0; k < 5_000; k++) route(done++);
  return (done * 1e9) / Number(process.hrtime.bigint() - start);
}

run(500);
const perSecond = Math.round(run(MEASURE_MS));
process.stdout.write(
  `${JSON.stringify({ metric: 'routing.area_and_policy_decisions_per_s', value: perSecond, unit: 'decisions/s', rules: RULES, areas: areaIds.length, area_lookup_included: true })}\n`,
);
