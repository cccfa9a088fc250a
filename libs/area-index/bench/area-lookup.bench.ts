// Benchmark: point-in-area lookups per second on one core, through the AreaIndex (packed R-tree +
// exact point-in-polygon), over 1,000 polygons of 20–60 vertices tiling the demo
// region, a quarter of them with a hole. Prints one JSON line per metric.
import { neighbourhoodTiling } from '../testing/neighbourhood-tiling';
import { SeededRandom } from '../testing/seeded-random';
import { AreaIndex, type Area } from '../src/index';

const REGION: [number, number, number, number] = [4.86, 52.35, 4.93, 52.39];
const POINTS = 1 << 16;
const TIMED_MS = Number(process.env['BENCH_MS'] ?? 2500);
const WARM_UP_MS = Math.min(500, TIMED_MS);

function randomPoints(random: SeededRandom): Float64Array {
  const points = new Float64Array(POINTS * 2);
  for (let i = 0; i < POINTS; i++) {
    points[2 * i] = random.range(REGION[0], REGION[2]);
    points[2 * i + 1] = random.range(REGION[1], REGION[3]);
  }
  return points;
}

/** Runs lookups for at least `ms` milliseconds; returns lookups done, seconds taken and areas found. */
function run(
  index: AreaIndex,
  points: Float64Array,
  ms: number,
): { lookups: number; seconds: number; found: number } {
  let lookups = 0;
  let found = 0;
  const start = process.hrtime.bigint();
  const until = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < until) {
    for (let i = 0; i < POINTS; i++) found += index.areasAt(points[2 * i], points[2 * i + 1]).length;
    lookups += POINTS;
    now = process.hrtime.bigint();
  }
  return { lookups, seconds: Number(now - start) / 1e9, found };
}

function main(): void {
  const random = new SeededRandom(4);
  const areas: Area[] = neighbourhoodTiling(random, 40, 25, REGION);
  const vertices = areas.reduce((n, a) => n + (a.geometry.coordinates as unknown[][]).flat().length, 0);
  const withHoles = areas.filter(
    (a) => a.geometry.type === 'Polygon' && a.geometry.coordinates.length > 1,
  ).length;

  const buildStart = process.hrtime.bigint();
  const index = AreaIndex.build(areas);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

  const points = randomPoints(random);
  run(index, points, WARM_UP_MS);
  const timed = run(index, points, TIMED_MS);
  const context = { areas: areas.length, vertices, with_holes: withHoles, points: POINTS };
  const lines = [
    {
      metric: 'areas.lookups_per_s',
      value: Math.round(timed.lookups / timed.seconds),
      unit: 'lookups/s',
      ...context,
      seconds: Number(timed.seconds.toFixed(2)),
      mean_areas_per_point: Number((timed.found / timed.lookups).toFixed(2)),
    },
    { metric: 'areas.index_build_ms', value: Number(buildMs.toFixed(1)), unit: 'ms', ...context },
  ];
  for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
}

main();
