import { listCasesByHolder } from '../list-cases-by-holder';
import { SERVICE_NAMES } from '../loket-services';
import { testKafka } from '../test-kafka';
import { ChaosInfrastructure, SERVICE_DATABASES } from './chaos-infrastructure';
import { ChaosServices } from './chaos-services';
import { KeycloakObservations } from './chaos-faults';
import { StreamedReport } from './incident-stream';

export interface CountRow {
  what: string;
  expected: number;
  found: number;
  /** `at-least`: the row holds when found ≥ expected (e.g. "some reports were linked"). */
  compare?: 'equal' | 'at-least';
}

export function rowHolds(row: CountRow): boolean {
  return row.compare === 'at-least' ? row.found >= row.expected : row.found === row.expected;
}

/** Everything the checks read, gathered once the pipeline has settled. */
export interface Observed {
  routing: { report_id: string; case_id: string }[];
  workbench: { report_id: string; case_id: string }[];
  workbenchCases: Map<string, number>;
  listedCases: string[];
  mailsPerAddress: Map<string, number>;
  deadLetterTopics: number;
  parkedDeadLetters: number;
  consumers: { expected: number; running: number; notRunning: string[] };
  ready: number;
}

/** Waits until routing and the workbench hold every accepted report and every address has at least one e-mail. */
export async function waitForPipeline(
  infrastructure: ChaosInfrastructure,
  accepted: StreamedReport[],
  timeoutMs: number,
  log: (line: string) => void,
): Promise<boolean> {
  const ids = accepted.map((r) => r.reportId);
  const addresses = accepted.flatMap((r) => (r.email ? [r.email] : []));
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const [routing, workbench, mails] = await Promise.all([
        countReports(infrastructure, 'loket_routing', ids),
        countReports(infrastructure, 'loket_workbench', ids),
        mailsPerAddress(infrastructure),
      ]);
      const mailed = addresses.filter((a) => (mails.get(a) ?? 0) > 0).length;
      const line = `pipeline: routing ${routing}/${ids.length}, workbench ${workbench}/${ids.length}, receipts ${mailed}/${addresses.length}`;
      if (line !== last) log(line);
      last = line;
      if (routing === ids.length && workbench === ids.length && mailed === addresses.length) return true;
    } catch (error) {
      log(`pipeline: not readable yet (${(error as Error).message})`);
    }
    await new Promise((done) => setTimeout(done, 5_000));
  }
  return false;
}

export async function observe(infrastructure: ChaosInfrastructure, services: ChaosServices, accepted: StreamedReport[], tokenOf: (username: string) => Promise<string>): Promise<Observed> {
  const ids = accepted.map((r) => r.reportId);
  const routing = await infrastructure.query<{ report_id: string; case_id: string }>(
    'loket_routing',
    'SELECT report_id::text, case_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])',
    [ids],
  );
  const workbench = await infrastructure.query<{ report_id: string; case_id: string }>(
    'loket_workbench',
    'SELECT report_id::text, case_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])',
    [ids],
  );
  const cases = await infrastructure.query<{ id: string; n: number }>('loket_workbench', 'SELECT id::text, count(*)::int AS n FROM cases GROUP BY id');
  let parkedDeadLetters = 0;
  for (const database of SERVICE_DATABASES) {
    const [row] = await infrastructure.query<{ n: number | null }>(
      database,
      "SELECT CASE WHEN to_regclass('dead_letters') IS NULL THEN 0 ELSE (SELECT count(*)::int FROM dead_letters WHERE status = 'parked') END AS n",
    );
    parkedDeadLetters += row?.n ?? 0;
  }
  const gauges = await consumerGauges(services);
  const readiness = await Promise.all(SERVICE_NAMES.map((name) => services.primary[name].ready()));
  return {
    routing,
    workbench,
    workbenchCases: new Map(cases.map((c) => [c.id, c.n])),
    listedCases: await listCasesByHolder(
      services.primary.workbench.url,
      (await infrastructure.query<{ organisation: string }>('loket_workbench', 'SELECT DISTINCT organisation FROM cases')).map((r) => r.organisation),
      tokenOf,
    ),
    mailsPerAddress: await mailsPerAddress(infrastructure),
    deadLetterTopics: await deadLetterTopicMessages(infrastructure.kafkaBrokers),
    parkedDeadLetters,
    consumers: {
      expected: gauges.filter((g) => g !== undefined).length,
      running: gauges.filter((g) => g === 1).length,
      notRunning: services.all().filter((_, i) => gauges[i] !== undefined && gauges[i] !== 1).map((instance) => instance.label),
    },
    ready: readiness.filter(Boolean).length,
  };
}

/** The table of counts: expected against found, one row per promise of the chaos run. */
export function countRows(sent: StreamedReport[], observed: Observed, keycloak: KeycloakObservations): CountRow[] {
  const accepted = sent.filter((r) => r.reportId);
  const caseOf = new Map(observed.routing.map((r) => [r.report_id, r.case_id]));
  const routingCases = new Set(caseOf.values());
  const workbenchRows = new Map<string, number>();
  for (const row of observed.workbench) workbenchRows.set(row.report_id, (workbenchRows.get(row.report_id) ?? 0) + 1);
  const sameCase = observed.workbench.filter((row) => caseOf.get(row.report_id) === row.case_id && workbenchRows.get(row.report_id) === 1).length;
  const listed = new Map<string, number>();
  for (const id of observed.listedCases) listed.set(id, (listed.get(id) ?? 0) + 1);
  const addresses = accepted.flatMap((r) => (r.email ? [r.email] : []));
  const mails = addresses.map((a) => observed.mailsPerAddress.get(a) ?? 0);
  const sameIncident = accepted.filter((r) => r.incident !== r.index).length;
  return [
    { what: 'reports sent to intake over HTTP', expected: sent.length, found: sent.length },
    { what: 'reports accepted by intake (201)', expected: sent.length, found: accepted.length },
    { what: 'accepted reports in exactly one case (routing)', expected: accepted.length, found: caseOf.size },
    { what: 'reports linked into an existing case', expected: Math.min(1, sameIncident), found: accepted.length - routingCases.size, compare: 'at-least' },
    { what: 'reports in the workbench once, in that case', expected: accepted.length, found: sameCase },
    { what: 'cases in the workbench exactly once', expected: routingCases.size, found: [...routingCases].filter((id) => observed.workbenchCases.get(id) === 1).length },
    { what: 'cases in the workbench that routing never opened', expected: 0, found: [...observed.workbenchCases.keys()].filter((id) => !routingCases.has(id)).length },
    { what: 'cases listed once, to the organisation holding them (HTTP)', expected: routingCases.size, found: [...routingCases].filter((id) => listed.get(id) === 1).length },
    { what: 'reporters with an address: exactly one receipt', expected: addresses.length, found: mails.filter((n) => n === 1).length },
    { what: 'reporters with an address: no e-mail', expected: 0, found: mails.filter((n) => n === 0).length },
    { what: 'reporters with an address: more than one', expected: 0, found: mails.filter((n) => n > 1).length },
    { what: 'messages in dead-letter topics', expected: 0, found: observed.deadLetterTopics },
    { what: 'dead letters parked in the services', expected: 0, found: observed.parkedDeadLetters },
    { what: `Kafka consumers running${observed.consumers.notRunning.length ? ` (not: ${observed.consumers.notRunning.join(', ')})` : ''}`, expected: observed.consumers.expected, found: observed.consumers.running },
    { what: 'services ready', expected: SERVICE_NAMES.length, found: observed.ready },
    { what: 'issued token accepted while Keycloak was down', expected: 1, found: keycloak.issuedTokenAcceptedWhileDown ? 1 : 0 },
    { what: 'new login refused while Keycloak was down', expected: 1, found: keycloak.newLoginFailedClearlyWhileDown ? 1 : 0 },
  ];
}

/**
 * Every instance's `loket_kafka_consumer_running`, read until all are 1 or 60 s have passed: a consumer that has
 * just rejoined its group after the last fault is given that long; an unanswered /metrics counts as not running.
 */
async function consumerGauges(services: ChaosServices): Promise<(number | undefined)[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    // Every service consumes (intake only taxonomy.published, reporter.forgotten and category-model.activated).
    const gauges = await Promise.all(services.all().map((instance) => instance.consumerRunning().catch(() => 0)));
    if (gauges.every((g) => g === undefined || g === 1) || Date.now() > deadline) return gauges;
    await new Promise((done) => setTimeout(done, 2_000));
  }
}

async function countReports(infrastructure: ChaosInfrastructure, database: string, ids: string[]): Promise<number> {
  const [row] = await infrastructure.query<{ n: number }>(database, 'SELECT count(DISTINCT report_id)::int AS n FROM case_reports WHERE report_id = ANY($1::uuid[])', [ids]);
  return row?.n ?? 0;
}

async function mailsPerAddress(infrastructure: ChaosInfrastructure): Promise<Map<string, number>> {
  const response = await fetch(`${infrastructure.mailHttpUrl}/api/messages`);
  if (!response.ok) throw new Error(`mail sink answered ${response.status}`);
  const counts = new Map<string, number>();
  for (const message of (await response.json()) as { to: string[] }[]) {
    for (const to of new Set(message.to.map((a) => a.toLowerCase()))) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

async function deadLetterTopicMessages(brokers: string): Promise<number> {
  const admin = testKafka('chaos-check', [brokers]).admin();
  await admin.connect();
  try {
    let total = 0;
    for (const topic of (await admin.listTopics()).filter((t) => t.endsWith('.dlq'))) {
      total += (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    }
    return total;
  } finally {
    await admin.disconnect();
  }
}
