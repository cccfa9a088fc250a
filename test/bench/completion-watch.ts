import { Client } from 'pg';
import { cpuMsOf } from './cpu-usage';

/** The most pending reports one observation asks about (the oldest, which are the next to complete). */
const MAX_ASKED = 1_000;

interface Pending {
  sentAt: number;
  needsReceipt: boolean;
  visibleAt?: number;
  receiptAt?: number;
}

/**
 * Watches reports complete: the case visible in the workbench (its report's row in the workbench's
 * `case_reports`, committed with the case, from which moment `GET /api/v1/cases/{id}` shows it) and, for a
 * report that gave an e-mail address, its receipt e-mail gone out of feedback (`reporter_messages` of stage
 * `received` with status `sent`; its `sent_at` is stamped once the mail server took the message).
 *
 * Every `intervalMs` it asks each of the two databases one indexed question about the oldest pending reports
 * only (at most 1,000), so what it costs does not grow with the run. A case's visibility is known to within
 * one interval plus the query (an upper bound: the services' tables keep no commit time); a receipt's time is
 * its `sent_at`. What the watching costs — its own CPU and that of its two PostgreSQL connections — is
 * measured (`cost()`) so that the bench leaves it out of Loket's figures and can show it.
 */
export class CompletionWatch {
  private readonly pending = new Map<string, Pending>();
  private readonly done = new Map<string, { sentAt: number; doneAt: number; visibleAt: number; receiptAt: number | null }>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private backendPids: number[] = [];
  private queryMs = 0;
  private queries = 0;

  constructor(
    private readonly workbench: Client,
    private readonly feedback: Client,
    private readonly intervalMs: number,
  ) {}

  async start(): Promise<void> {
    for (const db of [this.workbench, this.feedback]) {
      db.on('error', (error) => process.stderr.write(`completion watch: ${error.message}\n`));
      const { rows } = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      this.backendPids.push(rows[0]!.pid);
    }
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.observe()).catch((error: unknown) => {
        process.stderr.write(`completion watch: ${(error as Error).message}\n`);
      });
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Stops and closes its two connections (before the databases are dropped). */
  async close(): Promise<void> {
    await this.stop();
    for (const db of [this.workbench, this.feedback]) await db.end().catch(() => undefined);
  }

  /** PostgreSQL backends of the watch's own connections (to leave out of Loket's PostgreSQL share). */
  get ownBackends(): readonly number[] {
    return this.backendPids;
  }

  /** CPU ms the watch's PostgreSQL connections have used so far, and how many questions it asked. */
  cost(): { backend_cpu_ms: number; queries: number; query_ms: number } {
    return { backend_cpu_ms: this.backendPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0), queries: this.queries, query_ms: Math.round(this.queryMs) };
  }

  expect(reportId: string, sentAt: number, needsReceipt: boolean): void {
    this.pending.set(reportId, { sentAt, needsReceipt });
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** When the report completed (ms), once it has. */
  completion(reportId: string): { sentAt: number; doneAt: number; visibleAt: number; receiptAt: number | null } | undefined {
    return this.done.get(reportId);
  }

  /** Waits until none of `reportIds` is pending, or until `deadline` (ms). */
  async waitFor(reportIds: readonly string[], deadline: number): Promise<void> {
    const waiting = () => reportIds.some((id) => this.pending.has(id));
    while (waiting() && Date.now() < deadline) await new Promise((done) => setTimeout(done, this.intervalMs));
  }

  private async observe(): Promise<void> {
    if (this.pending.size === 0) return;
    const started = performance.now();
    const oldest = [...this.pending.keys()].slice(0, MAX_ASKED);
    const unseen = oldest.filter((id) => this.pending.get(id)!.visibleAt === undefined);
    const unsent = oldest.filter((id) => this.pending.get(id)!.needsReceipt && this.pending.get(id)!.receiptAt === undefined);
    const [visible, receipts] = await Promise.all([
      unseen.length
        ? this.workbench.query<{ report_id: string }>('SELECT report_id::text FROM case_reports WHERE report_id = ANY($1::uuid[])', [unseen])
        : { rows: [] },
      unsent.length
        ? this.feedback.query<{ report_id: string; sent: string }>(
            `SELECT report_id::text, extract(epoch FROM sent_at) * 1000 AS sent FROM reporter_messages
              WHERE report_id = ANY($1::uuid[]) AND stage = 'received' AND status = 'sent'`,
            [unsent],
          )
        : { rows: [] },
    ]);
    const now = Date.now();
    this.queries += (unseen.length ? 1 : 0) + (unsent.length ? 1 : 0);
    this.queryMs += performance.now() - started;
    for (const { report_id } of visible.rows) {
      const entry = this.pending.get(report_id);
      if (entry) entry.visibleAt = now;
    }
    for (const { report_id, sent } of receipts.rows) {
      const entry = this.pending.get(report_id);
      if (entry) entry.receiptAt = Number(sent);
    }
    for (const id of oldest) {
      const entry = this.pending.get(id)!;
      if (entry.visibleAt === undefined || (entry.needsReceipt && entry.receiptAt === undefined)) continue;
      const receiptAt = entry.receiptAt ?? null;
      this.done.set(id, { sentAt: entry.sentAt, visibleAt: entry.visibleAt, receiptAt, doneAt: Math.max(entry.visibleAt, receiptAt ?? 0) });
      this.pending.delete(id);
    }
  }
}
