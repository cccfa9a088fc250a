import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system, ms) a process has used so far, from /proc; 0 when it is gone. */
export function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = statFields(pid);
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND : 0;
}

/** The fields of /proc/<pid>/stat after the command name (so fields[0] is the state, fields[1] the parent). */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function commandOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return null;
  }
}

/**
 * The PostgreSQL processes that work for some databases: their backends (client connections and autovacuum
 * workers of those databases) and every process of the cluster that serves no database in particular — the
 * postmaster, checkpointer, background writer, WAL writer, autovacuum launcher, stats and logical replication
 * launchers — which do the writing-out that the backends' commits leave behind. Backends of other databases
 * (other work on a shared server) are left out.
 */
export async function postgresPids(db: Client, databases: readonly string[]): Promise<number[]> {
  const { rows } = await db.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = ANY($1) OR (datname IS NULL AND backend_type <> 'client backend')`,
    [databases],
  );
  const pids = rows.map((r) => r.pid);
  // The postmaster is not in pg_stat_activity: it is the parent of any background process.
  const { rows: background } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'`);
  const parent = background[0] ? Number(statFields(background[0].pid)?.[1]) : NaN;
  if (Number.isInteger(parent) && commandOf(parent)?.startsWith('postgres')) pids.push(parent);
  return pids;
}

/** Every process named postgres on this machine (for a check that postgresPids misses none of the cluster's own). */
export function allPostgresPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
    .filter((pid) => commandOf(pid)?.startsWith('postgres'));
}

/**
 * CPU time used by named parts of a run, each part a changing set of processes. Sampled every `intervalMs`:
 * a process first seen after the start counts from zero (it started during the run), so short-lived ones —
 * a backend that disconnects, an autovacuum worker — are counted up to their last sample (at most one
 * interval of theirs is missed). Reading /proc costs next to nothing; finding PostgreSQL's processes is one
 * query to pg_stat_activity per sample.
 */
export class CpuSampler {
  private readonly started = new Map<string, Map<number, number>>();
  private readonly latest = new Map<string, Map<number, number>>();
  private timer: NodeJS.Timeout | null = null;
  private sampling: Promise<void> = Promise.resolve();
  private first = true;

  constructor(
    private readonly parts: Record<string, () => number[] | Promise<number[]>>,
    private readonly intervalMs = 1_000,
  ) {}

  async start(): Promise<void> {
    await this.sample();
    this.first = false;
    this.timer = setInterval(() => {
      this.sampling = this.sampling.then(() => this.sample()).catch(() => undefined);
    }, this.intervalMs);
  }

  /** Takes a last sample and returns the CPU ms each part used since `start()`. */
  async stop(): Promise<Record<string, number>> {
    if (this.timer) clearInterval(this.timer);
    await this.sampling;
    await this.sample();
    const used: Record<string, number> = {};
    for (const part of Object.keys(this.parts)) {
      let total = 0;
      const from = this.started.get(part) ?? new Map<number, number>();
      for (const [pid, ms] of this.latest.get(part) ?? []) total += ms - (from.get(pid) ?? 0);
      used[part] = total;
    }
    return used;
  }

  private async sample(): Promise<void> {
    for (const [part, pidsOf] of Object.entries(this.parts)) {
      const pids = await pidsOf();
      if (!this.latest.has(part)) this.latest.set(part, new Map());
      if (!this.started.has(part)) this.started.set(part, new Map());
      const latest = this.latest.get(part)!;
      const started = this.started.get(part)!;
      for (const pid of pids) {
        const ms = cpuMsOf(pid);
        if (ms === 0 && !latest.has(pid)) continue; // gone before its first sample
        if (this.first && !started.has(pid)) started.set(pid, ms);
        if (ms >= (latest.get(pid) ?? 0)) latest.set(pid, ms);
      }
    }
  }
}
