/**
 * routing.handle_per_s: the routing service's handler for `loket.report.submitted.v1`
 * (RouteReportWhenReportSubmitted: category choice, areas at the pin, incident linking, the policy's decision and
 * its database writes — the case or the link, the report, the decision, the outbox event) at BENCH_OPEN_CASES
 * (100,000) open cases, one report at a time in a transaction of its own as a partition's messages are handled.
 * Not the Kafka consumption around it (inbox row, offsets) nor the relay: those are in the pipeline benchmark.
 *
 * The handler and its collaborators are the service's own, wired by routing's Nest module (compiled, not started:
 * no HTTP, no Kafka, no relay), on a fresh PostgreSQL database of its own (`loket_bench_routing_<id>`, migrated,
 * dropped at the end) with the startup seeds the service runs (the default policy, the demo areas). The open cases
 * are seeded by two bulk INSERT … SELECT generate_series statements: spread over a city of 20 × 17 km (the demo
 * areas in its middle), six categories, reported over the last 14 days, each with its report. Of the reports
 * measured, BENCH_LINK_SHARE (20 %) report an incident of a recently reported open case again (its place,
 * category and words), so the linking path is measured too; the others are at random places in the city. A
 * warm-up (not counted) lets the linker load the open cases into its index first, as a running service has.
 *
 * Prints one JSON line: {"metric":"routing.handle_per_s",...} with the time per report (p50/p99) and how many
 * reports were linked. Run: npm run bench -- handle-report
 *
 * Environment: BENCH_OPEN_CASES (100000; --quick 10000), BENCH_MS (measuring time, 10000; --quick 300),
 * BENCH_LINK_SHARE (0.2), LOKET_DB_* (the PostgreSQL server).
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import type { ReportSubmittedV1 } from '@loket/contracts';
import { dropDatabase, SubjectKeyVault } from '@loket/persistence';
import { SeedDemoAreas } from '../src/areas/seed-demo-areas';
import { RouteReportWhenReportSubmitted } from '../src/cases/route-report-when-report-submitted.handler';
import { SeedDefaultPolicy } from '../src/policies/seed-default-policy';
import { routingConfigFromEnv } from '../src/routing.config';
import { routingModule } from '../src/routing.module';
import { CITY, seedOpenCases } from './seed-open-cases';

const OPEN_CASES = Number(process.env['BENCH_OPEN_CASES'] ?? 100_000);
const MEASURE_MS = Number(process.env['BENCH_MS'] ?? 10_000);
const LINK_SHARE = Number(process.env['BENCH_LINK_SHARE'] ?? 0.2);
const WARM_UP = 50;
const INCIDENTS = [
  ['afval', 'grofvuil', 'Er staat grofvuil naast de container bij de ingang'],
  ['afval', 'zwerfafval', 'Overal zwerfafval op het grasveld bij de speeltuin'],
  ['openbare-ruimte', 'straatverlichting', 'De lantaarnpaal voor de deur doet het al dagen niet'],
  ['overlast', 'geluid', 'Harde muziek uit de bovenwoning tot diep in de nacht'],
  ['veiligheid', 'vandalisme', 'Het bushokje is vernield, overal glas op de stoep'],
  ['wonen', 'portiek', 'De portiek staat vol met oude fietsen en rommel'],
] as const;

interface OpenCaseSample {
  lat: number;
  lon: number;
  category_main: string;
  category_sub: string | null;
  link_text: string;
}

function report(n: number, recent: OpenCaseSample[]): ReportSubmittedV1 {
  const base = { reportId: randomUUID(), reporterRef: `rr_${randomBytes(16).toString('base64url')}`, submittedAt: new Date().toISOString(), reporterTier: 'resident' as const, channel: 'web' as const };
  const again = recent.length > 0 && (n * 7907) % 1000 < LINK_SHARE * 1000;
  if (again) {
    const incident = recent[n % recent.length]!;
    return {
      ...base,
      description: incident.link_text,
      category: { main: incident.category_main, ...(incident.category_sub ? { sub: incident.category_sub } : {}) },
      location: { lat: incident.lat + 0.0001, lon: incident.lon },
    } as ReportSubmittedV1;
  }
  const [main, sub, text] = INCIDENTS[n % INCIDENTS.length]!;
  return {
    ...base,
    description: `${text} (${n})`,
    category: { main, sub },
    location: { lat: CITY.minLat + Math.random() * CITY.latSpan, lon: CITY.minLon + Math.random() * CITY.lonSpan },
  } as ReportSubmittedV1;
}

async function main(): Promise<void> {
  const config = routingConfigFromEnv({
    ...process.env,
    LOKET_ROUTING_DB_NAME: `loket_bench_routing_${randomBytes(4).toString('hex')}`,
    LOKET_KEYS_DB_NAME: `loket_bench_keys_${randomBytes(4).toString('hex')}`,
    LOKET_LOG_LEVEL: 'warn',
  });
  // Compiled, not initialised: the providers exist (and the database is created and migrated), but no lifecycle
  // hook runs, so no relay publishes and no consumer connects. The startup seeds the handler needs run below.
  const moduleRef = await Test.createTestingModule({ imports: [routingModule(config)] })
    .setLogger({ log: () => undefined, warn: (m: unknown) => process.stderr.write(`${String(m)}\n`), error: (m: unknown) => process.stderr.write(`${String(m)}\n`) })
    .compile();
  const dataSource = moduleRef.get(DataSource);
  try {
    await moduleRef.get(SeedDefaultPolicy).onApplicationBootstrap();
    await moduleRef.get(SeedDemoAreas).onApplicationBootstrap();
    const seedStart = Date.now();
    await seedOpenCases(dataSource, OPEN_CASES, INCIDENTS);
    process.stderr.write(`routing handle: seeded ${OPEN_CASES} open cases in ${((Date.now() - seedStart) / 1000).toFixed(1)} s\n`);
    const recent: OpenCaseSample[] = await dataSource.query(
      `SELECT lat, lon, category_main, category_sub, link_text FROM cases WHERE last_report_at > now() - interval '12 hours' ORDER BY random() LIMIT 2000`,
    );
    const handler = moduleRef.get(RouteReportWhenReportSubmitted);
    const handle = (submitted: ReportSubmittedV1) => dataSource.transaction((tx) => handler.handle(submitted, tx));

    for (let n = 0; n < WARM_UP; n++) await handle(report(n, recent));
    const casesBefore = Number((await dataSource.query(`SELECT count(*) AS n FROM cases`))[0].n);
    const times: number[] = [];
    const start = performance.now();
    for (let n = WARM_UP; performance.now() - start < MEASURE_MS; n++) {
      const began = performance.now();
      await handle(report(n, recent));
      times.push(performance.now() - began);
    }
    const seconds = (performance.now() - start) / 1000;
    const casesAfter = Number((await dataSource.query(`SELECT count(*) AS n FROM cases`))[0].n);
    const opened = casesAfter - casesBefore;
    times.sort((a, b) => a - b);
    const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)]! * 100) / 100;
    process.stdout.write(
      `${JSON.stringify({
        metric: 'routing.handle_per_s',
        value: Math.round(times.length / seconds),
        unit: 'reports/s',
        open_cases: OPEN_CASES,
        reports: times.length,
        opened_cases: opened,
        linked_reports: times.length - opened,
        p50_ms: at(50),
        p99_ms: at(99),
        one_at_a_time: true,
        note: 'RouteReportWhenReportSubmitted in its own transaction per report against PostgreSQL; no Kafka, no inbox, no relay',
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
    process.stderr.write(`routing handle bench failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
