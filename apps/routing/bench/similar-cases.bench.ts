/**
 * routing.similar_cases_p99_ms: "is it one of these?" while a resident types (issue #14 §4) —
 * FindSimilarCases.execute, the use case behind `POST /api/v1/public/cases/similar`: the active linking rules, the
 * read of the public open cases within the category's reach (PostgreSQL, the partial indexes on open public cases)
 * and the linker's judgement of each against the text typed — at BENCH_OPEN_CASES (100,000) open cases. In
 * process, one question at a time: no HTTP (add the framework's ~1 ms for the whole round trip).
 *
 * Routing's own Nest module is compiled, not started (no HTTP, no Kafka, no relay), on a fresh database of its own
 * (`loket_bench_routing_<id>`, migrated, dropped at the end). The open cases are seeded as in the handle-report
 * benchmark: a city of 20 × 17 km, six categories, reported over the last 14 days. Of the questions, BENCH_LINK_SHARE
 * (20 %) are typed a few metres from a recent open case in its words and category; the others at random places.
 *
 * Prints one JSON line: {"metric":"routing.similar_cases_p99_ms",...} with p50/p99/max and how many answers named a
 * case. Run: npm run bench -- similar-cases
 *
 * Environment: BENCH_OPEN_CASES (100000; --quick 10000), BENCH_MS (measuring time, 10000; --quick 300),
 * BENCH_LINK_SHARE (0.2), LOKET_DB_* (the PostgreSQL server).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { dropDatabase, SubjectKeyVault } from '@loket/persistence';
import { SeedDefaultPolicy } from '../src/policies/seed-default-policy';
import { FindSimilarCases } from '../src/public-cases/find-similar-cases.use-case';
import type { SimilarCasesRequest } from '../src/public-cases/http/public-cases.request';
import { routingConfigFromEnv } from '../src/routing.config';
import { routingModule } from '../src/routing.module';
import { CITY, seedOpenCases } from './seed-open-cases';

const OPEN_CASES = Number(process.env['BENCH_OPEN_CASES'] ?? 100_000);
const MEASURE_MS = Number(process.env['BENCH_MS'] ?? 10_000);
const LINK_SHARE = Number(process.env['BENCH_LINK_SHARE'] ?? 0.2);
const WARM_UP = 50;
const TARGET_P99_MS = 20;
const INCIDENTS = [
  ['afval', 'grofvuil', 'Er staat grofvuil naast de container bij de ingang', 'Oude bank en kast bij de containers gedumpt'],
  ['afval', 'zwerfafval', 'Overal zwerfafval op het grasveld bij de speeltuin', 'Veel rommel en blikjes op het speelveld'],
  ['openbare-ruimte', 'straatverlichting', 'De lantaarnpaal voor de deur doet het al dagen niet', 'Straatlamp kapot, het is hier pikdonker'],
  ['overlast', 'geluid', 'Harde muziek uit de bovenwoning tot diep in de nacht', 'Weer die bas van boven, elke nacht'],
  ['openbare-ruimte', 'bestrating', 'Losse stoeptegels op de stoep bij de bakker', 'Tegels liggen los, ik struikelde bijna'],
  ['wonen', 'portiek', 'De portiek staat vol met oude fietsen en rommel', 'Fietsen en troep in het trappenhuis'],
] as const;

interface OpenCaseSample {
  lat: number;
  lon: number;
  category_sub: string;
}

/** What a resident has typed: near a recent open case in other words of its kind, or anywhere. */
function question(n: number, recent: OpenCaseSample[]): SimilarCasesRequest {
  const again = recent.length > 0 && (n * 7907) % 1000 < LINK_SHARE * 1000;
  const kind = INCIDENTS[n % INCIDENTS.length]!;
  if (again) {
    const incident = recent[n % recent.length]!;
    const own = INCIDENTS.find(([, sub]) => sub === incident.category_sub) ?? kind;
    return { lat: incident.lat + 0.0001, lon: incident.lon, category: own[1], description: own[3] };
  }
  return {
    lat: CITY.minLat + Math.random() * CITY.latSpan,
    lon: CITY.minLon + Math.random() * CITY.lonSpan,
    category: kind[1],
    description: kind[3],
  };
}

async function main(): Promise<void> {
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_bench_routing_${randomBytes(4).toString('hex')}`,
    LOKET_KEYS_DB_NAME: `loket_bench_keys_${randomBytes(4).toString('hex')}`,
    LOKET_LOG_LEVEL: 'warn',
  });
  // Compiled, not initialised: no relay publishes and no consumer connects; the default policy's seed (the category
  // catalogue in force) runs below.
  const moduleRef = await Test.createTestingModule({ imports: [routingModule(config)] })
    .setLogger({ log: () => undefined, warn: (m: unknown) => process.stderr.write(`${String(m)}\n`), error: (m: unknown) => process.stderr.write(`${String(m)}\n`) })
    .compile();
  const dataSource = moduleRef.get(DataSource);
  try {
    await moduleRef.get(SeedDefaultPolicy).onApplicationBootstrap();
    const seedStart = Date.now();
    await seedOpenCases(dataSource, OPEN_CASES, INCIDENTS);
    process.stderr.write(`similar cases: seeded ${OPEN_CASES} open cases in ${((Date.now() - seedStart) / 1000).toFixed(1)} s\n`);
    const recent: OpenCaseSample[] = await dataSource.query(
      `SELECT lat, lon, category_sub FROM cases WHERE last_report_at > now() - interval '2 days' ORDER BY random() LIMIT 2000`,
    );
    const similar = moduleRef.get(FindSimilarCases);
    for (let n = 0; n < WARM_UP; n++) await similar.execute(question(n, recent));
    const times: number[] = [];
    let named = 0;
    const start = performance.now();
    for (let n = WARM_UP; performance.now() - start < MEASURE_MS; n++) {
      const asked = question(n, recent);
      const began = performance.now();
      const answer = await similar.execute(asked);
      times.push(performance.now() - began);
      if (answer.length > 0) named++;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({
        metric: 'routing.similar_cases_p99_ms',
        value: at(99),
        unit: 'ms',
        target_max: TARGET_P99_MS,
        p50_ms: at(50),
        max_ms: at(100),
        questions: times.length,
        answers_naming_a_case: named,
        open_cases: OPEN_CASES,
        one_at_a_time: true,
        path: 'FindSimilarCases.execute in process (public cases within reach from PostgreSQL, judged by the linker); no HTTP',
      })}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await moduleRef.get(SubjectKeyVault).close();
    await dropDatabase(config.database);
    await dropDatabase(config.messaging.subjectKeys);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`similar cases bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
