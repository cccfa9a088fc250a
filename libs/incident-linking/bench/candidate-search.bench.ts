// Benchmark: candidate search plus scoring at 100,000 open cases (one core).
// Prints JSON lines: linking.index_build_ms, linking.candidate_search_p50_ms, linking.candidate_search_p99_ms.
// Run: npm run bench -- incident-linking
import { cpus, loadavg } from 'node:os';
import { CandidateIndex, decideLink, DEFAULT_LINKING_RULES } from '../src/index';
import type { OpenCaseSummary } from '../src/index';
import { SeededRandom } from '../src/testing/seeded-random';
import { SyntheticCity } from './synthetic-city';

const OPEN_CASES = Number(process.env['BENCH_OPEN_CASES'] ?? 100_000);
const SEARCHES = Number(process.env['BENCH_SEARCHES'] ?? 20_000);
const WARM_UP_SEARCHES = Math.min(2_000, SEARCHES);

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}

function main(): void {
  const random = new SeededRandom(20250310);
  const city = new SyntheticCity(random, new Date('2025-03-31T12:00:00Z'));
  const rules = DEFAULT_LINKING_RULES;
  const cases: OpenCaseSummary[] = Array.from({ length: OPEN_CASES }, (_, i) => city.openCase(`case-${i}`));

  const buildStart = process.hrtime.bigint();
  const index = CandidateIndex.of(cases);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

  const reports = Array.from({ length: WARM_UP_SEARCHES + SEARCHES }, (_, i) =>
    city.report(`report-${i}`, random.chance(0.5) ? random.pick(cases) : undefined),
  );
  const latencies = new Float64Array(SEARCHES);
  const cpuTimes = new Float64Array(SEARCHES);
  const decisions = { link: 0, 'possibly-related': 0, 'new-case': 0 };
  let candidateCount = 0;
  let maxCandidates = 0;

  for (let i = 0; i < reports.length; i++) {
    const report = reports[i];
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const candidates = index.candidates(report, rules);
    const decision = decideLink(report, candidates, rules);
    const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    if (i < WARM_UP_SEARCHES) continue;
    latencies[i - WARM_UP_SEARCHES] = elapsedMs;
    cpuTimes[i - WARM_UP_SEARCHES] = (cpu.user + cpu.system) / 1000;
    decisions[decision.decision]++;
    candidateCount += candidates.length;
    maxCandidates = Math.max(maxCandidates, candidates.length);
  }
  latencies.sort();
  cpuTimes.sort();

  const context = {
    open_cases: index.size,
    searches: SEARCHES,
    area_km: '10x10',
    days: 30,
    mean_candidates: round(candidateCount / SEARCHES, 2),
    max_candidates: maxCandidates,
    decisions,
    // Wall-clock p99 on a busy shared machine mostly measures other processes: judge it against
    // the load, and against the CPU time the searches themselves took (process.cpuUsage, µs).
    load_average_1m: round(loadavg()[0], 2),
    cpu_time_p50_ms: round(percentile(cpuTimes, 50), 3),
    cpu_time_p99_ms: round(percentile(cpuTimes, 99), 3),
    cpus: cpus().length,
  };
  const lines = [
    { metric: 'linking.index_build_ms', value: round(buildMs, 1), unit: 'ms', open_cases: index.size },
    {
      metric: 'linking.candidate_search_p50_ms',
      value: round(percentile(latencies, 50)),
      unit: 'ms',
      ...context,
    },
    {
      metric: 'linking.candidate_search_p99_ms',
      value: round(percentile(latencies, 99)),
      unit: 'ms',
      target: 1,
      ...context,
    },
  ];
  for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
}

main();
