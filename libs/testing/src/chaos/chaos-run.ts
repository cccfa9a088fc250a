import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { ChaosInfrastructure } from './chaos-infrastructure';
import { ChaosServices } from './chaos-services';
import { ChaosFaults } from './chaos-faults';
import { CountRow, countRows, observe, rowHolds, waitForPipeline } from './chaos-checks';
import { FaultLog, FaultRecord } from './fault-log';
import { streamIncidentReports, StreamedReport } from './incident-stream';
import { reapAbandonedRuns, RunDirectory } from './run-directory';

const ROOT = resolve(__dirname, '../../../..');

export interface ChaosOptions {
  reports: number;
  /** Offered rate at intake (reports/s); 12 by default. */
  ratePerSecond?: number;
  concurrency?: number;
  /** Share of reports about an incident reported shortly before (0.3 by default). */
  sameIncidentShare?: number;
  /** Share of reporters who leave an e-mail address (0.4 by default). */
  emailShare?: number;
  seed?: number;
  /** Where run directories live (`<checkout>/.local/chaos` by default). */
  base?: string;
  /** Keep the run directory (logs, data) even when every row holds. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface ChaosResult {
  ok: boolean;
  runId: string;
  runDir: string;
  faults: FaultRecord[];
  counts: CountRow[];
  wallSeconds: number;
  streamSeconds: number;
  reportsPerSecond: number;
  /** From the last report accepted until every report, case and receipt was where it belongs. */
  settleSeconds: number;
  /** Services that exited by themselves (e.g. no database while starting) and were started again, as a supervisor does. */
  supervisorRestarts: Record<string, number>;
  table: string;
}

/**
 * The chaos run (issue #10 §5): its own PostgreSQL cluster, Kafka, Keycloak, mail sink and services; reports
 * streamed at intake while the faults of `ChaosFaults` hit them; then every promise counted. Leftovers of a run
 * whose runner was killed are reaped first. Returns the tables; `ok` is false when any row differs.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[chaos] ${line}\n`));
  const base = options.base ?? join(ROOT, '.local/chaos');
  const began = Date.now();
  reapAbandonedRuns(base, log);
  const runId = `${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomBytes(2).toString('hex')}`;
  const runDir = RunDirectory.create(base, runId);
  log(`run ${runId} in ${runDir.dir}`);
  const infrastructure = await ChaosInfrastructure.prepare(runDir);
  const services = await ChaosServices.create(infrastructure, log);
  let ok = false;
  try {
    await infrastructure.startAll();
    log(`own PostgreSQL :${infrastructure.ports.postgres}, Kafka ${infrastructure.kafkaBrokers}, Keycloak ${infrastructure.keycloakUrl}, mail ${infrastructure.mailHttpUrl} ready after ${elapsed(began)}`);
    await services.startAll(600_000);
    log(`services ready after ${elapsed(began)}: ${services.all().map((s) => `${s.label} ${s.url}`).join(', ')}`);
    const login = () => passwordToken(infrastructure.keycloakUrl, 'coordinator');

    const streamStart = Date.now();
    let answered = 0;
    let lastAccepted = streamStart;
    const faultLog = new FaultLog(streamStart, () => answered, log);
    const faults = new ChaosFaults(infrastructure, services, faultLog, login);
    const after = async (share: number) => {
      while (answered < Math.ceil(share * options.reports)) await new Promise((done) => setTimeout(done, 200));
    };
    let scheduleError: Error | undefined;
    const schedule = faults.run(after).catch((error: Error) => {
      scheduleError = error;
      log(`fault schedule aborted: ${error.stack ?? error.message}`);
    });
    const sent = await streamIncidentReports({
      intakeUrl: () => services.primary.intake.url,
      count: options.reports,
      ratePerSecond: options.ratePerSecond ?? 12,
      concurrency: options.concurrency ?? 12,
      sameIncidentShare: options.sameIncidentShare ?? 0.3,
      emailShare: options.emailShare ?? 0.4,
      seed: options.seed ?? 20261204,
      giveUpAfterMs: 600_000,
      onAnswer: (report) => {
        answered++;
        if (report.reportId) lastAccepted = Date.now();
        if (answered % Math.max(1, Math.round(options.reports / 20)) === 0) log(`${answered}/${options.reports} reports answered`);
      },
    });
    const streamSeconds = (lastAccepted - streamStart) / 1000;
    log(`stream done: ${sent.filter((r) => r.reportId).length}/${sent.length} accepted in ${streamSeconds.toFixed(1)} s; waiting for the faults to finish`);
    await schedule;
    const accepted = sent.filter((r): r is StreamedReport => !!r.reportId);
    const settled = await waitForPipeline(infrastructure, accepted, Math.max(600_000, options.reports * 120), log);
    const settleSeconds = (Date.now() - lastAccepted) / 1000;
    if (settled) await new Promise((done) => setTimeout(done, 10_000)); // a late duplicate would arrive now
    const observed = await observe(infrastructure, services, accepted, (username) => passwordToken(infrastructure.keycloakUrl, username));
    const counts = countRows(sent, observed, faults.keycloak);
    if (scheduleError) faultLog.inject(`fault schedule aborted: ${scheduleError.message}`);
    ok = counts.every(rowHolds) && faultLog.records.every((fault) => fault.recoverySeconds !== undefined);
    const wallSeconds = (Date.now() - began) / 1000;
    const result: ChaosResult = {
      ok,
      runId,
      runDir: runDir.dir,
      faults: faultLog.records,
      counts,
      wallSeconds,
      streamSeconds,
      reportsPerSecond: accepted.length / streamSeconds,
      settleSeconds,
      supervisorRestarts: services.supervisorRestarts(),
      table: '',
    };
    result.table = formatTables(result, accepted.length);
    return result;
  } finally {
    await services.closeAll();
    await infrastructure.stopAll();
    if (ok && !options.keep) runDir.remove();
    else log(`run directory kept: ${runDir.dir} (the next run removes it)`);
  }
}

export function formatTables(result: Omit<ChaosResult, 'table'>, accepted: number): string {
  const lines: string[] = [];
  const pad = (s: string, n: number) => s.padEnd(n);
  const padL = (s: string, n: number) => s.padStart(n);
  lines.push('', 'FAULTS INJECTED');
  lines.push(`${pad('#', 3)}${pad('fault', 52)}${padL('at s', 8)}${padL('reports in', 12)}${padL('down s', 8)}${padL('recovery s', 12)}  note`);
  result.faults.forEach((f, i) => {
    lines.push(
      `${pad(String(i + 1), 3)}${pad(f.fault, 52)}${padL(f.atSeconds.toFixed(1), 8)}${padL(String(f.reportsIn), 12)}` +
        `${padL(f.downSeconds === undefined ? '-' : f.downSeconds.toFixed(1), 8)}${padL(f.recoverySeconds === undefined ? 'NONE' : f.recoverySeconds.toFixed(1), 12)}  ${f.note}`,
    );
  });
  const restarts = Object.entries(result.supervisorRestarts).map(([label, n]) => `${label} ${n}x`);
  lines.push(`exits by themselves, started again by the supervisor: ${restarts.length ? restarts.join(', ') : 'none'}`);
  lines.push('', 'COUNTS');
  lines.push(`${pad('what', 52)}${padL('expected', 10)}${padL('found', 10)}  `);
  for (const row of result.counts) {
    const expected = row.compare === 'at-least' ? `>= ${row.expected}` : String(row.expected);
    lines.push(`${pad(row.what, 52)}${padL(expected, 10)}${padL(String(row.found), 10)}  ${rowHolds(row) ? 'ok' : 'DIFFERS'}`);
  }
  lines.push('');
  lines.push(
    `wall time ${result.wallSeconds.toFixed(0)} s; ${accepted} reports accepted in ${result.streamSeconds.toFixed(1)} s ` +
      `(${result.reportsPerSecond.toFixed(1)} reports/s through every fault); settled ${result.settleSeconds.toFixed(1)} s after the last report`,
  );
  lines.push(result.ok ? 'RESULT: every row holds, every fault recovered' : 'RESULT: DIFFERENCES (see DIFFERS and NONE above)');
  return lines.join('\n');
}

async function passwordToken(keycloakUrl: string, username: string): Promise<string> {
  const response = await fetch(`${keycloakUrl}/realms/loket/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'loket-cli', username, password: 'loket-demo' }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

function elapsed(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
