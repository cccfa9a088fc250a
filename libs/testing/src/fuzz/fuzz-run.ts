import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { databaseClient } from '../database-client';
import { tokenFor } from '../keycloak-tokens';
import { LoketServices, SERVICE_NAMES, ServiceName } from '../loket-services';
import { ScratchKafka } from '../scratch-kafka';
import { Caller, CALLERS, FuzzRequest, requestOf } from './fuzz-requests';
import { operationsOfServices } from './openapi-operations';

/**
 * The fuzz run (issue #13 §5): the four services started as `npm run up` starts them, on fresh databases, a
 * broker of their own (no other run's events arrive) and the running Keycloak; every operation of their OpenAPI documents called with requests fast-check
 * generates from the schemas, as every kind of caller. Reads carry any parameters; every write is defective by
 * construction (see `Defect`). What must hold: no answer 5xx, no answer showing a stack trace or an internal
 * message, no defective write answered 2xx, and no row stored by them in any table of any service (the
 * bookkeeping of refusals aside, see `BOOKKEEPING_TABLES`).
 */
export interface FuzzOptions {
  requests: number;
  seed?: number;
  concurrency?: number;
  log?: (line: string) => void;
}

export interface FuzzFinding {
  kind: 'server-error' | 'internal-detail' | 'defective-write-accepted';
  request: string;
  status: number;
  answer: string;
}

export interface FuzzResult {
  requests: number;
  operations: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  /** Requests per defect (writes) and `read` for reads. */
  kinds: Record<string, number>;
  findings: FuzzFinding[];
  /** Tables (service.table) holding more rows after the run than before, with how many more. */
  storedRows: Record<string, number>;
  seconds: number;
}

/**
 * Tables whose rows record who came, never what a request carried: the audit logs (a refused read is audited,
 * issue #13 §1: the workbench's chain and routing's admin audit of report-text reads; feedback's refused
 * contact-detail attempts, see COUNTED_ROWS), the rate limiters' windows (per client address), and the workbench's directory of professionals
 * (a signed-in professional's own name, kept so their team can assign them). Growth there is expected; anywhere
 * else it is a finding.
 */
export const BOOKKEEPING_TABLES: readonly string[] = [
  'audit_log_entries',
  'admin_audit',
  'rate_limit_windows',
  'professionals',
];

/**
 * Tables that hold bookkeeping and real content side by side: only the rows matching the condition are counted.
 * Feedback's contact-detail log keeps refused attempts (bookkeeping, expected under fuzzing) beside real reads
 * of a reporter's details (which no fuzzed request may cause).
 */
const COUNTED_ROWS: Readonly<Record<string, string>> = {
  contact_detail_reads: `outcome = 'read'`,
};

/** What no answer may show: stack frames, source paths, driver and runtime errors, SQL. */
const INTERNAL_DETAIL =
  /\bat [\w.<>$]+ \(|node_modules|\.[jt]s:\d+:\d+|QueryFailedError|EntityNotFound|TypeError|ReferenceError|RangeError|ECONNREFUSED|duplicate key|violates .* constraint|relation "|column "|syntax error at|invalid input syntax|kafkajs|typeorm/i;

const FORGED_TOKEN = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: 'forged', realm_access: { roles: ['admin', 'coordinator', 'professional'] }, organisation: 'police', exp: 4102444800 })).toString('base64url')}.${randomBytes(64).toString('base64url')}`;

export async function runFuzz(options: FuzzOptions): Promise<FuzzResult> {
  const log = options.log ?? (() => undefined);
  const began = Date.now();
  const kafka = await ScratchKafka.start({ partitions: 1 });
  let loket: LoketServices | undefined;
  try {
    loket = await LoketServices.start({
      runId: `fuzz_${Date.now().toString(36)}`,
      kafkaBrokers: kafka.brokers,
      env: { LOKET_LOG_LEVEL: 'error' },
      readyTimeoutMs: 180_000,
    });
    const operations = await operationsOfServices(loket);
    log(`${operations.length} operations in the OpenAPI documents of ${SERVICE_NAMES.join(', ')}`);
    const tokens = new Tokens();
    const before = await rowCounts(loket);
    const result: FuzzResult = {
      requests: 0,
      operations: operations.length,
      statuses: {},
      kinds: {},
      findings: [],
      storedRows: {},
      seconds: 0,
    };
    const seed = options.seed ?? 20261204;
    const target = loket;
    const batch = 500;
    for (let sent = 0; sent < options.requests; sent += batch) {
      const size = Math.min(batch, options.requests - sent);
      const requests = fc.sample(fc.constantFrom(...operations).chain(requestOf), {
        numRuns: size,
        seed: seed + sent,
      });
      await inParallel(requests, options.concurrency ?? 8, async (request) => {
        const { status, text } = await send(target, request, await tokens.of(request.caller));
        record(result, request, status, text);
      });
      result.requests += size;
      if ((sent / batch) % 10 === 9 || sent + size >= options.requests)
        log(`${result.requests}/${options.requests} requests, ${result.findings.length} findings`);
    }
    await new Promise((done) => setTimeout(done, 3_000)); // anything a write set going would have arrived by now
    const after = await rowCounts(loket);
    for (const [table, count] of Object.entries(after)) {
      const grown = count - (before[table] ?? 0);
      if (grown > 0 && !BOOKKEEPING_TABLES.includes(table.split('.')[1]!)) result.storedRows[table] = grown;
    }
    result.seconds = (Date.now() - began) / 1000;
    return result;
  } finally {
    await loket?.stop();
    await loket?.dropDatabases().catch(() => undefined);
    await kafka.destroy();
  }
}

function record(result: FuzzResult, request: FuzzRequest, status: number, text: string): void {
  result.statuses[status] = (result.statuses[status] ?? 0) + 1;
  const kind = request.defect ?? 'read';
  result.kinds[kind] = (result.kinds[kind] ?? 0) + 1;
  const finding = (k: FuzzFinding['kind']) =>
    result.findings.push({
      kind: k,
      request: `${request.caller} ${request.method} ${request.operation.service}${request.url}${request.defect ? ` [${request.defect}]` : ''}${request.body ? ` ${request.body.slice(0, 300)}` : ''}`,
      status,
      answer: text.slice(0, 500),
    });
  if (status >= 500) finding('server-error');
  else if (INTERNAL_DETAIL.test(text)) finding('internal-detail');
  else if (request.defect && status < 400) finding('defective-write-accepted');
}

async function send(
  loket: LoketServices,
  request: FuzzRequest,
  token: string | undefined,
): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (request.contentType) headers['content-type'] = request.contentType;
  const response = await fetch(
    `${loket.services[request.operation.service as ServiceName].url}${request.url}`,
    {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: 'manual',
    },
  );
  return { status: response.status, text: await response.text() };
}

/** Tokens of the demo users, fetched again every minute (a long run outlives one). */
class Tokens {
  private readonly cache = new Map<Caller, { token: string; at: number }>();

  async of(caller: Caller): Promise<string | undefined> {
    if (caller === 'anonymous') return undefined;
    if (caller === 'forged-token') return FORGED_TOKEN;
    const cached = this.cache.get(caller);
    if (cached && Date.now() - cached.at < 60_000) return cached.token;
    const token = await tokenFor(caller);
    this.cache.set(caller, { token, at: Date.now() });
    return token;
  }
}

/** Rows per table (`service.table`) in every service's database. */
async function rowCounts(loket: LoketServices): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SERVICE_NAMES) {
    const db = await databaseClient(loket.databaseOf(name));
    try {
      const tables = (await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`)).rows as {
        tablename: string;
      }[];
      for (const { tablename } of tables) {
        const where = COUNTED_ROWS[tablename] ? ` WHERE ${COUNTED_ROWS[tablename]}` : '';
        const [row] = (await db.query(`SELECT count(*)::int AS n FROM "${tablename}"${where}`)).rows as {
          n: number;
        }[];
        counts[`${name}.${tablename}`] = row?.n ?? 0;
      }
    } finally {
      await db.end();
    }
  }
  return counts;
}

async function inParallel<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** The result as lines to print: counts by status and by defect, then every finding (the first 30). */
export function fuzzReport(result: FuzzResult): string {
  const lines = [
    `fuzz: ${result.requests} requests over ${result.operations} operations in ${result.seconds.toFixed(1)} s, as ${CALLERS.join(', ')}`,
    `  answers: ${Object.entries(result.statuses)
      .sort()
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}`,
    `  requests: ${Object.entries(result.kinds)
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
    `  5xx answers: ${result.findings.filter((f) => f.kind === 'server-error').length}; internal details shown: ${result.findings.filter((f) => f.kind === 'internal-detail').length}; defective writes accepted: ${result.findings.filter((f) => f.kind === 'defective-write-accepted').length}`,
    `  rows stored by defective writes: ${Object.keys(result.storedRows).length === 0 ? 0 : JSON.stringify(result.storedRows)}`,
  ];
  for (const finding of result.findings.slice(0, 30))
    lines.push(`  FINDING ${finding.kind} ${finding.status}: ${finding.request}\n    -> ${finding.answer}`);
  return lines.join('\n');
}
