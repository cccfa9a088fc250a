import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A chaos run's own directory, `<base>/runs/<id>/` (pids, logs and data of everything it starts), and the reaping
 * of earlier runs: a runner killed with `kill -9` leaves its processes and directory behind; the next run kills
 * those processes (by the PIDs they recorded, checked against the process start time so a reused PID is never
 * hit) and removes the directory before it starts anything. A run whose runner is still alive is left alone.
 *
 * PID records use the format of `deploy/local/lib/common.sh` (`run/<name>.pid` and `run/<name>.start`), so the
 * processes that the deploy/local scripts start inside the run directory are reaped the same way.
 */
export class RunDirectory {
  private constructor(
    readonly id: string,
    readonly dir: string,
  ) {}

  static create(base: string, id: string): RunDirectory {
    const dir = join(base, 'runs', id);
    mkdirSync(join(dir, 'run'), { recursive: true });
    mkdirSync(join(dir, 'logs'), { recursive: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    const run = new RunDirectory(id, dir);
    run.recordPid('runner', process.pid);
    return run;
  }

  get runDir(): string {
    return join(this.dir, 'run');
  }
  get logDir(): string {
    return join(this.dir, 'logs');
  }
  get dataDir(): string {
    return join(this.dir, 'data');
  }

  recordPid(name: string, pid: number): void {
    writeFileSync(join(this.runDir, `${name}.pid`), `${pid}\n`);
    const start = processStartTime(pid);
    if (start !== undefined) writeFileSync(join(this.runDir, `${name}.start`), `${start}\n`);
  }

  /** The recorded PID of `name` while that very process still runs. */
  livePid(name: string): number | undefined {
    return liveRecordedPid(this.runDir, name);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * Earlier runs under `<base>/runs/` whose runner is gone: their processes killed, their directories removed.
 * `ownRunner` (this process's PID) also reaps this process's own run, for a runner interrupted by a signal.
 */
export function reapAbandonedRuns(base: string, log: (line: string) => void, ownRunner?: number): void {
  const runs = join(base, 'runs');
  if (!existsSync(runs)) return;
  for (const id of readdirSync(runs)) {
    const dir = join(runs, id);
    const runDir = join(dir, 'run');
    const runner = existsSync(runDir) ? liveRecordedPid(runDir, 'runner') : undefined;
    if (runner !== undefined && runner !== ownRunner) {
      log(`run ${id} is still going (runner pid ${runner}): left alone`);
      continue;
    }
    const killed: string[] = [];
    const postgresData = join(dir, 'data', 'postgres');
    if (stopPostgresCluster(postgresData)) killed.push('postgres');
    if (existsSync(runDir)) {
      for (const file of readdirSync(runDir).filter((f) => f.endsWith('.pid'))) {
        const name = file.slice(0, -'.pid'.length);
        if (name === 'runner') continue;
        const pid = liveRecordedPid(runDir, name);
        if (pid === undefined) continue;
        killGroup(pid);
        killed.push(`${name} (pid ${pid})`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    log(`reaped abandoned run ${id}${killed.length ? `: killed ${killed.join(', ')}` : ''}`);
  }
}

/** SIGKILL to the process group `pid` leads (every process started here leads its own), else to the process. */
export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** A project cluster left running in `dataDir`: stopped at once (`pg_ctl stop -m immediate`, else SIGKILL). */
export function stopPostgresCluster(dataDir: string, bindir = postgresBindir()): boolean {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isRunning(pid)) return false;
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', join(bindir, 'pg_ctl'), '-D', dataDir, '-m', 'immediate', '-w', '-t', '20', 'stop'], { stdio: 'ignore' });
  } catch {
    killGroup(pid);
  }
  return true;
}

/** PostgreSQL's server binaries: LOKET_PG_BINDIR, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBindir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['LOKET_PG_BINDIR']) return env['LOKET_PG_BINDIR'];
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (set LOKET_PG_BINDIR)');
  return `/usr/lib/postgresql/${newest}/bin`;
}

function liveRecordedPid(runDir: string, name: string): number | undefined {
  const pidFile = join(runDir, `${name}.pid`);
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!pid || !isRunning(pid)) return undefined;
  const startFile = join(runDir, `${name}.start`);
  if (existsSync(startFile)) {
    const recorded = readFileSync(startFile, 'utf8').trim();
    if (recorded && recorded !== processStartTime(pid)) return undefined; // the PID was reused
  }
  return pid;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const state = statFields(pid)?.[0];
  return state !== undefined && state !== 'Z' && state !== 'X';
}

/** Field 22 of /proc/<pid>/stat: when the process started (clock ticks since boot). */
export function processStartTime(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');
  } catch {
    return undefined;
  }
}
