import { runChaos } from '@loket/testing';

const REPORTS = 1_000;
const RATE_PER_SECOND = 4;

/**
 * The chaos run of issue #10 §5 at 1,000 reports, 4 a second, as `npm test`'s small version of it (`npm run chaos`
 * runs it at 10,000; `npm test` runs this file beside the static checks and unit tests, as it needs only the
 * build): its own PostgreSQL cluster, Kafka, Keycloak, mail sink and services on ports of their own, so the shared
 * stack other tests use is never touched. While reports stream in (a share of them about the same incidents), every service is killed with
 * `kill -9` twice (once two at a time), a second routing instance joins and leaves, the broker is killed,
 * PostgreSQL restarts and once refuses new connections for 30 s, the mail sink and Keycloak are down 60 s each.
 * Every row of the resulting table must hold: each accepted report in exactly one case, each case exactly once in
 * the workbench, exactly one receipt per address, no dead letters, every consumer running, every service ready.
 */
describe('the chaos run', () => {
  it(`keeps ${REPORTS} reports, their cases and receipts exactly once through every fault`, async () => {
    const result = await runChaos({ reports: REPORTS, ratePerSecond: RATE_PER_SECOND, concurrency: 8 });
    process.stderr.write(`${result.table}\n`);
    expect(result.counts.filter((row) => (row.compare === 'at-least' ? row.found < row.expected : row.found !== row.expected))).toEqual([]);
    expect(result.faults.filter((fault) => fault.recoverySeconds === undefined)).toEqual([]);
    expect(result.ok).toBe(true);
  }, 2_400_000);
});
